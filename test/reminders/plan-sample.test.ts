import { describe, expect, it } from 'vitest';
import { SAMPLE_PACK_DIR } from '../../src/cli/content-dir.js';
import { loadPack } from '../../src/content/load-pack.js';
import { planReminders } from '../../src/reminders/plan.js';
import type { PlannedReminder } from '../../src/reminders/planned-reminder.js';
import { DEFAULT_QUIET_HOURS } from '../../src/reminders/quiet-hours.js';
import { NO_COMPLETIONS } from '../../src/reminders/recipients.js';
import { startOfDay } from '../../src/time/zoned.js';
import { LONDON, london } from './fixtures.js';

const loaded = loadPack(SAMPLE_PACK_DIR);
if (!loaded.ok) throw new Error(`the sample pack does not load: ${loaded.errors.map((e) => e.message).join('; ')}`);
const pack = loaded.pack;

function planDays(first: string, last: string): PlannedReminder[] {
  return planReminders({
    pack,
    completed: NO_COMPLETIONS,
    optOuts: new Set(),
    from: startOfDay(first, LONDON),
    to: startOfDay(last, LONDON),
    policy: DEFAULT_QUIET_HOURS,
  });
}

const row = (r: PlannedReminder) =>
  `${london(r.fireAt)} ${r.kind} ${r.recipient} ${r.milestone.id} ${r.offset}${r.about.length ? ` [${r.about.join(' ')}]` : ''}`;

describe('the sample pack’s plan', () => {
  it('around the 27 March 2011 clock change: the consultation closing, at 09:00 on both sides', () => {
    const plan = planDays('2011-03-19', '2011-04-06');
    expect(plan.map(row)).toEqual([
      '2011-03-21 09:00 announcement announce consultation-closes 14d',
      '2011-03-28 09:00 announcement announce consultation-closes 7d',
      // 1d before Monday 4 April is a Sunday: the Friday before.
      '2011-04-01 09:00 announcement announce consultation-closes 1d',
    ]);
    expect(plan.map((r) => r.fireAt.toISOString())).toEqual([
      '2011-03-21T09:00:00.000Z', // GMT
      '2011-03-28T08:00:00.000Z', // BST
      '2011-04-01T08:00:00.000Z',
    ]);
  });

  it('around the royal wedding: tier 3 preference sheets, with the managers’ digests', () => {
    expect(planDays('2011-04-25', '2011-05-09').map(row)).toEqual([
      // 7d before Friday 6 May is Friday 29 April, the royal wedding bank holiday: the day before.
      '2011-04-28 09:00 dm E001 tier3-preference-sheets 7d',
      '2011-04-28 09:00 dm E002 tier3-preference-sheets 7d',
      '2011-04-28 09:00 dm E003 tier3-preference-sheets 7d',
      '2011-04-28 09:00 dm E004 tier3-preference-sheets 7d',
      '2011-04-28 09:00 dm E005 tier3-preference-sheets 7d',
      '2011-04-28 09:00 dm E006 tier3-preference-sheets 7d',
      '2011-04-28 09:00 dm E007 tier3-preference-sheets 7d',
      // Gillian Marsh manages E003-E005, Robert Hale E006 and E007; names in alphabetical order.
      '2011-04-28 09:00 manager-digest E001 tier3-preference-sheets 7d [E004 E005 E003]',
      '2011-04-28 09:00 manager-digest E002 tier3-preference-sheets 7d [E006 E007]',
      '2011-05-04 09:00 dm E001 tier3-preference-sheets 2d',
      '2011-05-04 09:00 dm E002 tier3-preference-sheets 2d',
      '2011-05-04 09:00 dm E003 tier3-preference-sheets 2d',
      '2011-05-04 09:00 dm E004 tier3-preference-sheets 2d',
      '2011-05-04 09:00 dm E005 tier3-preference-sheets 2d',
      '2011-05-04 09:00 dm E006 tier3-preference-sheets 2d',
      '2011-05-04 09:00 dm E007 tier3-preference-sheets 2d',
      '2011-05-05 09:00 dm E001 tier3-preference-sheets 1d',
      '2011-05-05 09:00 dm E002 tier3-preference-sheets 1d',
      '2011-05-05 09:00 dm E003 tier3-preference-sheets 1d',
      '2011-05-05 09:00 dm E004 tier3-preference-sheets 1d',
      '2011-05-05 09:00 dm E005 tier3-preference-sheets 1d',
      '2011-05-05 09:00 dm E006 tier3-preference-sheets 1d',
      '2011-05-05 09:00 dm E007 tier3-preference-sheets 1d',
    ]);
  });

  it('says a provisional date is provisional, and names its source', () => {
    const [dm] = planDays('2011-04-28', '2011-04-29');
    expect(dm?.text).toContain('**Reminder: Tier 3 Staff Preference Sheets due**');
    expect(dm?.text).toContain('When: Friday 6 May 2011');
    expect(dm?.text).toContain('To do: Return your Staff Preference Sheet for the tier 3 posts to HR (essential)');
    expect(dm?.text).toContain('_Provisional date: it may change (Illustrative date: the consultation does not give one)._');
    expect(dm?.text).toMatch(/^Source: .+ \(consultation\/document\.md#making-appointments\)$/m);
  });

  it('over the whole timeline: one key per reminder, all in working time, all before their milestone', () => {
    const plan = planDays('2011-01-01', '2011-12-31');
    expect(plan.length).toBeGreaterThan(100);
    expect(new Set(plan.map((r) => r.key)).size).toBe(plan.length);
    for (const r of plan) {
      const [date, time] = london(r.fireAt).split(' ');
      expect(time! >= '09:00' && time! < '17:30', r.key).toBe(true);
      expect(DEFAULT_QUIET_HOURS.holidays.has(date!), r.key).toBe(false);
      expect(r.fireAt.getTime(), r.key).toBeLessThan(r.milestoneAt.getTime());
    }
  });
});
