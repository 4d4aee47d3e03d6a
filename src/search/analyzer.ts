import { stemmer } from 'stemmer';
import { contentError } from '../content/content-error.js';
import type { ContentError } from '../content/types.js';
import { LexiconError, type Lexicon, type Sourced } from './lexicon.js';

/*
 * The domain analyzer: one function from text to search terms, used for the pack's texts
 * when the index is built and for staff questions when it is searched, so both sides meet
 * on the same terms ("Am I ring-fenced?" and "the ring fence for each post" share
 * "ringfence"). Steps, in order:
 *   1. clean: NFKC with Latin accents folded, lower case, curly quotes and dashes made
 *      plain, Slack markup (<@U1>, <!channel>, <url|label>) and emoji removed;
 *   2. words: letters and digits, with number forms kept whole ("1.5", "20,000" -> "20000")
 *      and ordinals read as numbers ("17th" -> "17"); hyphenated words after a join prefix closed up ("re-design" -> "redesign"); clitics
 *      dropped ("staff's" -> "staff"); spellings and rewrites applied;
 *   3. concepts: the longest run of words, joined only by spaces or hyphens, that is a
 *      lexicon variant becomes the concept's term (plus its broader `also` terms);
 *   4. stop words dropped, single letters dropped, everything else Porter-stemmed.
 * Concept terms are never stemmed, and a word whose stem happens to equal a concept term
 * keeps its own form, so a concept only ever comes from its listed variants.
 *
 * The lexicon is compiled once (a word trie for the concepts, sets and maps for the rest);
 * a call only runs precompiled regexes, map look-ups and a memoised stemmer.
 */

export interface Analyzer {
  /** The normalised terms of `text`, in the order they occur. */
  analyze(text: string): string[];
  /**
   * MiniSearch's `tokenize`. It returns final terms, because concepts span several words
   * ("slotted in") and MiniSearch's per-term `processTerm` never sees two words at once.
   */
  tokenize(text: string): string[];
  /** MiniSearch's `processTerm`: the identity, as `tokenize` already did all the work. */
  processTerm(term: string): string;
  /** Whether `term` is a lexicon concept's term (a topic someone named), not a word stem. */
  isConcept(term: string): boolean;
  /** Whether `term` comes from one of the lexicon's light words (searchable, but says little). */
  isLight(term: string): boolean;
  /**
   * Whether `term` is one letter away from a stop word or a light word ("actualy",
   * "realy"): for a word the pack never uses, a slip in filler rather than a topic.
   */
  isMisspeltFiller(term: string): boolean;
}

interface TrieNode {
  emit: string[] | null;
  next: Map<string, TrieNode> | null;
}

/** Words of a text, each flagged with whether it may continue a phrase begun before it. */
interface Words {
  readonly words: string[];
  readonly linked: boolean[];
}

