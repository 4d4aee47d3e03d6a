import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { contentError, formatContentError } from '../content/content-error.js';
import { readPackText } from '../content/read-text.js';
import type { ContentError } from '../content/types.js';
import { parseYaml, type ParsedYaml } from '../content/yaml-file.js';
import { issuesToErrors } from '../content/zod-issues.js';

/*
 * The search lexicon is data (src/search/lexicon.yaml) so that the people who know the
 * domain can review and extend it without reading the analyzer. This module checks its
 * shape; the analyzer checks what needs its normalisation (a wording claimed by two
 * concepts, a rewrite that is not one word) and reports those with the same line numbers.
 */

/**
 * The lexicon shipped with the code, found from the repository root so that the compiled
 * copy of this module in dist/search/ reads the same file as src/search/ does.
 */
export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('../../src/search/lexicon.yaml', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every problem found in a lexicon, each naming its file, line and field. */
export class LexiconError extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(errors.map(formatContentError).join('\n'));
    this.name = 'LexiconError';
    this.errors = errors;
  }
}

/** A piece of lexicon text with the place it was written, for error messages. */
export interface Sourced {
  readonly text: string;
  readonly line: number | null;
  /** The field as written in the file, e.g. `concepts[2].variants[4]`. */
  readonly field: string;
}

export interface Concept {
  /** The one term every variant becomes; never stemmed. */
  readonly term: string;
  readonly why: string;
  readonly variants: readonly Sourced[];
  /** Broader wordings, analysed and emitted after the term. */
  readonly also: readonly Sourced[];
  readonly line: number | null;
}

export interface Rewrite {
  readonly from: Sourced;
  readonly to: string;
  /** Spellings must stay one word; rewrites may expand to several. */
  readonly oneWord: boolean;
}

export interface Lexicon {
  /** The file named in error messages. */
  readonly file: string;
  readonly stopWords: readonly Sourced[];
  /** Words kept in search but weighing little in confidence (see term-weights.ts). */
  readonly lightWords: readonly Sourced[];
  readonly joinPrefixes: readonly Sourced[];
  readonly rewrites: readonly Rewrite[];
  readonly concepts: readonly Concept[];
}

// YAML reads `one: 1` as a number; HR should not have to know to quote it.
const text = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string('expected text').trim().min(1, 'must not be blank'),
);
const wordList = z.array(text, 'expected a list of words');
const wordMap = z.record(z.string(), text, 'expected "word: replacement" lines').default({});

const lexiconSchema = z.strictObject({
  stop_words: wordList,
  light_words: wordList.default([]),
  join_prefixes: wordList.default([]),
  spellings: wordMap,
  rewrites: wordMap,
  concepts: z
    .array(
      z.strictObject({
        term: z
          .string('expected text')
          .regex(/^[a-z][a-z0-9]*$/, 'expected one lower-case word of letters and digits, e.g. ringfence'),
        why: text,
        variants: z.array(text, 'expected a list of wordings').min(1, 'must list at least one wording'),
        also: z.array(text, 'expected a list of wordings').default([]),
      }),
      'expected a list of concepts',
    )
    .min(1, 'must list at least one concept'),
});

/** Reads and checks a lexicon file; throws LexiconError naming every bad line. */
export function loadLexicon(path: string = DEFAULT_LEXICON_PATH): Lexicon {
  const file = displayName(path);
  const read = readPackText(path, file);
  if (!read.ok) throw new LexiconError([read.error]);
  return parseLexicon(read.text, file);
}

/** Checks lexicon YAML text; `file` is the name used in error messages. */
export function parseLexicon(source: string, file: string): Lexicon {
  const parsed = parseYaml(source, file);
  if (!parsed.ok) throw new LexiconError(parsed.errors);
  const { yaml } = parsed;
  if (yaml.value === null || yaml.value === undefined) {
    throw new LexiconError([contentError(file, null, null, 'is empty; expected stop_words, spellings, rewrites and concepts')]);
  }
  const result = lexiconSchema.safeParse(yaml.value, { reportInput: true });
  if (!result.success) {
    const errors = issuesToErrors(result.error.issues, file, (path, key) =>
      key === undefined ? yaml.lineOf(path) : yaml.lineOfKey(path, key),
    );
    throw new LexiconError(errors.map(withLexiconFieldHelp));
  }
  const data = result.data;
  const at = (path: readonly (string | number)[], field: string, value: string): Sourced => ({
    text: value,
    line: yaml.lineOf(path),
    field,
  });

  const errors: ContentError[] = [];
  const termLines = new Map<string, number | null>();
  const concepts = data.concepts.map((concept, i): Concept => {
    const line = yaml.lineOf(['concepts', i, 'term']);
    const earlier = termLines.get(concept.term);
    if (earlier !== undefined) {
      errors.push(contentError(file, line, `concepts[${i}].term`, `"${concept.term}" is already the term of the concept on line ${earlier ?? '?'}`));
    }
    termLines.set(concept.term, line);
    return {
      term: concept.term,
      why: concept.why,
      line,
      variants: concept.variants.map((v, j) => at(['concepts', i, 'variants', j], `concepts[${i}].variants[${j}]`, v)),
      also: concept.also.map((v, j) => at(['concepts', i, 'also', j], `concepts[${i}].also[${j}]`, v)),
    };
  });
  if (errors.length > 0) throw new LexiconError(errors);

  return {
    file,
    stopWords: data.stop_words.map((w, i) => at(['stop_words', i], `stop_words[${i}]`, w)),
    lightWords: data.light_words.map((w, i) => at(['light_words', i], `light_words[${i}]`, w)),
    joinPrefixes: data.join_prefixes.map((w, i) => at(['join_prefixes', i], `join_prefixes[${i}]`, w)),
    rewrites: [
      ...mapEntries(yaml, 'spellings', data.spellings, true),
      ...mapEntries(yaml, 'rewrites', data.rewrites, false),
    ],
    concepts,
  };
}

// The shared zod wording points at the pack README; the lexicon's fields are listed here.
function withLexiconFieldHelp(error: ContentError): ContentError {
  if (!error.message.startsWith('is not a field here')) return error;
  const fields = error.field?.startsWith('concepts[')
    ? 'term, why, variants and also'
    : 'stop_words, light_words, join_prefixes, spellings, rewrites and concepts';
  return { ...error, message: `is not a field here; the fields are ${fields}` };
}

function mapEntries(yaml: ParsedYaml, section: string, map: Record<string, string>, oneWord: boolean): Rewrite[] {
  return Object.entries(map).map(([from, to]) => ({
    from: { text: from, line: yaml.lineOfKey([section], from), field: `${section}.${from}` },
    to,
    oneWord,
  }));
}

function displayName(path: string): string {
  const inRepo = relative(REPO_ROOT, path);
  return inRepo.startsWith('..') || isAbsolute(inRepo) ? path : inRepo.split('\\').join('/');
}
