import { performance } from 'node:perf_hooks';
import type { Assistant } from '../assistant/reply.js';
import type { ContentPack } from '../content/types.js';
import { zonedToInstant } from '../time/zoned.js';
import { createBaseline } from './baseline.js';
import { containsFact, type GeneralItem, type PersonalItem } from './eval-set.js';

export interface SystemScore {
  readonly inScope: number;
  readonly factHits: number;
  /**
   * In-scope questions it abstained on, naming a nearest entry that, asked in its own
   * words, gives every fact: answers the asker can reach with one more question.
   */
  readonly nearestHits: number;
  readonly outOfScope: number;
  readonly correctAbstentions: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface EvalReport {
  readonly engine: SystemScore;
  readonly baseline: SystemScore;
  readonly personal: { readonly total: number; readonly passed: number };
  readonly misses: readonly string[];
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

type Answer = (q: string) => { text: string; abstained: boolean; nearest?: string };

function score(items: readonly GeneralItem[], answer: Answer, misses?: string[]): SystemScore {
  let inScope = 0;
  let factHits = 0;
  let nearestHits = 0;
  let outOfScope = 0;
  let correctAbstentions = 0;
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    const reply = answer(item.q);
    times.push(performance.now() - started);
    if ('abstain' in item) {
      outOfScope++;
      if (reply.abstained) correctAbstentions++;
      else misses?.push(`answered out-of-scope: ${item.q}`);
    } else {
      inScope++;
      if (answersAll(reply, item.facts)) {
        factHits++;
        continue;
      }
      if (reply.abstained && reply.nearest !== undefined && answersAll(answer(reply.nearest), item.facts)) nearestHits++;
      const missing = item.facts.filter((f) => !containsFact(reply.text, f));
      misses?.push(`${reply.abstained ? 'abstained' : `missing ${missing.map((m) => JSON.stringify(m)).join(', ')}`}: ${item.q}`);
    }
  }
  return { inScope, factHits, nearestHits, outOfScope, correctAbstentions, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

function answersAll(reply: { text: string; abstained: boolean }, facts: readonly string[]): boolean {
  return !reply.abstained && facts.every((f) => containsFact(reply.text, f));
}

/**
 * Runs the question sets through the engine and, on the same questions, through plain
 * MiniSearch. General questions are asked as someone the pack cannot place, the way an
 * unmatched Slack user would ask them; personal ones as the named person on the named day.
 */
export function runEval(pack: ContentPack, assistant: Assistant, general: readonly GeneralItem[], personal: readonly PersonalItem[]): EvalReport {
  const misses: string[] = [];
  const now = zonedToInstant(`${pack.consultation.opens}T09:00`, pack.consultation.timeZone);
  const engine = score(general, (q) => assistant.reply(q, { employeeId: null, isHr: false }, now), misses);
  const baseline = score(general, createBaseline(pack));
  let passed = 0;
  for (const item of personal) {
    const reply = assistant.reply(item.q, { employeeId: item.as, isHr: false }, zonedToInstant(`${item.at}T09:00`, pack.consultation.timeZone));
    const missing = item.facts.filter((f) => !containsFact(reply.text, f));
    const present = item.absent.filter((f) => containsFact(reply.text, f));
    if (missing.length === 0 && present.length === 0 && reply.private) passed++;
    else {
      misses.push(
        `personal ${item.as} "${item.q}": ${[...missing.map((m) => `missing ${JSON.stringify(m)}`), ...present.map((p) => `should not say ${JSON.stringify(p)}`), ...(reply.private ? [] : ['not private'])].join(', ')}`,
      );
    }
  }
  return { engine, baseline, personal: { total: personal.length, passed }, misses };
}
