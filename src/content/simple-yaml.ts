import { BLANK, closingQuote, scalar, unquote } from './simple-yaml-scalar.js';

/**
 * A reader for the plain YAML that pack files are written in: mappings of `key: value`,
 * lists of `- items` (an item may itself be a mapping, `- id: x`), and values that are
 * text (plain, quoted, or a `>` or `|` block of evenly indented lines), true/false, a plain
 * number, or a `[flow, list]` of them that may run over lines. The `yaml` package takes
 * about 0.1 ms for even a tiny document and 40 ms for a 120-milestone timeline, and a
 * 1,000-FAQ pack has 1,000 front matters, read again on every reload.
 *
 * It gives what the `yaml` package gives (the value as YAML 1.2's core schema reads it,
 * and every node's line, for error messages) or null, meaning "not sure": anything outside
 * the subset (escapes, anchors, tags, comments after a value, null, hex or exponent
 * numbers, text folded over lines, blank lines inside a block, ...) goes to the real
 * parser. Null is never an error, so the subset can stay small and plainly right;
 * test/content/simple-yaml.test.ts checks values and lines against the `yaml` package.
 */
export interface SimpleYaml {
  readonly value: Record<string, unknown>;
  /** 1-based line of the node at `path`, or of the nearest parent that exists: what yaml-file.ts's lineOf answers. */
  lineOf(path: readonly PropertyKey[]): number;
  /** 1-based line of the key `key` of the mapping at `path`; else lineOf(path). */
  lineOfKey(path: readonly PropertyKey[], key: string): number;
}

export function parseSimpleYaml(text: string): SimpleYaml | null {
  if (!hasOnlyPlainCharacters(text)) return null;
  const reader: Reader = { lines: text.split('\n'), i: 0 };
  skipBlankLines(reader);
  const first = reader.lines[reader.i];
  if (first === undefined || indentOf(first) !== 0) return null;
  const root = readMapping(reader, 0, null);
  if (root === null) return null;
  skipBlankLines(reader);
  if (reader.i < reader.lines.length) return null;
  const value = root.value as Record<string, unknown>;
  return {
    value,
    lineOf: (path) => nodeAt(root.at, path).node.line,
    lineOfKey: (path, key) => {
      const { node, whole } = nodeAt(root.at, path);
      if (!whole || !('keys' in node)) return node.line;
      return node.keyLines[node.keys.indexOf(key)] ?? node.line;
    },
  };
}

/**
 * Where a node starts (the line of its first key, first item, opening [ or text), and its
 * children's places. A mapping's are in arrays, in key order: it has a handful of keys and
 * is looked up only for an error message, so arrays cost less than maps to build.
 */
type Place =
  | { readonly line: number }
  | { readonly line: number; readonly keys: string[]; readonly keyLines: number[]; readonly values: Place[] }
  | { readonly line: number; readonly items: Place[] };

interface Parsed {
  readonly value: unknown;
  readonly at: Place;
}

interface Reader {
  readonly lines: readonly string[];
  /** The line being read, 0-based. */
  i: number;
}

/** The deepest node along `path`, as the `yaml` package's getIn walks it, and whether the whole path led somewhere. */
function nodeAt(root: Place, path: readonly PropertyKey[]): { node: Place; whole: boolean } {
  let node = root;
  for (const part of path) {
    let next: Place | undefined;
    if ('keys' in node) next = typeof part === 'string' ? node.values[node.keys.indexOf(part)] : undefined;
    else if ('items' in node) {
      const index = itemIndex(part);
      next = index === null ? undefined : node.items[index];
    }
    if (next === undefined) return { node, whole: false };
    node = next;
  }
  return { node, whole: true };
}

/** A list index as the `yaml` package reads one: a whole number, or text that is one. */
function itemIndex(part: PropertyKey): number | null {
  const index = typeof part === 'string' && part !== '' ? Number(part) : part;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : null;
}

/** A plain key, then `:` and a space or the end of the line. */
const KEY = /^([A-Za-z][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/;
const AFTER_QUOTED_KEY = /^:(?: +(.*))?$/;

/**
 * A mapping entry's key and what follows its colon: a plain key (not one YAML would read
 * as null or true/false), or a quoted one such as "can't".
 */
function splitKey(entry: string): { name: string; rest: string } | null {
  const quote = entry[0];
  if (quote === '"' || quote === "'") {
    const close = closingQuote(entry, 0);
    const after = close < 0 || close > 100 ? null : AFTER_QUOTED_KEY.exec(entry.slice(close + 1));
    const name = after ? unquote(entry.slice(0, close + 1)) : undefined;
    return after && name !== undefined ? { name, rest: after[1] ?? '' } : null;
  }
  const key = KEY.exec(entry);
  if (!key || NOT_A_TEXT_KEY.test(key[1] ?? '')) return null;
  return { name: key[1] ?? '', rest: key[2] ?? '' };
}

const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
const ITEM = /^-( +)(.*)$/;

/**
 * Tabs, carriage returns, other control characters, byte-order marks and Unicode line
 * separators each have rules of their own in YAML: text holding one is not plain.
 */
function hasOnlyPlainCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 ? c !== 0x0a : (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe) return false;
  }
  return true;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 0x20) n++;
  return n;
}

