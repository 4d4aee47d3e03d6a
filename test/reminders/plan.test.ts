import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/content/types.js';
import { planReminders, type PlanInput } from '../../src/reminders/plan.js';
import type { PlannedReminder } from '../../src/reminders/planned-reminder.js';
import { DEFAULT_QUIET_HOURS, type QuietHours } from '../../src/reminders/quiet-hours.js';
import { NO_COMPLETIONS, type Completions } from '../../src/reminders/recipients.js';
import { ALWAYS, london, packWith, timeline } from './fixtures.js';

// At risk (deleted posts): E001 (OLD-1), E002 and E006 (OLD-2), E004 (OLD-4).
// E001 manages E002 and E003; E005 manages E004 and E006.
const STAFF = `employee_id,name,email,slack_user_id,post_id,grade,fte,manager_id,service_start,contract,date_of_birth,weekly_pay
E001,Alex Carter,alex.carter@example.org,U0000001,OLD-1,G14,1,,2001-05-01,permanent,,
E002,Sam Patel,sam.patel@example.org,,OLD-2,G9,0.6,E001,2010-01-04,permanent,,
E003,Jo Smith,jo.smith@example.org,U0000003,OLD-3,G11,1,E001,2005-09-01,fixed-term,,
E004,Kim Lee,kim.lee@example.org,,OLD-4,G8,1,E005,2008-09-01,permanent,,
E005,Lee Brown,lee.brown@example.org,,OLD-3,G11,1,,2002-09-01,permanent,,
E006,Max Green,max.green@example.org,,OLD-2,G9,1,E005,2009-09-01,permanent,,
`;

const TIMELINE = `  - id: sheets-due
    title: Preference sheets due
    date: 2011-04-20
    audience: at-risk
    action:
      id: sheet
      text: Return your Staff Preference Sheet to HR
      essential: true
    reminders: [7d, 1d]
    status: provisional
    source: having-your-say
    note: Illustrative date
  - id: vr-interest
    title: Voluntary redundancy interest
    date: 2011-04-20
    audience: at-risk
    action:
      id: vr
      text: Talk to your Deputy Director
    reminders: [1d]
    status: confirmed
    source: having-your-say
  - id: all-staff
    title: All staff meeting
    at: 2011-04-13 10:00
    place: Town Hall
    audience: everyone
    reminders: [1d]
    status: confirmed
    source: having-your-say
`;

function pack(yaml = TIMELINE): ContentPack {
  return packWith({ ...timeline(yaml), 'consultation/staff.csv': STAFF });
}

function plan(p: ContentPack, options: Partial<Omit<PlanInput, 'pack'>> = {}): PlannedReminder[] {
  return planReminders({
    pack: p,
    completed: NO_COMPLETIONS,
    optOuts: new Set(),
    from: new Date('2011-01-01T00:00:00Z'),
    to: new Date('2012-01-01T00:00:00Z'),
    policy: DEFAULT_QUIET_HOURS,
    ...options,
  });
}

const row = (r: PlannedReminder) => `${london(r.fireAt)} ${r.kind} ${r.recipient} ${r.milestone.id} ${r.offset}`;
const done = (entries: Record<string, string[]>): Completions => new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

