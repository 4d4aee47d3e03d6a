import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Audience, ContentPack, Milestone, ReminderOffset, When } from '../../src/content/types.js';
import { milestoneTimes, offsetInstant } from '../../src/reminders/milestone-times.js';
import { planReminders } from '../../src/reminders/plan.js';
import { ANNOUNCE } from '../../src/reminders/planned-reminder.js';
import { DEFAULT_QUIET_HOURS, isWorkingTime, moveIntoWorkingTime } from '../../src/reminders/quiet-hours.js';
import { hasCompleted, isForEveryone, type Completions } from '../../src/reminders/recipients.js';
import { audienceMembers } from '../../src/status/audience.js';
import { addDays, instantToZoned } from '../../src/time/zoned.js';
import { LONDON, packWith } from './fixtures.js';

// Timelines are generated as domain objects on top of one loaded pack: writing thousands
// of YAML files would test the loader, not the planner.
const base = packWith();
const STAFF = [...base.staff.keys()];

const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2011-01-01', n));
const clock = fc.integer({ min: 0, max: 24 * 60 - 1 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
// Near the 2011 clock changes as often as anywhere else.
const dstDay = fc.constantFrom('2011-03-26', '2011-03-27', '2011-03-28', '2011-10-29', '2011-10-30', '2011-10-31');
const anyDay = fc.oneof(day, dstDay);

const when: fc.Arbitrary<When> = fc.oneof(
  anyDay.map((date): When => ({ kind: 'date', date })),
  fc.tuple(anyDay, clock).map(([date, time]): When => ({ kind: 'time', start: `${date}T${time}`, end: null })),
  fc.tuple(anyDay, fc.integer({ min: 0, max: 12 })).map(([from, n]): When => ({ kind: 'window', from, to: addDays(from, n) })),
);

const offset: fc.Arbitrary<ReminderOffset> = fc.oneof(
  fc.integer({ min: 0, max: 21 }).map((n) => ({ label: `${n}d`, minutes: n * 1440 })),
  fc.integer({ min: 0, max: 72 }).map((n) => ({ label: `${n}h`, minutes: n * 60 })),
  fc.integer({ min: 0, max: 180 }).map((n) => ({ label: `${n}m`, minutes: n })),
);

const audience: fc.Arbitrary<Audience> = fc.constantFrom<Audience>(
  { kind: 'everyone' },
  { kind: 'at-risk' },
  { kind: 'ring-fenced' },
  { kind: 'managers' },
  { kind: 'tier', tier: 4 },
  { kind: 'pool', newPostId: 'NEW-2' },
  { kind: 'employee', employeeId: 'E003' },
);

const milestones = fc
  .array(
    fc.record({
      when,
      audience: fc.array(audience, { minLength: 1, maxLength: 3 }),
      action: fc.option(fc.record({ essential: fc.boolean() }), { nil: null }),
      reminders: fc.array(offset, { maxLength: 4 }),
      provisional: fc.boolean(),
    }),
    { maxLength: 6 },
  )
  .map((list) =>
    list.map(
      (m, i): Milestone => ({
        id: `m${i}`,
        title: `Milestone ${i}`,
        when: m.when,
        place: null,
        audience: m.audience,
        action: m.action ? { id: `a${i % 3}`, text: `Do thing ${i}`, essential: m.action.essential } : null,
        reminders: m.reminders,
        status: m.provisional ? 'provisional' : 'confirmed',
        source: 'having-your-say',
        line: i + 2,
      }),
    ),
  );

const people = fc.subarray(STAFF);
const completions = fc
  .array(fc.tuple(fc.constantFrom(...STAFF), fc.constantFrom('a0', 'a1', 'a2')), { maxLength: 6 })
  .map((pairs): Completions => {
    const map = new Map<string, Set<string>>();
    for (const [e, a] of pairs) map.set(e, (map.get(e) ?? new Set()).add(a));
    return map;
  });

const withTimeline = (timeline: Milestone[]): ContentPack => ({ ...base, timeline });
const FROM = new Date('2010-06-01T00:00:00Z');
const TO = new Date('2012-06-01T00:00:00Z');

describe('planReminders, for any timeline', () => {
  it('never plans the same key twice, and sends only in working time', () => {
    fc.assert(
      fc.property(milestones, completions, people, (timeline, completed, optOuts) => {
        const plan = planReminders({ pack: withTimeline(timeline), completed, optOuts: new Set(optOuts), from: FROM, to: TO, policy: DEFAULT_QUIET_HOURS });
        const keys = plan.map((r) => r.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const r of plan) expect(isWorkingTime(r.fireAt, LONDON, DEFAULT_QUIET_HOURS)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('plans every reminder due before its milestone, before it, unless a nearer one replaced it that day', () => {
    fc.assert(
      fc.property(milestones, completions, people, (timeline, completed, optOutList) => {
        const pack = withTimeline(timeline);
        const optOuts = new Set(optOutList);
        const plan = planReminders({ pack, completed, optOuts, from: FROM, to: TO, policy: DEFAULT_QUIET_HOURS });
        const sent = new Map(plan.filter((r) => r.kind !== 'manager-digest').map((r) => [`${r.milestone.id}|${r.recipient}|${r.offset}`, r]));
        for (const m of timeline) {
          const essential = m.action?.essential ?? false;
          const recipients = isForEveryone(m)
            ? [ANNOUNCE]
            : audienceMembers(pack, m.audience)
                .filter((e) => !(m.action && hasCompleted(completed, e.id, m.action.id)))
                .filter((e) => essential || !optOuts.has(e.id))
                .map((e) => e.id);
          const { at } = milestoneTimes(m.when, LONDON, DEFAULT_QUIET_HOURS);
          for (const o of m.reminders) {
            if (offsetInstant(at, o, LONDON).getTime() >= at.getTime()) continue;
            for (const who of recipients) {
              const own = sent.get(`${m.id}|${who}|${o.label}`);
              if (own) {
                expect(own.fireAt.getTime()).toBeLessThan(at.getTime());
                continue;
              }
              // Replaced: a nearer offset for the same person, sent on the day this one would have gone.
              const nearer = plan.filter((r) => r.milestone.id === m.id && r.recipient === who && r.kind !== 'manager-digest');
              const wouldFire = moveIntoWorkingTime(offsetInstant(at, o, LONDON), at, LONDON, DEFAULT_QUIET_HOURS);
              const replacement = nearer.find((r) => {
                const minutes = m.reminders.find((x) => x.label === r.offset)?.minutes ?? Infinity;
                return minutes <= o.minutes && instantToZoned(r.fireAt, LONDON).date === instantToZoned(wouldFire, LONDON).date;
              });
              expect(replacement, `${m.id} ${who} ${o.label}`).toBeDefined();
            }
          }
        }
        // Nobody outside a milestone's audience is sent its reminder.
        for (const r of plan.filter((x) => x.kind === 'dm')) {
          const e = pack.staff.get(r.recipient);
          expect(e && audienceMembers(pack, r.milestone.audience).includes(e)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('plans the same reminders over a window as over its two halves', () => {
    fc.assert(
      fc.property(milestones, day, (timeline, split) => {
        const pack = withTimeline(timeline);
        const middle = new Date(`${split}T12:00:00Z`);
        const input = { pack, completed: new Map(), optOuts: new Set<string>(), policy: DEFAULT_QUIET_HOURS };
        const whole = planReminders({ ...input, from: FROM, to: TO }).map((r) => r.key);
        const halves = [
          ...planReminders({ ...input, from: FROM, to: middle }),
          ...planReminders({ ...input, from: middle, to: TO }),
        ].map((r) => r.key);
        expect(halves).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('sends a manager digest only to a manager, naming only their direct reports', () => {
    fc.assert(
      fc.property(milestones, completions, (timeline, completed) => {
        const pack = withTimeline(timeline);
        const plan = planReminders({ pack, completed, optOuts: new Set(), from: FROM, to: TO, policy: DEFAULT_QUIET_HOURS });
        for (const d of plan.filter((r) => r.kind === 'manager-digest')) {
          expect(d.about.length).toBeGreaterThan(0);
          for (const id of d.about) expect(pack.staff.get(id)?.managerId).toBe(d.recipient);
          expect(d.milestone.action?.essential).toBe(true);
          const local = instantToZoned(d.fireAt, LONDON);
          expect(local.time >= '09:00').toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
