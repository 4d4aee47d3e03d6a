import type { Post } from '../content/types.js';
import { CLOSING_SECTIONS, DIRECTORATE, openingSections } from './gen-fixed-text.js';
import type { Organisation } from './gen-organisation.js';
import { sectionIds, type ServiceSections } from './gen-shared.js';
import type { Briefing } from './gen-timeline.js';
import { bullets, paragraph, type ProseContext } from './prose.js';
import type { Random } from './random.js';
import { TOPICS } from './vocabulary.js';

/**
 * The consultation document: the fixed sections, then Section 5 with a part per service
 * (an overview, topic subsections, views wanted, and tables of deleted, new and
 * continuing posts), then Section 6. Topic subsections are added round the services
 * until the document reaches the size asked for, so its size is set by `bytes`, not by
 * the number of posts.
 */
export function generateDocument(r: Random, org: Organisation, briefings: readonly Briefing[], opens: string, closes: string, bytes: number): string {
  const head = `# Consultation on the proposed redesign of ${DIRECTORATE} {#consultation}\n\n${paragraph(r, generalContext(org), 2, 3)}\n\n`;
  const opening = openingSections(opens, closes, briefingTable(briefings));
  const structureIntro = `## Section 5 – Proposed new structure {#proposed-structure}\n\n${paragraph(r, generalContext(org), 3, 5)}\n\n`;
  const postsByService = new Map<string, Post[]>();
  for (const p of org.posts) postsByService.set(p.service, [...(postsByService.get(p.service) ?? []), p]);

  const parts = org.services.map((s) => {
    const context: ProseContext = { service: s.service.name, specialisms: s.service.specialisms };
    return { s, context, overview: overviewOf(r, s, context), topics: [] as string[], tail: tailOf(r, s, context, postsByService.get(s.service.name) ?? []) };
  });
  let size = byteLength(head) + byteLength(opening) + byteLength(structureIntro) + byteLength(CLOSING_SECTIONS);
  for (const p of parts) size += byteLength(p.overview) + byteLength(p.tail);

  const topicUses = new Map<string, number>();
  for (let i = 0; size < bytes && parts.length > 0; i++) {
    const part = parts[i % parts.length];
    if (part === undefined) break;
    const topic = TOPICS[Math.floor(i / parts.length) % TOPICS.length] ?? 'Further detail';
    const key = `${part.s.slug}-${slug(topic)}`;
    const n = (topicUses.get(key) ?? 0) + 1;
    topicUses.set(key, n);
    const heading = n === 1 ? topic : `${topic} (${n})`;
    const body = [paragraph(r, part.context), ...(r.chance(0.3) ? [bullets(r, part.context)] : []), paragraph(r, part.context), ...(r.chance(0.5) ? [paragraph(r, part.context, 2, 4)] : [])];
    const text = `#### ${heading} {#${n === 1 ? key : `${key}-${n}`}}\n\n${body.join('\n\n')}\n\n`;
    part.topics.push(text);
    size += byteLength(text);
  }
  return [head, opening, '\n', structureIntro, ...parts.map((p) => p.overview + p.topics.join('') + p.tail), CLOSING_SECTIONS].join('');
}

function generalContext(org: Organisation): ProseContext {
  return { service: DIRECTORATE, specialisms: org.services.map((s) => s.service.name) };
}

function overviewOf(r: Random, s: ServiceSections, context: ProseContext): string {
  return `### ${s.service.name} {#${s.slug}}\n\n#### Overview {#${sectionIds(s.slug).overview}}\n\n${paragraph(r, context)}\n\n${paragraph(r, context)}\n\n`;
}

function tailOf(r: Random, s: ServiceSections, context: ProseContext, posts: readonly Post[]): string {
  const ids = sectionIds(s.slug);
  const deleted = posts.filter((p) => p.change === 'deleted');
  const created = posts.filter((p) => p.change === 'new');
  const continuing = posts.filter((p) => p.change === 'continuing' || p.change === 'changed');
  return [
    `#### What we want your views on {#${ids.views}}\n\n${paragraph(r, context, 2, 3)}\n\n${bullets(r, context)}\n\n`,
    `#### Proposed posts for deletion {#${ids.deleted}}\n\n${postTable(deleted)}\n\n`,
    `#### Proposed posts for creation {#${ids.created}}\n\n${postTable(created)}\n\n`,
    `#### Posts continuing {#${ids.continuing}}\n\nThese posts continue; posts marked changed continue with changes described above.\n\n${postTable(continuing)}\n\n`,
  ].join('');
}

function postTable(posts: readonly Post[]): string {
  if (posts.length === 0) return 'None.';
  const rows = posts.map((p) => `| ${p.title} | ${p.id} | ${p.fte ?? ''} | ${p.tier ?? ''} | ${p.grade}${p.change === 'changed' ? ' (changed)' : ''} |`);
  return ['| Post title | Post id | FTE | Tier | Grade |', '| --- | --- | ---: | ---: | --- |', ...rows].join('\n');
}

function briefingTable(briefings: readonly Briefing[]): string {
  const rows = briefings.map((b) => `| ${b.date} | ${b.start} – ${b.end} | ${b.place} |`);
  return ['| Date | Time | Place |', '| --- | --- | --- |', ...rows].join('\n');
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
