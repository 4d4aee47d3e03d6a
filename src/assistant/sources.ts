import type { ContentPack, Faq, PolicyRule, Section } from '../content/types.js';
import { headingPath } from '../search/passages.js';
import type { Source } from './reply.js';

/** Citations in one shape for every channel: what a person reads, and a stable reference. */
const sectionsByPack = new WeakMap<ContentPack, ReadonlyMap<string, Section>>();

export function sectionSource(pack: ContentPack, sectionId: string): Source {
  let byId = sectionsByPack.get(pack);
  if (byId === undefined) {
    byId = new Map(pack.document.sections.map((s) => [s.id, s]));
    sectionsByPack.set(pack, byId);
  }
  const section = byId.get(sectionId);
  return {
    kind: 'document',
    title: section ? headingPath(section, byId) : sectionId,
    ref: `consultation/document.md#${sectionId}`,
  };
}

export function faqSource(faq: Faq): Source {
  return { kind: 'faq', title: `FAQ: ${faq.question}`, ref: faq.file, updated: faq.updated };
}

export function policySource(rule: PolicyRule): Source {
  return { kind: 'policy', title: `Policy: ${rule.title}`, ref: `${rule.file}#${rule.id}` };
}

export function dataSource(title: string, ref: string): Source {
  return { kind: 'data', title, ref };
}

/** Drops repeats (same ref), keeping the first: the strongest source is listed first. */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.ref) ? false : (seen.add(s.ref), true)));
}
