import { describeWhen } from '../assistant/describe-milestone.js';
import { sectionSource } from '../assistant/sources.js';
import type { ContentPack, Employee, Milestone, When } from '../content/types.js';

/*
 * Reminder messages in Markdown. They give the date in words, never "in 7 days": a
 * reminder caught up after downtime is read later than planned, and a date stays true.
 * Every message names its source, like every other reply.
 */

export function reminderText(pack: ContentPack, m: Milestone): string {
  return [`**Reminder: ${m.title}**`, ...details(pack, m, m.when)].join('\n');
}

/** Lists only the manager's own direct reports: the digest goes to that manager alone. */
export function digestText(pack: ContentPack, m: Milestone, outstanding: readonly Employee[]): string {
  const action = m.action?.text ?? m.title;
  const who = outstanding.length === 1 ? 'One of your direct reports has' : `${outstanding.length} of your direct reports have`;
  return [
    `**Your team: ${m.title}**`,
    `${who} not yet marked this done: ${action}`,
    ...outstanding.map((e) => `- ${e.name}`),
    `When: ${describeWhen(m.when)}`,
    ...provisional(m),
    source(pack, m),
  ].join('\n');
}

export function dateChangedText(pack: ContentPack, m: Milestone, previous: When): string {
  return [`**Date changed: ${m.title}**`, `Was: ${describeWhen(previous)}`, ...details(pack, m, m.when, 'Now')].join('\n');
}

function details(pack: ContentPack, m: Milestone, when: When, whenLabel = 'When'): string[] {
  const lines = [`${whenLabel}: ${describeWhen(when)}`];
  if (m.place) lines.push(`Where: ${m.place}`);
  if (m.action) lines.push(`To do: ${m.action.text}${m.action.essential ? ' (essential)' : ''}`);
  lines.push(...provisional(m));
  if (m.status === 'confirmed' && m.note) lines.push(`Note: ${m.note}`);
  lines.push(source(pack, m));
  return lines;
}

function provisional(m: Milestone): string[] {
  if (m.status !== 'provisional') return [];
  return [`_Provisional date: it may change${m.note ? ` (${m.note.replace(/\.$/, '')})` : ''}._`];
}

function source(pack: ContentPack, m: Milestone): string {
  const s = sectionSource(pack, m.source);
  return `Source: ${s.title} (${s.ref})`;
}
