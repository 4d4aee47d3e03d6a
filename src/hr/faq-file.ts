import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, parseDocument } from 'yaml';
import { contentError, formatContentError } from '../content/content-error.js';
import { crossCheck, type PackParts } from '../content/cross-checks.js';
import { splitFrontMatter } from '../content/front-matter.js';
import { parseFaqText, readFaqs, type Located } from '../content/pack-files.js';
import { decodePackText } from '../content/read-text.js';
import type { ContentError, ContentPack, Faq, IsoDate } from '../content/types.js';
import { writeAllBytes, writeFileAtomic, type WriteBytes } from './write-file-atomic.js';

/**
 * Writing an FAQ for HR, from Slack or the terminal: render it as the pack's Markdown,
 * check it exactly as the loader will (the same front matter schema, then the pack's own
 * cross-checks for a duplicate id, an unknown source or audience), refuse if the file
 * changed since HR started, and only then write it, atomically. Whatever goes wrong,
 * nothing is half written and the bot keeps serving the pack it has.
 */

/** What HR wrote. */
export interface FaqInput {
  readonly id: string;
  readonly question: string;
  readonly variants: readonly string[];
  /** Markdown. */
  readonly answer: string;
  /** Document section ids. */
  readonly sources: readonly string[];
  readonly updated: IsoDate;
}

export interface FaqTarget {
  /** `faq/<name>.md`, relative to the pack folder. */
  readonly file: string;
  /** `fileHash` of the file when HR started, or ABSENT when it did not exist. */
  readonly baseHash: string;
}

export type SaveFaqResult =
  | { readonly ok: true; readonly file: string; readonly created: boolean }
  | { readonly ok: false; readonly errors: readonly ContentError[] };

export interface SaveFaqOptions {
  /** The pack folder being served. */
  readonly dir: string;
  /** The pack being served: the other files' content, for the cross-checks. */
  readonly pack: ContentPack;
  readonly target: FaqTarget;
  readonly input: FaqInput;
  readonly write?: WriteBytes;
}

/** The hash of a file that does not exist. */
export const ABSENT = 'absent';

const FAQ_FILE = /^faq\/[^/\\]+\.md$/;

/** The file for a new FAQ with this id. */
export const faqFileFor = (id: string): string => `faq/${id}.md`;

/** A short hash of the file's bytes, or ABSENT: what "unchanged since HR opened it" is checked against. */
export function fileHash(dir: string, file: string): string {
  return hashOf(readBytes(join(dir, file)));
}

export function saveFaq(options: SaveFaqOptions): SaveFaqResult {
  const { dir, target } = options;
  const file = target.file;
  if (!FAQ_FILE.test(file) || file.includes('..') || file.startsWith('faq/.')) {
    return fail(contentError(file, null, null, 'is not a file in the faq folder; an FAQ is saved as faq/<id>.md'));
  }
  const bytes = readBytes(join(dir, file));
  // Everything from here to the rename is synchronous: two saves in one process cannot interleave.
  if (hashOf(bytes) !== target.baseHash) {
    return fail(
      contentError(file, null, null, 'changed since you opened it: someone else saved it first. Nothing was written; copy your answer, then open it again to see their version.'),
    );
  }
  const existing = bytes === null ? null : decodePackText(bytes, file);
  const text = renderFaq(options.input, existing?.ok ? existing.text : null);
  const errors = checkFaqText(text, file, options.pack, dir);
  if (errors.length > 0) return { ok: false, errors };
  try {
    writeFileAtomic(join(dir, file), text, options.write ?? writeAllBytes);
  } catch (error) {
    return fail(writeError(file, error));
  }
  return { ok: true, file, created: bytes === null };
}

/**
 * The FAQ as Markdown with front matter. When the file exists its front matter is edited
 * in place, so HR's comments, tags and audience survive; otherwise it is written fresh.
 */
export function renderFaq(input: FaqInput, existing: string | null): string {
  const fields: Record<string, unknown> = {
    id: input.id,
    question: input.question,
    ...(input.variants.length > 0 ? { variants: [...input.variants] } : {}),
    updated: input.updated,
    source: input.sources.length === 1 ? input.sources[0] : [...input.sources],
  };
  let doc: Document | null = null;
  const split = existing === null ? null : splitFrontMatter(existing, 'faq');
  if (split?.ok) {
    const parsed = parseDocument(split.yaml);
    if (parsed.errors.length === 0 && isMap(parsed.contents)) doc = parsed;
  }
  if (doc === null) {
    doc = new Document(fields);
  } else {
    if (input.variants.length === 0) doc.delete('variants');
    for (const [key, value] of Object.entries(fields)) doc.set(key, value);
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${input.answer.trim()}\n`;
}

/**
 * Every problem the pack loader would find with this FAQ file in the pack: its schema, a
 * duplicate id, and the cross-checks (sources that must be document sections, audiences
 * that must exist). Problems already in the other FAQ files are not this file's and are
 * left out. Empty when it is fine.
 */
export function checkFaqText(text: string, file: string, pack: ContentPack, dir: string): ContentError[] {
  const errors: ContentError[] = [];
  const faq = parseFaqText(text, file, errors);
  if (faq === null) return errors;
  const others = readFaqs(dir, []).filter((f) => f.file !== file);
  const clash = others.find((f) => f.value.id === faq.value.id);
  if (clash) return [duplicateIdError(file, faq.lineOf('id'), faq.value.id, clash.file)];
  const before = new Set(crossCheck(partsOf(pack, others)).map(formatContentError));
  return crossCheck(partsOf(pack, [...others, faq])).filter((e) => !before.has(formatContentError(e)));
}

/** An id HR chose that another FAQ file already has. */
export function duplicateIdError(file: string, line: number | null, id: string, usedBy: string): ContentError {
  return contentError(file, line, 'id', `FAQ id "${id}" is already used by ${usedBy}; choose another id, or update that FAQ instead`);
}

/** The pack's files as the cross-checks see them, with these FAQs. Lines are not needed: only new errors are kept, and they point into the FAQ. */
function partsOf(pack: ContentPack, faqs: readonly Located<Faq>[]): PackParts {
  const located = <T>(file: string) => (value: T): Located<T> => ({ value, file, line: null, lineOf: () => null });
  return {
    consultation: null,
    document: pack.document,
    posts: [...pack.posts.values()].map(located('consultation/posts.csv')),
    ringFences: pack.ringFences.map(located('consultation/ringfences.csv')),
    staff: [...pack.staff.values()].map(located('consultation/staff.csv')),
    timeline: [],
    faqs,
    policies: [],
  };
}

function readBytes(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function hashOf(bytes: Buffer | null): string {
  return bytes === null ? ABSENT : createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

function writeError(file: string, error: unknown): ContentError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return contentError(file, null, null, 'could not be saved: the disk is full. Nothing was written; whoever runs the bot needs to free some space, then save again.');
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return contentError(file, null, null, `could not be saved: the bot is not allowed to write to the faq folder (${code}). Nothing was written.`);
    default:
      return contentError(file, null, null, `could not be saved (${code}). Nothing was written.`);
  }
}

function fail(error: ContentError): SaveFaqResult {
  return { ok: false, errors: [error] };
}
