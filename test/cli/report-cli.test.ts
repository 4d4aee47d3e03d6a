import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionEntry } from '../../src/store/question-log.js';
import { openStore } from '../../src/store/open-store.js';

/** `npm run -s report` on a question log written the way the bot writes it. */

let dataDir: string | undefined;
afterEach(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
});

const ASKERS = ['U0000003', 'U0000005', 'U0000015'];

function logWith(entries: readonly Partial<QuestionEntry>[]): string {
  dataDir = mkdtempSync(join(tmpdir(), 'data-'));
  const store = openStore(dataDir);
  entries.forEach((e, i) =>
    store.questions.record({
      id: `q${i}`,
      channel: 'slack',
      surface: 'dm',
      askedAt: new Date(Date.UTC(2011, 1, 1 + i, 10)),
      question: 'When does the consultation close?',
      intent: 'general',
      bestSourceRef: 'faq/when-does-consultation-close.md',
      confidence: 0.9,
      abstained: false,
      askerSlackId: ASKERS[i % ASKERS.length] ?? null,
      answeredAt: null,
      ...e,
    }),
  );
  store.questions.setFeedback('q3', 'down', new Date(Date.UTC(2011, 1, 5)));
  store.close();
  return dataDir;
}

const parking = { abstained: true, confidence: 0.2, bestSourceRef: null };
const LOG: Partial<QuestionEntry>[] = [
  { question: 'Can I park at the Banbury office?', ...parking }, // 1 Feb
  { question: 'When does the consultation close?' }, // 2 Feb
  { question: 'where can I park at the Banbury office', ...parking }, // 3 Feb
  { question: 'When does the consultation close?' }, // 4 Feb, thumbs down
  { question: 'Is there car parking at the Banbury office?', ...parking, askerSlackId: null }, // 5 Feb
];

const report = (args: string[], dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dir, CONTENT_DIR: '' } });

describe('npm run report', () => {
  it('lists groups of near-duplicates as JSON, worst answered first, and never who asked', () => {
    const result = report(['--json'], logWith(LOG));
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { since: string | null; questions: number; groups: Record<string, unknown>[] };
    expect(json.since).toBeNull();
    expect(json.questions).toBe(5);
    expect(json.groups).toEqual([
      {
        rank: 1,
        question: 'Can I park at the Banbury office?',
        variants: ['where can I park at the Banbury office', 'Is there car parking at the Banbury office?'],
        asked: 3,
        abstained: 3,
        lowConfidence: 0,
        thumbsDown: 0,
        thumbsUp: 0,
        unanswered: 3,
        answeredBy: [],
        usualSource: null,
        firstAsked: '2011-02-01T10:00:00.000Z',
        lastAsked: '2011-02-05T10:00:00.000Z',
      },
      {
        rank: 2,
        question: 'When does the consultation close?',
        variants: [],
        asked: 2,
        abstained: 0,
        lowConfidence: 0,
        thumbsDown: 1,
        thumbsUp: 0,
        unanswered: 1,
        answeredBy: [],
        usualSource: 'faq/when-does-consultation-close.md',
        firstAsked: '2011-02-02T10:00:00.000Z',
        lastAsked: '2011-02-04T10:00:00.000Z',
      },
    ]);
    for (const asker of ASKERS) expect(result.stdout).not.toContain(asker);
  });

  it('starts at --since, midnight in the pack time zone, and prints text by default', () => {
    const result = report(['--since', '2011-02-03'], logWith(LOG));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`3 questions since Thursday 3 February 2011, in 2 groups of near-duplicates. Who asked is never shown.
Most badly answered first (not answered, thumbs down, weak answers), then most asked.

 1. "where can I park at the Banbury office"
    asked 2 times: 2 not answered; last asked Saturday 5 February 2011
    also asked as: "Is there car parking at the Banbury office?"

 2. "When does the consultation close?"
    asked once: 1 thumbs down; last asked Friday 4 February 2011
`);
    for (const asker of ASKERS) expect(result.stdout).not.toContain(asker);
  });

  it('rejects a bad date with one line and exit 2', () => {
    const result = report(['--since', '2011-02-30'], logWith(LOG));
    const message = 'report: --since: expected a real date written YYYY-MM-DD, e.g. 2011-02-01, found "2011-02-30" (usage: npm run -s report -- [--since YYYY-MM-DD] [--json] [--top N] [--content DIR])';
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(message);
    expect(result.stdout).toBe('');
  });

  it('says where it looked when there is no question log', () => {
    dataDir = mkdtempSync(join(tmpdir(), 'data-'));
    const result = report([], dataDir);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`report: there is no question log at ${join(dataDir, 'restructure.sqlite')}; set DATA_DIR to the folder the bot keeps its state in`);
  });
});