function skipBlankLines(reader: Reader): void {
  while (reader.i < reader.lines.length && BLANK_OR_COMMENT.test(reader.lines[reader.i] ?? '')) reader.i++;
}

const END = Symbol('end of block');

/**
 * The next line of a block at column `indent`, past blank lines: END when the block is over
 * (input ends, or a line starts left of the column), null when a line starts right of it,
 * which the subset does not allow.
 */
function nextBlockLine(reader: Reader, indent: number): string | typeof END | null {
  skipBlankLines(reader);
  const line = reader.lines[reader.i];
  if (line === undefined) return END;
  const at = indentOf(line);
  if (at < indent) return END;
  return at > indent ? null : line;
}

/**
 * Keys at column `indent`. `inline` is the first entry when the mapping starts on a list
 * item's line (`- id: x`), whose key sets the column for the rest.
 */
function readMapping(reader: Reader, indent: number, inline: string | null): Parsed | null {
  const value: Record<string, unknown> = {};
  const keys: string[] = [];
  const keyLines: number[] = [];
  const values: Place[] = [];
  for (let first = true; ; first = false) {
    let entry: string;
    if (first && inline !== null) {
      entry = inline;
    } else {
      const line = nextBlockLine(reader, indent);
      if (line === END) break;
      if (line === null) return null;
      entry = line.slice(indent);
    }
    const key = splitKey(entry);
    if (key === null || keys.includes(key.name)) return null;
    const { name, rest } = key;
    keys.push(name);
    keyLines.push(reader.i + 1);
    let parsed: Parsed | null;
    if (BLANK.test(rest)) {
      // `key:` alone: its value is the block indented under it.
      reader.i++;
      skipBlankLines(reader);
      const next = reader.lines[reader.i];
      parsed = next !== undefined && indentOf(next) > indent ? readBlock(reader, indentOf(next)) : null;
    } else {
      parsed = readInline(reader, rest, indent + entry.length - rest.length, indent);
    }
    if (parsed === null) return null;
    value[name] = parsed.value;
    values.push(parsed.at);
  }
  const line = keyLines[0];
  if (line === undefined) return null;
  return { value, at: { line, keys, keyLines, values } };
}

/** A block node starting on the current line at column `indent`: a list or a mapping. */
function readBlock(reader: Reader, indent: number): Parsed | null {
  const content = (reader.lines[reader.i] ?? '').slice(indent);
  return ITEM.test(content) ? readList(reader, indent) : readMapping(reader, indent, null);
}

function readList(reader: Reader, indent: number): Parsed | null {
  const values: unknown[] = [];
  const items: Place[] = [];
  for (;;) {
    const line = nextBlockLine(reader, indent);
    if (line === END) break;
    if (line === null) return null;
    const item = ITEM.exec(line.slice(indent));
    if (!item) return null;
    const content = item[2] ?? '';
    const column = indent + 1 + (item[1] ?? '').length;
    const parsed = splitKey(content) !== null ? readMapping(reader, column, content) : readInline(reader, content, column, indent);
    if (parsed === null) return null;
    values.push(parsed.value);
    items.push(parsed.at);
  }
  const first = items[0];
  if (first === undefined) return null;
  return { value: values, at: { line: first.line, items } };
}

/**
 * A value written on the current line at `column` (text, or a flow list that may continue
 * on lines indented past `parentIndent`); moves the reader past it.
 */
function readInline(reader: Reader, source: string, column: number, parentIndent: number): Parsed | null {
  const line = reader.i + 1;
  if (source.startsWith('[')) return readFlowList(reader, column, parentIndent);
  const block = BLOCK_HEADER.exec(source);
  if (block) {
    const value = readBlockScalar(reader, block[1] === '>', block[2] === '-', parentIndent);
    return value === null ? null : { value, at: { line } };
  }
  const value = scalar(source, 'block');
  if (value === undefined) return null;
  reader.i++;
  return { value, at: { line } };
}

