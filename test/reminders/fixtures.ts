import { afterEach } from 'vitest';
import { loadPack } from '../../src/content/load-pack.js';
import type { ContentPack } from '../../src/content/types.js';
import { quietHoursFrom, type QuietHours } from '../../src/reminders/quiet-hours.js';
import { writePack, type TempPack } from '../helpers/pack-builder.js';

export const LONDON = 'Europe/London';

/** No quiet hours at all: what the planner does before any move. */
export const ALWAYS: QuietHours = quietHoursFrom({ hours: '00:00-24:00', days: 'mon-sun', bank_holidays: 'none' });

const made: TempPack[] = [];
afterEach(() => {
  for (const p of made.splice(0)) p.remove();
});

/** The minimal pack, with a timeline (and any other file) replaced; removed after the test. */
export function packWith(overrides: Readonly<Record<string, string>> = {}): ContentPack {
  const temp = writePack(overrides);
  made.push(temp);
  const result = loadPack(temp.dir);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file} ${e.line}: ${e.message}`).join('\n'));
  return result.pack;
}

export function timeline(yaml: string): Record<string, string> {
  return { 'consultation/timeline.yaml': `milestones:\n${yaml}` };
}

/** Local wall-clock of an instant in London, `YYYY-MM-DD HH:mm`, for readable expectations. */
export function london(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: LONDON, dateStyle: 'short', timeStyle: 'short' }).format(instant);
}
