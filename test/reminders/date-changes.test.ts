import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/content/types.js';
import { planDateChanges } from '../../src/reminders/date-changes.js';
import { planReminders } from '../../src/reminders/plan.js';
import { DEFAULT_QUIET_HOURS } from '../../src/reminders/quiet-hours.js';
import { NO_COMPLETIONS, type Completions } from '../../src/reminders/recipients.js';
import { london, packWith, timeline } from './fixtures.js';

// In the minimal pack E001, E002 and E004 hold deleted posts.
const milestones = (sheetsDue: string, meeting = '2011-04-13 10:00') => `  - id: sheets-due
    title: Preference sheets due
    date: ${sheetsDue}
    audience: at-risk
    action:
      id: sheet
      text: Return your sheet
      essential: true
    reminders: [7d, 1d]
    status: provisional
    source: having-your-say
  - id: all-staff
    title: All staff meeting
    at: ${meeting}
    audience: everyone
    reminders: [1d]
    status: confirmed
    source: having-your-say
`;

const before = () => packWith(timeline(milestones('2011-04-20')));
const monday10am = new Date('2011-04-11T09:00:00Z');

function changes(previous: ContentPack, pack: ContentPack, now = monday10am, completed: Completions = NO_COMPLETIONS) {
  return planDateChanges({ previous, pack, completed, now, policy: DEFAULT_QUIET_HOURS });
}

describe('planDateChanges', () => {
  it('tells each person in the audience once when a date moves', () => {
    const notices = changes(before(), packWith(timeline(milestones('2011-04-27'))));
    expect(notices.map((n) => n.key)).toEqual([
      'date-changed|sheets-due|E001|moved-from:2011-04-20|2011-04-27',
      'date-changed|sheets-due|E002|moved-from:2011-04-20|2011-04-27',
      'date-changed|sheets-due|E004|moved-from:2011-04-20|2011-04-27',
    ]);
    expect(notices.every((n) => n.kind === 'date-changed' && n.fireAt.getTime() === monday10am.getTime())).toBe(true);
    expect(notices[0]?.text).toBe(
      [
        '**Date changed: Preference sheets due**',
        'Was: Wednesday 20 April 2011',
        'Now: Wednesday 27 April 2011',
        'To do: Return your sheet (essential)',
        '_Provisional date: it may change._',
        'Source: Having your say (consultation/document.md#having-your-say)',
      ].join('\n'),
    );
  });

  it('makes the planner drop the old date’s reminders and plan the new one’s', () => {
    const window = { completed: NO_COMPLETIONS, optOuts: new Set<string>(), policy: DEFAULT_QUIET_HOURS, from: monday10am, to: new Date('2011-05-01T00:00:00Z') };
    const oldKeys = planReminders({ ...window, pack: before() }).map((r) => r.key).filter((k) => k.includes('sheets-due'));
    const newPlan = planReminders({ ...window, pack: packWith(timeline(milestones('2011-04-27'))) }).filter((r) => r.milestone.id === 'sheets-due');
    expect(oldKeys.length).toBeGreaterThan(0);
    expect(newPlan.map((r) => r.key).filter((k) => oldKeys.includes(k))).toEqual([]);
    expect([...new Set(newPlan.map((r) => london(r.fireAt)))]).toEqual(['2011-04-20 09:00', '2011-04-26 09:00']);
  });

  it('announces a moved milestone for everyone once', () => {
    const notices = changes(before(), packWith(timeline(milestones('2011-04-20', '2011-04-14 10:00'))));
    expect(notices.map((n) => [n.kind, n.recipient, n.key])).toEqual([
      ['date-changed', 'announce', 'date-changed|all-staff|announce|moved-from:2011-04-13T10:00|2011-04-14T10:00'],
    ]);
  });

  it('does not tell people who have done the action', () => {
    const done: Completions = new Map([['E002', new Set(['sheet'])]]);
    const notices = changes(before(), packWith(timeline(milestones('2011-04-27'))), monday10am, done);
    expect(notices.map((n) => n.recipient)).toEqual(['E001', 'E004']);
  });

  it('says nothing when nothing moved, or when both dates have passed', () => {
    expect(changes(before(), before())).toEqual([]);
    expect(changes(before(), packWith(timeline(milestones('2011-04-21'))), new Date('2011-05-02T09:00:00Z'))).toEqual([]);
  });

  it('waits for working time when that still comes before the date', () => {
    const saturday = new Date('2011-04-16T11:00:00Z');
    const [notice] = changes(before(), packWith(timeline(milestones('2011-04-27'))), saturday);
    expect(london(notice!.fireAt)).toBe('2011-04-18 09:00');
  });

  it('goes at once when waiting would reach the new date', () => {
    // Moved on Friday evening to the next morning's meeting: told now, not on Monday.
    const friday = new Date('2011-04-15T19:00:00Z');
    const [notice] = changes(before(), packWith(timeline(milestones('2011-04-20', '2011-04-16 10:00'))), friday);
    expect(notice!.fireAt.toISOString()).toBe(friday.toISOString());
  });
});