/**
 * `[a, "b", c]` opening at `column`. It may run over lines between its items, with
 * comment lines among them, each further line indented past the parent's indentation (the
 * closing ] may stand at it): an item folded over two lines is left to the real parser.
 */
function readFlowList(reader: Reader, column: number, parentIndent: number): Parsed | null {
  const values: unknown[] = [];
  const items: Place[] = [];
  const line0 = reader.i + 1;
  let line = reader.lines[reader.i] ?? '';
  let at = column + 1;
  let expectItem = true;
  for (;;) {
    while (line.charCodeAt(at) === 0x20) at++;
    // A comment runs to the end of the line; where an item has just ended it is left to the real parser.
    if (expectItem && line[at] === '#' && (at === 0 || line[at - 1] === ' ')) at = line.length;
    if (at >= line.length) {
      const next = nextFlowLine(reader, parentIndent, expectItem);
      if (next === null) return null;
      line = next;
      at = 0;
      continue;
    }
    if (line[at] === ']') {
      // [] is empty; [a, ] (a trailing comma) is left to the real parser.
      if (expectItem && values.length > 0) return null;
      if (!BLANK.test(line.slice(at + 1))) return null;
      reader.i++;
      return { value: values, at: { line: line0, items } };
    }
    if (!expectItem) {
      if (line[at] !== ',') return null;
      at++;
      expectItem = true;
      continue;
    }
    const end = flowItemEnd(line, at);
    if (end < 0) return null;
    const value = scalar(line.slice(at, end).replace(/ +$/, ''), 'flow');
    if (value === undefined) return null;
    values.push(value);
    items.push({ line: reader.i + 1 });
    at = end;
    expectItem = false;
  }
}

/** `>` (folded) or `|` (literal), with `-` to drop the final line break; no indentation digit, no `+`. */
const BLOCK_HEADER = /^([>|])(-?) *$/;

/**
 * The lines of a block scalar after its header: all at one indentation, past the parent's,
 * with no blank line or deeper-indented line among them and no space at a line's end, so
 * that folding is plain joining. A folded scalar joins its lines with spaces, a literal one
 * with line breaks; the final line break is kept unless the header says `-`.
 */
function readBlockScalar(reader: Reader, folded: boolean, strip: boolean, parentIndent: number): string | null {
  const lines: string[] = [];
  let indent = -1;
  for (reader.i++; reader.i < reader.lines.length; reader.i++) {
    const line = reader.lines[reader.i] ?? '';
    if (BLANK.test(line)) {
      if (indent < 0) return null;
      // Empty lines end the scalar only if what follows is no longer part of it; and a
      // line is empty only up to the indentation: spaces past it are text.
      let next = reader.i;
      for (; next < reader.lines.length && BLANK.test(reader.lines[next] ?? ''); next++) {
        if ((reader.lines[next] ?? '').length > indent) return null;
      }
      const after = reader.lines[next];
      if (after !== undefined && indentOf(after) >= indent) return null;
      break;
    }
    const at = indentOf(line);
    if (indent < 0) {
      if (at <= parentIndent) return null;
      indent = at;
    }
    if (at < indent) break;
    if (at > indent || line.endsWith(' ')) return null;
    lines.push(line.slice(indent));
  }
  if (lines.length === 0) return null;
  const text = lines.join(folded ? ' ' : '\n');
  return strip ? text : `${text}\n`;
}

/**
 * Moves the reader to the next line of a flow list that holds some of it, past comment
 * lines. After an item (not a comma) the line must go on with , or ]: otherwise the item
 * would be text folded over two lines.
 */
function nextFlowLine(reader: Reader, parentIndent: number, expectItem: boolean): string | null {
  for (;;) {
    reader.i++;
    const next = reader.lines[reader.i];
    if (next === undefined || BLANK.test(next)) return null;
    const indent = indentOf(next);
    const first = next[indent];
    if (first === '#') {
      if (indent <= parentIndent) return null;
      continue;
    }
    if (first === ']') return indent >= parentIndent ? next : null;
    if (indent <= parentIndent || (!expectItem && first !== ',')) return null;
    return next;
  }
}

/** Where a flow item starting at `at` ends: at the , or ] after it (or a quoted item's close). */
function flowItemEnd(line: string, at: number): number {
  const quote = line[at];
  if (quote === '"' || quote === "'") {
    const close = closingQuote(line, at);
    return close < 0 ? -1 : close + 1;
  }
  for (let k = at; k < line.length; k++) {
    const c = line[k];
    if (c === ',' || c === ']') return k;
  }
  return line.length;
}

/** A key the core schema would read as null or true/false rather than text. */
const NOT_A_TEXT_KEY = /^(?:null|true|false)$/i;