describe('planReminders', () => {
  it('plans every reminder of the timeline, soonest first', () => {
    expect(plan(pack()).map(row)).toEqual([
      '2011-04-12 10:00 announcement announce all-staff 1d',
      // 7d before 17:30 on Wednesday 20 April is outside working time: that morning.
      '2011-04-13 09:00 dm E001 sheets-due 7d',
      '2011-04-13 09:00 dm E002 sheets-due 7d',
      '2011-04-13 09:00 dm E004 sheets-due 7d',
      '2011-04-13 09:00 dm E006 sheets-due 7d',
      '2011-04-13 09:00 manager-digest E001 sheets-due 7d',
      '2011-04-13 09:00 manager-digest E005 sheets-due 7d',
      '2011-04-19 09:00 dm E001 sheets-due 1d',
      '2011-04-19 09:00 dm E002 sheets-due 1d',
      '2011-04-19 09:00 dm E004 sheets-due 1d',
      '2011-04-19 09:00 dm E006 sheets-due 1d',
      '2011-04-19 09:00 dm E001 vr-interest 1d',
      '2011-04-19 09:00 dm E002 vr-interest 1d',
      '2011-04-19 09:00 dm E004 vr-interest 1d',
      '2011-04-19 09:00 dm E006 vr-interest 1d',
    ]);
  });

  it('gives each reminder a key of kind, milestone, recipient, offset and date', () => {
    const keys = plan(pack()).map((r) => r.key);
    expect(keys).toContain('announcement|all-staff|announce|1d|2011-04-13T10:00');
    expect(keys).toContain('dm|sheets-due|E004|7d|2011-04-20');
    expect(keys).toContain('manager-digest|sheets-due|E005|7d|2011-04-20');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('plans the same keys whatever the window, so re-planning never sends twice', () => {
    const p = pack();
    const whole = plan(p).map((r) => r.key);
    const parts = [
      ...plan(p, { to: new Date('2011-04-13T08:00:00Z') }),
      ...plan(p, { from: new Date('2011-04-13T08:00:00Z'), to: new Date('2011-04-19T08:00:00Z') }),
      ...plan(p, { from: new Date('2011-04-19T08:00:00Z') }),
    ].map((r) => r.key);
    expect(parts).toEqual(whole);
  });

  it('includes a reminder at the window start and leaves out one at its end', () => {
    const nineOnThe13th = new Date('2011-04-13T08:00:00Z'); // 09:00 BST
    expect(plan(pack(), { from: nineOnThe13th, to: new Date('2011-04-13T08:00:01Z') })).toHaveLength(6);
    expect(plan(pack(), { to: nineOnThe13th }).map(row)).toEqual(['2011-04-12 10:00 announcement announce all-staff 1d']);
  });

  it('suppresses a person’s reminders for an action they marked done, and only those', () => {
    const rows = plan(pack(), { completed: done({ E002: ['sheet'] }) }).map(row);
    expect(rows.filter((r) => r.includes(' E002 '))).toEqual(['2011-04-19 09:00 dm E002 vr-interest 1d']);
  });

  it('sends opted-out people essential reminders only', () => {
    const rows = plan(pack(), { optOuts: new Set(['E004']) }).map(row);
    expect(rows.filter((r) => r.includes(' E004 '))).toEqual([
      '2011-04-13 09:00 dm E004 sheets-due 7d',
      '2011-04-19 09:00 dm E004 sheets-due 1d',
    ]);
  });

  it('posts a milestone for everyone once to the channel, whoever has done or opted out of what', () => {
    const announcements = plan(pack(), { optOuts: new Set(['E001', 'E002']) }).filter((r) => r.milestone.id === 'all-staff');
    expect(announcements.map((r) => [r.kind, r.recipient])).toEqual([['announcement', 'announce']]);
    expect(announcements[0]?.text).toBe(
      [
        '**Reminder: All staff meeting**',
        'When: Wednesday 13 April 2011, 10am',
        'Where: Town Hall',
        'Source: Having your say (consultation/document.md#having-your-say)',
      ].join('\n'),
    );
  });

  it('labels a provisional date as provisional, with HR’s note', () => {
    const [sheet] = plan(pack()).filter((r) => r.milestone.id === 'sheets-due');
    expect(sheet?.text).toBe(
      [
        '**Reminder: Preference sheets due**',
        'When: Wednesday 20 April 2011',
        'To do: Return your Staff Preference Sheet to HR (essential)',
        '_Provisional date: it may change (Illustrative date)._',
        'Source: Having your say (consultation/document.md#having-your-say)',
      ].join('\n'),
    );
    const [vr] = plan(pack()).filter((r) => r.milestone.id === 'vr-interest');
    expect(vr?.text).not.toMatch(/provisional/i);
    expect(vr?.essential).toBe(false);
  });
});

describe('manager digests', () => {
  const digests = (completed: Completions = NO_COMPLETIONS) => plan(pack(), { completed }).filter((r) => r.kind === 'manager-digest');

  it('go to managers only, at the earliest offset, naming only their own outstanding reports', () => {
    const p = pack();
    const all = digests();
    expect(all.map((d) => [d.recipient, d.about, d.offset])).toEqual([
      ['E001', ['E002'], '7d'],
      ['E005', ['E004', 'E006'], '7d'],
    ]);
    for (const d of all) {
      for (const id of d.about) expect(p.staff.get(id)?.managerId).toBe(d.recipient);
      const others = [...p.staff.values()].filter((e) => e.managerId !== d.recipient);
      for (const e of others) expect(d.text).not.toContain(e.name);
    }
    expect(all[1]?.text).toBe(
      [
        '**Your team: Preference sheets due**',
        '2 of your direct reports have not yet marked this done: Return your Staff Preference Sheet to HR',
        '- Kim Lee',
        '- Max Green',
        'When: Wednesday 20 April 2011',
        '_Provisional date: it may change (Illustrative date)._',
        'Source: Having your say (consultation/document.md#having-your-say)',
      ].join('\n'),
    );
  });

  it('leave out reports who have done it, and a manager whose reports all have', () => {
    expect(digests(done({ E002: ['sheet'], E006: ['sheet'] })).map((d) => [d.recipient, d.about])).toEqual([['E005', ['E004']]]);
  });

  it('ignore managers’ opt-outs, being essential, and are not sent for a non-essential action', () => {
    const d = plan(pack(), { optOuts: new Set(['E001', 'E005']) }).filter((r) => r.kind === 'manager-digest');
    expect(d.map((r) => r.recipient)).toEqual(['E001', 'E005']);
    expect(plan(pack()).filter((r) => r.kind === 'manager-digest' && r.milestone.id === 'vr-interest')).toEqual([]);
  });
});

describe('when reminders fire', () => {
  const one = (yaml: string, policy: QuietHours = DEFAULT_QUIET_HOURS) => plan(pack(yaml), { policy }).map(row);

  it('counts days on the local calendar across the clock change', () => {
    const rows = one(`  - id: closes
    title: Consultation closes
    date: 2011-04-04
    audience: employee:E003
    reminders: [14d, 7d]
    status: confirmed
    source: having-your-say
`);
    // 14 days before is GMT, 7 days before is BST: both at 09:00 on the wall clock.
    expect(rows).toEqual(['2011-03-21 09:00 dm E003 closes 14d', '2011-03-28 09:00 dm E003 closes 7d']);
  });

  it('plans a reminder due at 01:30 on 27 March 2011, which London skipped', () => {
    const yaml = `  - id: night-shift
    title: Night shift briefing
    at: 2011-03-28 01:30
    audience: employee:E003
    reminders: [1d]
    status: confirmed
    source: having-your-say
`;
    const [always] = plan(pack(yaml), { policy: ALWAYS });
    expect(always?.fireAt.toISOString()).toBe('2011-03-27T01:30:00.000Z'); // 02:30 BST, an hour after 00:30 GMT
    const [working] = plan(pack(yaml));
    expect(london(working!.fireAt)).toBe('2011-03-25 09:00');
    expect(working!.fireAt.toISOString()).toBe('2011-03-25T09:00:00.000Z');
  });

  it('counts hours as elapsed time across the clock change', () => {
    const rows = one(
      `  - id: early
    title: Early start
    at: 2011-03-27 03:00
    audience: employee:E003
    reminders: [2h]
    status: confirmed
    source: having-your-say
`,
      ALWAYS,
    );
    expect(rows).toEqual(['2011-03-27 00:00 dm E003 early 2h']);
  });

  it('keeps only the nearest of the reminders quiet hours bring onto one day', () => {
    // Monday 4 April: 3d is Friday, 2d and 1d fall at the weekend and move to Friday too.
    expect(
      one(`  - id: closes
    title: Consultation closes
    date: 2011-04-04
    audience: employee:E003
    reminders: [3d, 2d, 1d]
    status: confirmed
    source: having-your-say
`),
    ).toEqual(['2011-04-01 09:00 dm E003 closes 1d']);
  });

  it('keeps two reminders HR put on one day themselves', () => {
    expect(
      one(`  - id: briefing
    title: Briefing
    at: 2011-03-23 15:00
    audience: employee:E003
    reminders: [3h, 30m]
    status: confirmed
    source: having-your-say
`),
    ).toEqual(['2011-03-23 12:00 dm E003 briefing 3h', '2011-03-23 14:30 dm E003 briefing 30m']);
  });

  it('counts a window from its first morning', () => {
    const [r] = plan(
      pack(`  - id: interviews
    title: Interviews
    from: 2011-05-16
    to: 2011-05-20
    audience: employee:E003
    reminders: [7d]
    status: provisional
    source: having-your-say
`),
    );
    expect(london(r!.fireAt)).toBe('2011-05-09 09:00');
    expect(london(r!.milestoneAt)).toBe('2011-05-16 09:00');
    expect(london(r!.until)).toBe('2011-05-20 17:30');
    expect(r!.key).toBe('dm|interviews|E003|7d|2011-05-16');
    expect(r!.text).toContain('When: Monday 16 May 2011 to Friday 20 May 2011');
    expect(r!.text).toContain('_Provisional date: it may change._');
  });

  it('moves a reminder off a bank holiday', () => {
    expect(
      one(`  - id: wedding-week
    title: Sheets due
    date: 2011-05-06
    audience: employee:E003
    reminders: [7d]
    status: confirmed
    source: having-your-say
`),
    ).toEqual(['2011-04-28 09:00 dm E003 wedding-week 7d']); // 29 April 2011 was the royal wedding
  });
});
