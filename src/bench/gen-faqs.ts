import { CORE_FAQS } from './gen-fixed-text.js';
import type { Organisation } from './gen-organisation.js';
import { sectionIds } from './gen-shared.js';
import { addDays } from './gen-timeline.js';
import { capitalise, paragraph } from './prose.js';
import type { Random } from './random.js';
import { FAQ_PATTERNS, FAQ_VARIANT_PATTERNS, PLACES, TAGS, WORKER_ROLES } from './vocabulary.js';

/**
 * `faq/*.md`: the core FAQs every restructure has, then questions HR has answered for
 * particular services, roles and places, as a long-running consultation accumulates
 * them. Each cites sections of the generated document.
 */
export function generateFaqs(r: Random, org: Organisation, count: number, opens: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const core of CORE_FAQS.slice(0, count)) {
    files.set(`faq/${core.id}.md`, faqFile(core.id, core.question, core.variants, core.tags, core.source, null, opens, core.answer));
  }
  const audiences = ['at-risk', 'managers', 'ring-fenced', ...(org.posts.some((p) => p.tier === 4) ? ['tier:4'] : [])];
  for (let i = files.size; i < count; i++) {
    const s = r.pick(org.services);
    const fill = (pattern: string) =>
      pattern.replace('{service}', s.service.name).replace('{role}', `${r.pick(s.service.specialisms)} ${r.pick(WORKER_ROLES)}`.toLowerCase()).replace('{place}', r.pick(PLACES));
    const question = capitalise(fill(r.pick(FAQ_PATTERNS)));
    const variants = Array.from({ length: r.int(0, 2) }, () => capitalise(fill(r.pick(FAQ_VARIANT_PATTERNS))));
    const id = `${s.slug}-${String(i + 1).padStart(4, '0')}`;
    const ids = sectionIds(s.slug);
    const sources = r.chance(0.3) ? [ids.overview, 'making-appointments'] : [r.pick([ids.overview, ids.views, ids.deleted, ids.created])];
    const tags = r.shuffled(TAGS).slice(0, r.int(1, 3));
    const audience = r.chance(0.15) ? r.pick(audiences) : null;
    const context = { service: s.service.name, specialisms: s.service.specialisms };
    const answer = `${paragraph(r, context, 2, 4)}\n\nSee the ${s.service.name} part of Section 5 for the posts affected.`;
    files.set(`faq/${id}.md`, faqFile(id, question, variants, tags, sources, audience, addDays(opens, r.int(0, 40)), answer));
  }
  return files;
}

function faqFile(
  id: string,
  question: string,
  variants: readonly string[],
  tags: readonly string[],
  sources: readonly string[],
  audience: string | null,
  updated: string,
  answer: string,
): string {
  const q = (text: string) => JSON.stringify(text);
  return [
    '---',
    `id: ${id}`,
    `question: ${q(question)}`,
    ...(variants.length > 0 ? ['variants:', ...variants.map((v) => `  - ${q(v)}`)] : []),
    `tags: [${tags.map(q).join(', ')}]`,
    ...(audience ? [`audience: ${audience}`] : []),
    `updated: ${updated}`,
    `source: [${sources.join(', ')}]`,
    '---',
    answer,
    '',
  ].join('\n');
}