const NON_ASCII = /[\u0080-\uffff]/;
// Beyond ASCII, documents are mostly curly quotes, dashes, bullets and pound signs, which
// Unicode normalisation leaves alone (or which become non-word characters either way), so
// the costly normalisation runs only for text with other characters.
const NEEDS_NORMALISING = /[\u0080-\u009f\u00a1\u00a2\u00a4-\u200f\u2028-\uffff]/;
const COMBINING_LATIN_MARKS = /[\u0300-\u036f]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;
// Emoji, with the modifiers that build them (skin tones, joiners, flags, keycaps).
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;
// Slack's angle-bracket markup: <@U123>, <#C123|name>, <!here>, <!date^...|fallback>, <url|label>.
const SLACK_MARKUP = /<([@#!])?([^<>|]*)(?:\|([^<>]*))?>/g;
const SLACK_ENTITY = /&(amp|lt|gt);/g;
const ENTITY_TEXT: Record<string, string> = { amp: '&', lt: '<', gt: '>' };
// :shortcode: emoji as Slack sends them; a letter is required so "10:30:45" survives,
// except in the common :+1: and :-1:.
const EMOJI_SHORTCODE = /(?<![\p{L}\p{N}]):(?:[a-z0-9_+-]*[a-z][a-z0-9_+-]*|[+-]1):(?![\p{L}\p{N}])/gu;
// A word: a number with thousands commas ("20,000") or decimal or section points ("1.5",
// "5.2.1"), else a run of letters, marks and digits with inner apostrophes ("don't").
// "80:20" is two numbers. Shared regexes: splitWords resets lastIndex before each scan.
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)+|[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
// The same for text whose words are all ASCII, which is most of it once cleaned: Unicode
// property classes make the regex above about twice as slow.
const ASCII_TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)+|[a-z0-9]+(?:'[a-z0-9]+)*/g;
// Characters that may be letters or digits beyond ASCII; bullets, dashes and currency
// signs (U+00A0-U+00BF and General Punctuation, less the few letters and digits there) are not.
const NON_ASCII_WORD_CHAR = /[\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u1fff\u2070-\uffff]/;
// 's, 'm, 're, 've, 'll, 'd: possessives and auxiliaries, never the subject of a question.
const CLITIC = /'(?:s|m|re|ve|ll|d)$/;
const HAS_DIGIT = /\d/;
const ORDINAL_SUFFIX = /(?<=\d)(?:st|nd|rd|th)$/;
const ONE_WORD = /^[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*$/u;
// Longer "words" are identifiers or pasted junk; stemming them would only fill the cache.
const MAX_WORD_LENGTH = 64;
const STEM_CACHE_LIMIT = 50_000;

type Fail = (where: Sourced, message: string) => void;

export function createAnalyzer(lexicon: Lexicon): Analyzer {
  const errors: ContentError[] = [];
  const fail: Fail = (where, message) => errors.push(contentError(lexicon.file, where.line, where.field, message));

  const stopWords = new Set<string>();
  for (const entry of lexicon.stopWords) {
    const word = soleWord(entry, fail);
    if (word !== null) stopWords.add(word.replaceAll("'", ''));
  }
  const joinPrefixes = new Set<string>();
  for (const entry of lexicon.joinPrefixes) {
    const word = soleWord(entry, fail);
    if (word !== null && /^\p{L}+$/u.test(word)) joinPrefixes.add(word);
    else if (word !== null) fail(entry, `"${entry.text}" must be letters only`);
  }
  const rewrites = compileRewrites(lexicon, joinPrefixes, fail);
  const wordsOf = (text: string): Words => splitWords(clean(text), joinPrefixes, rewrites);
  const { root, emits } = compileConcepts(lexicon, wordsOf, fail);

  const conceptTerms = new Set(lexicon.concepts.map((c) => c.term));
  const stemCache = new Map<string, string>();
  const stem = (word: string): string => {
    let stemmed = stemCache.get(word);
    if (stemmed === undefined) {
      stemmed = HAS_DIGIT.test(word) ? word : stemmer(word);
      if (conceptTerms.has(stemmed)) stemmed = word;
      if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
      stemCache.set(word, stemmed);
    }
    return stemmed;
  };
  const analyze = (text: string): string[] => conceptsAndStems(wordsOf(text), root, stopWords, stem);

  // Broader terms are worked out while every concept still emits only its own term, so
  // the result does not depend on the order concepts are listed in.
  const broader = lexicon.concepts.map((concept) =>
    concept.also.flatMap((also) => {
      const terms = analyze(also.text);
      if (terms.length === 0) fail(also, `"${also.text}" has no searchable words (only stop words?)`);
      if (terms.includes(concept.term)) fail(also, `"${also.text}" is the concept itself`);
      return terms;
    }),
  );
  broader.forEach((terms, i) => emits[i]?.push(...new Set(terms)));

  // Light words are analysed like any text, so "totally" and "total" give the term the
  // index holds; one that is a stop word or a concept would never be weighed as light.
  const lightTerms = new Set<string>();
  for (const entry of lexicon.lightWords) {
    const word = soleWord(entry, fail);
    if (word === null) continue;
    const terms = analyze(word);
    const term = terms[0];
    if (terms.length !== 1 || term === undefined) fail(entry, `"${entry.text}" is a stop word, so it is never searched`);
    else if (conceptTerms.has(term)) fail(entry, `"${entry.text}" is a concept's wording, which always weighs as a topic`);
    else lightTerms.add(term);
  }

  if (errors.length > 0) throw new LexiconError(errors);
  const filler = [...lightTerms, ...[...stopWords].filter((w) => /^\p{L}{4,}$/u.test(w)).map(stem)];
  return {
    analyze,
    tokenize: analyze,
    processTerm: (term) => term,
    isConcept: (term) => conceptTerms.has(term),
    isLight: (term) => lightTerms.has(term),
    // Five letters at least, and the same first letter: shorter words are one letter from too
    // many others ("hub", "hug"), and a slip rarely changes the first ("patch" is not "catch").
    isMisspeltFiller: (term) =>
      term.length >= MIN_MISSPELT_LENGTH && !conceptTerms.has(term) && filler.some((f) => f[0] === term[0] && oneEditApart(term, f)),
  };
}

/** Spellings and rewrites as one map from a word to the words that replace it. */
function compileRewrites(lexicon: Lexicon, joinPrefixes: ReadonlySet<string>, fail: Fail): Map<string, string[]> {
  const rewrites = new Map<string, string[]>();
  const sources = new Map<string, Sourced>();
  for (const { from, to, oneWord } of lexicon.rewrites) {
    const key = soleWord(from, fail);
    if (key === null) continue;
    const parts = rawTokens(clean(to)).map((w) => w.replaceAll("'", ''));
    const earlier = sources.get(key);
    if (isDigit(key.charCodeAt(0))) fail(from, `"${key}" starts with a digit; numbers are always kept as written`);
    else if (CLITIC.test(key)) fail(from, `"${key}" loses its ending ('s, 'm, 're, 've, 'll, 'd) before rewrites are looked up`);
    else if (earlier) fail(from, `"${key}" is already rewritten on line ${earlier.line ?? '?'}`);
    else if (parts.length === 0) fail(from, `"${to}" has no words to rewrite "${key}" to`);
    else if (oneWord && parts.length > 1) fail(from, `"${to}" must be one word; put a rewrite to several words under rewrites`);
    else if (joinPrefixes.has(key)) fail(from, `"${key}" is a join prefix and cannot also be rewritten`);
    else {
      rewrites.set(key, parts);
      sources.set(key, from);
    }
  }
  // Rewrites apply once; a chain would silently stop half way.
  for (const [key, parts] of rewrites) {
    const chained = parts.find((part) => part !== key && rewrites.has(part));
    const source = sources.get(key);
    if (chained !== undefined && source) fail(source, `"${chained}" is itself rewritten; write the final form instead`);
  }
  return rewrites;
}

/**
 * The concept trie: each variant, normalised exactly as text will be, is a path of words
 * ending at the concept's terms. A concept's own term is a variant too, so a term typed
 * as such ("tier3") is recognised.
 */
function compileConcepts(
  lexicon: Lexicon,
  wordsOf: (text: string) => Words,
  fail: Fail,
): { root: Map<string, TrieNode>; emits: string[][] } {
  const root = new Map<string, TrieNode>();
  const claimedBy = new Map<string, { term: string; where: Sourced }>();
  const emits = lexicon.concepts.map((c) => [c.term]);
  lexicon.concepts.forEach((concept, i) => {
    const emit = emits[i] ?? [concept.term];
    const self: Sourced = { text: concept.term, line: concept.line, field: `concepts[${i}].term` };
    for (const variant of [self, ...concept.variants]) {
      const { words, linked } = wordsOf(variant.text);
      if (words.length === 0) {
        fail(variant, `"${variant.text}" has no words left once normalised`);
        continue;
      }
      if (linked.slice(1).includes(false)) {
        fail(variant, `"${variant.text}" can never match: only spaces and hyphens may join its words`);
        continue;
      }
      const key = words.join(' ');
      const owner = claimedBy.get(key);
      if (owner && owner.term !== concept.term) {
        fail(variant, `"${variant.text}" is already a variant of "${owner.term}" (line ${owner.where.line ?? '?'}); a wording can mean only one thing`);
        continue;
      }
      claimedBy.set(key, { term: concept.term, where: variant });
      insert(root, words, emit);
    }
  });
  return { root, emits };
}

/** Step 1: the text as plain lower-case words and punctuation, markup and emoji gone. */
function clean(text: string): string {
  let out = text;
  if (NEEDS_NORMALISING.test(out)) {
    // NFKD then NFC is NFKC with Latin accents dropped in between ("rôle" meets "role").
    out = out.normalize('NFKD').replace(COMBINING_LATIN_MARKS, '').normalize('NFC');
  }
  out = out.toLowerCase();
  if (NON_ASCII.test(out)) {
    out = out.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(EMOJI, ' ');
  }
  if (out.includes('<')) out = out.replace(SLACK_MARKUP, slackMarkup);
  // Slack escapes "&" as "&amp;"; what is left is the word "and" ("Ts&Cs", "Q&C").
  if (out.includes('&')) out = out.replace(SLACK_ENTITY, (_, name: string) => ENTITY_TEXT[name] ?? ' ').replaceAll('&', ' and ');
  if (out.includes(':')) out = out.replace(EMOJI_SHORTCODE, ' ');
  return out;
}

function slackMarkup(_whole: string, sigil: string | undefined, body: string, label: string | undefined): string {
  // Mentions and broadcasts carry no words of the question; links and channels keep their label.
  if (sigil === '@') return ' ';
  if (sigil === '!') return body.startsWith('date') ? ` ${label ?? ''} ` : ' ';
  if (sigil === '#') return ` ${label ?? ''} `;
  return ` ${label ?? body} `;
}

function rawTokens(cleaned: string): string[] {
  return cleaned.match(TOKEN) ?? [];
}

/** Step 2: words with their links; prefixes joined, clitics dropped, rewrites applied. */
function splitWords(text: string, joinPrefixes: ReadonlySet<string>, rewrites: ReadonlyMap<string, readonly string[]>): Words {
  const words: string[] = [];
  const linked: boolean[] = [];
  let prevEnd = -1;
  let prefixAt = -1; // index in `words` of a join prefix just pushed, else -1
  const token = NON_ASCII_WORD_CHAR.test(text) ? TOKEN : ASCII_TOKEN;
  token.lastIndex = 0;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    let word = m[0];
    const gap = prevEnd < 0 ? 'break' : gapBetween(text, prevEnd, m.index);
    prevEnd = m.index + word.length;
    let link = gap !== 'break';
    if (gap === 'hyphen' && prefixAt >= 0 && prefixAt === words.length - 1) {
      word = `${words.pop() ?? ''}${word}`;
      link = linked.pop() ?? false;
    }
    prefixAt = -1;
    if (word.length > MAX_WORD_LENGTH) {
      prevEnd = -1; // a phrase never spans a dropped word
      continue;
    }
    if (isDigit(word.charCodeAt(0))) {
      // "17th" is the 17 of "17 February"; "20,000" is 20000.
      words.push(word.includes(',') ? word.replaceAll(',', '') : word.replace(ORDINAL_SUFFIX, ''));
      linked.push(link);
      continue;
    }
    const apostrophe = word.includes("'");
    if (apostrophe) word = word.replace(CLITIC, '');
    const parts = rewrites.get(word);
    if (parts) {
      parts.forEach((part, k) => {
        words.push(part);
        linked.push(k === 0 ? link : true);
      });
      continue;
    }
    if (apostrophe) word = word.replaceAll("'", '');
    if (joinPrefixes.has(word)) prefixAt = words.length;
    words.push(word);
    linked.push(link);
  }
  return { words, linked };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether two neighbouring words may be read as one phrase: only spaces (line breaks
 * included), a single hyphen, or emphasis and quote marks may stand between them.
 */
function gapBetween(text: string, from: number, to: number): 'link' | 'hyphen' | 'break' {
  if (to - from === 1 && text.charCodeAt(from) === 45) return 'hyphen';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
    const mark = c === 42 || c === 95 || c === 126 || c === 34 || c === 39; // * _ ~ " '
    if (!space && !mark) return 'break';
  }
  return 'link';
}

/** Steps 3 and 4: longest concept match at each word, else stop word, else stem. */
function conceptsAndStems(
  { words, linked }: Words,
  root: ReadonlyMap<string, TrieNode>,
  stopWords: ReadonlySet<string>,
  stem: (word: string) => string,
): string[] {
  const out: string[] = [];
  const n = words.length;
  let i = 0;
  while (i < n) {
    const word = words[i] as string;
    let node = root.get(word);
    let matched: string[] | null = null;
    let matchEnd = i;
    for (let j = i; node !== undefined; ) {
      if (node.emit) {
        matched = node.emit;
        matchEnd = j;
      }
      j++;
      if (j >= n || !linked[j] || node.next === null) break;
      node = node.next.get(words[j] as string);
    }
    if (matched) {
      for (const term of matched) out.push(term);
      i = matchEnd + 1;
      continue;
    }
    i++;
    if (stopWords.has(word)) continue;
    if (word.length === 1 && !HAS_DIGIT.test(word)) continue;
    out.push(stem(word));
  }
  return out;
}

function insert(root: Map<string, TrieNode>, words: readonly string[], emit: string[]): void {
  let level = root;
  words.forEach((word, k) => {
    let node = level.get(word);
    if (!node) {
      node = { emit: null, next: null };
      level.set(word, node);
    }
    if (k === words.length - 1) {
      node.emit = emit;
    } else {
      node.next ??= new Map();
      level = node.next;
    }
  });
}

/** A stop word, prefix or rewrite key must be exactly one word once cleaned. */
function soleWord(entry: Sourced, fail: Fail): string | null {
  const cleaned = clean(entry.text).trim();
  if (!ONE_WORD.test(cleaned)) {
    fail(entry, `"${entry.text}" must be a single word`);
    return null;
  }
  return cleaned;
}

const MIN_MISSPELT_LENGTH = 5;

/** Whether two different words are one insertion, deletion or substitution apart. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // After the first difference the rest must match: skipping a letter of the longer word, or one letter of each.
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}
