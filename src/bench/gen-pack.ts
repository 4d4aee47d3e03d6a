import type { Employee, Post, RingFence } from '../content/types.js';
import { generateDocument } from './gen-document.js';
import { generateFaqs } from './gen-faqs.js';
import { consultationYaml, POLICY_FILES } from './gen-fixed-text.js';
import { generateOrganisation } from './gen-organisation.js';
import { generateBriefings, generateTimeline } from './gen-timeline.js';
import { createRandom } from './random.js';

/**
 * A synthetic consultation pack of any size, for `npm run bench` and load testing: the
 * same options and seed always give the same files, byte for byte. Everything in it is
 * invented; it passes `npm run check`.
 */
export interface GenPackOptions {
  readonly seed: number;
  readonly staff: number;
  readonly posts: number;
  readonly faqs: number;
  /** Size of consultation/document.md in bytes. */
  readonly docBytes: number;
}

/** The consultation window of every synthetic pack. */
export const SYNTHETIC_OPENS = '2025-02-03';
export const SYNTHETIC_CLOSES = '2025-04-04';

export const MIN_STAFF = 100;
const MB = 1024 * 1024;

/** The design's scale point is 20,000 staff, 2,000 posts, 1,000 FAQs and 2 MB of documents; smaller packs scale down from it. */
export function scaledOptions(staff: number, seed = 1): GenPackOptions {
  return {
    seed,
    staff,
    posts: Math.max(60, Math.round(staff / 10)),
    faqs: Math.max(20, Math.round(staff / 20)),
    docBytes: Math.max(64 * 1024, Math.round((staff / 20_000) * 2 * MB)),
  };
}

/** Why the options cannot make a pack, or null when they can. */
export function checkOptions(options: GenPackOptions): string | null {
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (!whole(options.seed)) return 'seed must be a whole number';
  if (!whole(options.staff) || options.staff < MIN_STAFF) return `staff must be a whole number of at least ${MIN_STAFF}`;
  if (!whole(options.posts) || options.posts < 30) return 'posts must be a whole number of at least 30';
  if (options.posts > options.staff) return 'posts must not be more than staff (every current post has a holder)';
  if (!whole(options.faqs) || options.faqs < 1) return 'faqs must be a whole number of at least 1';
  if (!(options.docBytes > 0) || options.docBytes > 20 * MB) return 'the document must be more than 0 and at most 20 MB';
  return null;
}

/** Files of the pack, keyed by path relative to the pack folder. */
export function generatePack(options: GenPackOptions): Map<string, string> {
  const problem = checkOptions(options);
  if (problem !== null) throw new RangeError(problem);
  // One stream per part, so that changing, say, the number of FAQs leaves the staff alone.
  const stream = (n: number) => createRandom((options.seed * 7919 + n * 104_729) >>> 0);
  const opens = SYNTHETIC_OPENS;
  const closes = SYNTHETIC_CLOSES;
  const org = generateOrganisation(stream(1), { staff: options.staff, posts: options.posts, opens });
  const briefings = generateBriefings(stream(2), opens, Math.min(16, 3 + Math.round(options.staff / 2000)));
  const poolEvents = Math.max(3, Math.min(80, Math.round(options.staff / 250)));

  const files = new Map<string, string>();
  files.set('consultation/consultation.yaml', consultationYaml(opens, closes));
  files.set('consultation/document.md', generateDocument(stream(3), org, briefings, opens, closes, options.docBytes));
  files.set('consultation/posts.csv', postsCsv(org.posts));
  files.set('consultation/ringfences.csv', ringFencesCsv(org.ringFences));
  files.set('consultation/staff.csv', staffCsv(org.staff));
  files.set('consultation/timeline.yaml', generateTimeline(stream(4), org, briefings, opens, closes, poolEvents));
  for (const [path, text] of generateFaqs(stream(5), org, options.faqs, opens)) files.set(path, text);
  for (const [path, text] of Object.entries(POLICY_FILES)) files.set(path, text);
  return files;
}

/** `a,b` -> `"a,b"`: quote a cell only when CSV needs it. */
function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (header: string, rows: readonly (readonly (string | number | null | undefined)[])[]) =>
  `${header}\n${rows.map((row) => row.map(cell).join(',')).join('\n')}\n`;

function postsCsv(posts: readonly Post[]): string {
  return csv(
    'id,title,service,tier,grade,pay_scale,grade_band,fte,change,source,note',
    posts.map((p) => [
      p.id,
      p.title,
      p.service,
      p.tier,
      p.grade,
      p.payScale,
      p.gradeBand === null ? '' : p.gradeBand.min === p.gradeBand.max ? p.gradeBand.min : `${p.gradeBand.min}-${p.gradeBand.max}`,
      p.fte,
      p.change,
      p.source,
      p.note,
    ]),
  );
}

function ringFencesCsv(rows: readonly RingFence[]): string {
  return csv(
    'new_post_id,current_post_id,basis,state,note',
    rows.map((r) => [r.newPostId ?? 'none', r.currentPostId, r.basis, r.state, r.note]),
  );
}

function staffCsv(staff: readonly Employee[]): string {
  return `# Synthetic: every person in this file is generated; names, emails, dates and pay are invented.\n${csv(
    'employee_id,name,email,slack_user_id,post_id,grade,fte,manager_id,service_start,contract,date_of_birth,weekly_pay',
    staff.map((e) => [e.id, e.name, e.email, e.slackUserId, e.postId, e.grade, e.fte, e.managerId, e.serviceStart, e.contract, e.dateOfBirth, e.weeklyPay]),
  )}`;
}
