import type { Organisation } from './gen-organisation.js';
import { sectionIds } from './gen-shared.js';
import type { Random } from './random.js';
import { PLACES, VENUE_KINDS } from './vocabulary.js';

export interface Briefing {
  readonly id: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly place: string;
}

/** Briefing sessions on weekdays in the consultation's second and third weeks. */
export function generateBriefings(r: Random, opens: string, count: number): Briefing[] {
  const briefings: Briefing[] = [];
  const days = weekdaysFrom(addDays(opens, 7), Math.ceil(count / 2) + 2);
  for (let i = 0; i < count; i++) {
    const date = days[Math.floor(i / 2)] ?? addDays(opens, 14);
    const morning = i % 2 === 0;
    const place = r.pick(PLACES);
    briefings.push({
      id: `briefing-${i + 1}-${place.toLowerCase()}`,
      date,
      start: morning ? '09:30' : '13:30',
      end: morning ? '12:00' : '16:00',
      place: `${place} ${r.pick(VENUE_KINDS)}, ${r.pick(PLACES)}`,
    });
  }
  return briefings;
}

interface Entry {
  readonly lines: string[];
}

/**
 * timeline.yaml: the confirmed consultation dates and briefings, then the provisional
 * appointment phases in the policy's order (tier 3, tier 4, the rest), selection events
 * for some pools (confirmed where the pool is published), individual meetings for a few
 * people, and the go-live date.
 */
export function generateTimeline(r: Random, org: Organisation, briefings: readonly Briefing[], opens: string, closes: string, poolEvents: number): string {
  const entries: Entry[] = [];
  const add = (fields: Record<string, string | undefined>, action?: { id: string; text: string; essential: boolean }, reminders?: string) => {
    const lines = Object.entries(fields)
      .filter((e): e is [string, string] => e[1] !== undefined)
      .map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`);
    if (action) lines.push('    action:', `      id: ${action.id}`, `      text: ${quote(action.text)}`, `      essential: ${action.essential}`);
    if (reminders) lines.push(`    reminders: ${reminders}`);
    entries.push({ lines });
  };
  const milestone = (id: string, title: string, when: Record<string, string>, audience: string, status: 'confirmed' | 'provisional', source: string, place?: string) => ({
    id,
    title: quote(title),
    ...when,
    ...(place ? { place: quote(place) } : {}),
    audience,
    status,
    source,
  });

  add(milestone('consultation-opens', 'Staff consultation opens', { date: opens }, 'everyone', 'confirmed', 'consultation-dates'));
  add(milestone('consultation-closes', 'Staff consultation closes', { date: closes }, 'everyone', 'confirmed', 'how-to-respond'), { id: 'send-views', text: 'Send your views on the proposals', essential: false }, '[7d, 1d]');
  for (const b of briefings) {
    add(
      milestone(b.id, `Director's briefing session (${b.place.split(',')[0] ?? b.place})`, { at: `${b.date} ${b.start}`, ends: `${b.date} ${b.end}` }, 'everyone', 'confirmed', 'more-information', b.place),
      { id: `book-${b.id}`, text: 'Book a place by email; venues have a maximum capacity', essential: false },
      '[7d, 1d]',
    );
  }
  add(milestone('managers-briefing', 'Briefing for managers on supporting their teams', { at: `${addDays(opens, 2)} 14:00`, ends: `${addDays(opens, 2)} 16:00` }, 'managers', 'confirmed', 'making-appointments', 'Council Chamber, County Hall'));
  add(milestone('at-risk-drop-ins', 'Drop-in sessions with HR for staff at risk', { from: addDays(opens, 10), to: addDays(closes, -5) }, 'at-risk', 'confirmed', 'support-for-staff'));
  add(milestone('ring-fences-published', 'Final ring fences published', { date: addDays(closes, 14) }, 'ring-fenced', 'provisional', 'making-appointments'));
  add(milestone('cabinet-decision', 'Cabinet decides the final structure', { date: addDays(closes, 11) }, 'everyone', 'confirmed', 'consultation-overview'));

  // Appointment phases, in the appointment-order policy's order.
  let day = addDays(closes, 21);
  const tiers = new Set(org.posts.map((p) => p.tier));
  const phases = [['tier3', 'tier:3', 'Tier 3', 3], ['tier4', 'tier:4', 'Tier 4', 4], ['rest', 'at-risk', 'Remaining posts', null]] as const;
  for (const [phase, audience, label, tier] of phases) {
    if (tier !== null && !tiers.has(tier)) continue;
    add(milestone(`${phase}-preference-sheets`, `${label} Staff Preference Sheets due`, { date: day }, audience, 'provisional', 'making-appointments'), { id: `${phase}-preference-sheet`, text: 'Return your Staff Preference Sheet to HR', essential: true }, '[7d, 1d]');
    add(milestone(`${phase}-interviews`, `${label} interviews`, { from: addDays(day, 7), to: addDays(day, 18) }, audience, 'provisional', 'making-appointments'));
    add(milestone(`${phase}-outcomes`, `${label} appointments confirmed`, { date: addDays(day, 25) }, audience, 'provisional', 'making-appointments'));
    day = addDays(day, 35);
  }
  add(milestone('job-finder-sessions', 'Job Finder sessions for displaced staff', { from: day, to: addDays(day, 28) }, 'at-risk', 'provisional', 'redundancy'));

  const pools = r.shuffled(org.pools).slice(0, poolEvents);
  const sectionOf = new Map(org.services.map((s) => [s.service.name, sectionIds(s.slug).created]));
  pools.forEach((pool, i) => {
    const date = addDays(closes, 28 + (i % 40));
    const status = pool.state === 'published' ? 'confirmed' : 'provisional';
    add(
      milestone(`selection-${pool.post.id.toLowerCase()}`, `Selection for ${pool.post.title} (${pool.post.id})`, { at: `${date} ${r.pick(['09:30', '11:00', '14:00'])}` }, `pool:${pool.post.id}`, status, sectionOf.get(pool.post.service) ?? 'making-appointments'),
      { id: `apply-${pool.post.id.toLowerCase()}`, text: `Send HR your expression of interest in ${pool.post.title}`, essential: true },
      '[3d]',
    );
  });
  const people = r.shuffled(org.staff).slice(0, Math.min(10, Math.ceil(org.staff.length / 200)));
  people.forEach((person, i) => {
    const date = addDays(opens, 20 + i);
    add(milestone(`one-to-one-${person.id.toLowerCase()}`, 'Individual consultation meeting with your manager and HR', { at: `${date} 10:00`, ends: `${date} 11:00` }, `employee:${person.id}`, 'provisional', 'support-for-staff'), undefined, '[1d]');
  });
  add(milestone('new-structure-live', 'The new structure takes effect', { date: addDays(day, 60) }, 'everyone', 'provisional', 'transitional-arrangements'));

  return `# Synthetic timeline: consultation dates and briefings are confirmed; appointment dates are provisional.\nmilestones:\n${entries.map((e) => e.lines.join('\n')).join('\n')}\n`;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function weekdaysFrom(start: string, count: number): string[] {
  const days: string[] = [];
  for (let d = start; days.length < count; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(d);
  }
  return days;
}
