import type { z } from 'zod';
import { RULES, type faqFrontMatter } from './schemas.js';
import type { Audience } from './types.js';
import { isRealDate, parseAudience } from './values.js';

type FaqFields = z.output<typeof faqFrontMatter>;

const FIELDS = new Set(['id', 'question', 'variants', 'tags', 'audience', 'updated', 'source']);

/**
 * faqFrontMatter (schemas.ts) checked by hand, like the CSV rows in row-fast-paths.ts and
 * for the same reason: zod takes 20 to 50 µs over an FAQ's front matter, 50 ms for 1,000
 * FAQs when the process is new. It returns what the schema would, or null when it is not
 * sure, and the loader then asks zod for the messages. Stricter than the schema is fine,
 * looser never (test/content/faq-fast-path.test.ts).
 */
export function faqFrontMatterFast(value: unknown): FaqFields | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (!FIELDS.has(key)) return null;
  const id = text(fields['id']);
  const question = text(fields['question']);
  const variants = fields['variants'] === undefined ? [] : texts(fields['variants']);
  const tags = fields['tags'] === undefined ? [] : texts(fields['tags']);
  const audience = fields['audience'] === undefined ? [{ kind: 'everyone' as const }] : audiences(fields['audience']);
  const updated = text(fields['updated']);
  const sources = oneOrMore(fields['source'], slug);
  if (
    id === null ||
    !RULES.slugId.test(id) ||
    question === null ||
    variants === null ||
    tags === null ||
    audience === null ||
    updated === null ||
    !isRealDate(updated) ||
    sources === null
  ) {
    return null;
  }
  return { id, question, variants, tags, audience, updated, sources };
}

/** The schemas' `text`: a string, trimmed, not blank. */
function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function texts(value: unknown): string[] | null {
  return Array.isArray(value) ? every(value, text) : null;
}

function slug(value: unknown): string | null {
  const t = text(value);
  return t !== null && RULES.slugId.test(t) ? t : null;
}

function audienceItem(value: unknown): Audience | null {
  const t = text(value);
  return t === null ? null : parseAudience(t);
}

function audiences(value: unknown): Audience[] | null {
  return oneOrMore(value, audienceItem);
}

/** z.union([item, z.array(item).min(1)]) as a list: one item, or a non-empty list of them. */
function oneOrMore<T>(value: unknown, item: (v: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) {
    const one = item(value);
    return one === null ? null : [one];
  }
  return value.length === 0 ? null : every(value, item);
}

/** Each value checked by `item`; null as soon as one fails. */
function every<T>(values: readonly unknown[], item: (v: unknown) => T | null): T[] | null {
  const result: T[] = [];
  for (const v of values) {
    const one = item(v);
    if (one === null) return null;
    result.push(one);
  }
  return result;
}
