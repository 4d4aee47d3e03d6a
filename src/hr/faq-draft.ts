import type { ContentPack, Faq } from '../content/types.js';
import { faqFileFor } from './faq-file.js';
import { normaliseWording } from './group-questions.js';

/** What HR starts from when answering a group of questions: an FAQ to write, or one to improve. */
export interface FaqDraft {
  /** The FAQ being updated, or null for a new one. */
  readonly existing: Faq | null;
  readonly id: string;
  readonly question: string;
  readonly variants: readonly string[];
  /** Markdown; empty for a new FAQ. */
  readonly answer: string;
  readonly sources: readonly string[];
}

export interface AskedWording {
  readonly question: string;
  readonly variants: readonly string[];
  /** The source the bot has been answering these questions from (`faq/x.md`, `consultation/document.md#id`), if any. */
  readonly usualSource: string | null;
}

/** How the assistant cites a document section: `consultation/document.md#redundancy`. */
const SECTION_REF = 'consultation/document.md#';

/** Slack limits a select's options and HR's patience; the rest can be added by hand. */
const MAX_VARIANTS = 20;

/**
 * If the bot has been answering these questions from an FAQ (and people found it wanting),
 * the draft improves that FAQ, adding the new wordings as variants; otherwise it is a new
 * FAQ whose question is the wording asked most, its variants the others, and its source
 * the document section the bot was leaning on, if any.
 */
export function draftFor(pack: ContentPack, asked: AskedWording): FaqDraft {
  const existing = asked.usualSource === null ? undefined : pack.faqs.find((f) => f.file === asked.usualSource);
  if (existing) {
    return {
      existing,
      id: existing.id,
      question: existing.question,
      variants: distinctWordings([...existing.variants, asked.question, ...asked.variants], existing.question),
      answer: existing.answer,
      sources: existing.sources,
    };
  }
  const section = asked.usualSource?.startsWith(SECTION_REF) ? asked.usualSource.slice(SECTION_REF.length) : null;
  return {
    existing: null,
    id: newFaqId(pack, asked.question),
    question: asked.question,
    variants: distinctWordings(asked.variants, asked.question),
    answer: '',
    sources: section !== null && pack.document.sections.some((s) => s.id === section) ? [section] : [],
  };
}

/** An id made from the question (`can-i-park-at-the-banbury-office`), not yet used by the pack. */
export function newFaqId(pack: ContentPack, question: string): string {
  const base = slug(question);
  const taken = (id: string) => pack.faqs.some((f) => f.id === id || f.file === faqFileFor(id));
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    if (id.length + word.length + 1 > 60) break;
    id = id ? `${id}-${word}` : word;
  }
  return id || words[0]?.slice(0, 60) || 'faq';
}

function distinctWordings(wordings: readonly string[], question: string): string[] {
  const seen = new Set([normaliseWording(question)]);
  const out: string[] = [];
  for (const w of wordings) {
    const key = normaliseWording(w);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(w.trim());
  }
  return out.slice(0, MAX_VARIANTS);
}
