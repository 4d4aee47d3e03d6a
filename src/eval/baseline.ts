import MiniSearch from 'minisearch';
import type { ContentPack } from '../content/types.js';
import { splitPassages } from '../search/passages.js';

interface BaselineDoc {
  id: string;
  title: string;
  text: string;
}

/**
 * The comparison the engine must beat: MiniSearch with its default options (its own
 * tokenizer, no stemming, synonyms, boosts or threshold) over the same FAQs, rules and
 * passages. It answers with its top result and abstains only when nothing matches.
 */
export function createBaseline(pack: ContentPack): (question: string) => { text: string; abstained: boolean } {
  const docs: BaselineDoc[] = [
    ...pack.faqs.map((f) => ({ id: `faq:${f.id}`, title: [f.question, ...f.variants].join(' '), text: f.answer })),
    ...pack.policies.map((r) => ({ id: `policy:${r.id}`, title: r.title, text: r.text })),
    ...splitPassages(pack.document).map((p) => ({ id: `passage:${p.id}`, title: p.heading, text: p.text })),
  ];
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = new MiniSearch<BaselineDoc>({ fields: ['title', 'text'] });
  index.addAll(docs);
  return (question) => {
    const top = index.search(question)[0];
    const doc = top ? byId.get(String(top.id)) : undefined;
    return doc ? { text: `${doc.title}\n${doc.text}`, abstained: false } : { text: '', abstained: true };
  };
}
