import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { contentError } from './content-error.js';
import { parseSimpleYaml } from './simple-yaml.js';
import type { ContentError } from './types.js';

export type YamlPath = readonly PropertyKey[];

export interface ParsedYaml {
  readonly value: unknown;
  /** Line of the node at `path` (or of the nearest parent that exists), 1-based, in the file. */
  lineOf(path: YamlPath): number | null;
  /** Line of a mapping key under `path`, for errors about a key itself (e.g. a misspelt one). */
  lineOfKey(path: YamlPath, key: string): number | null;
}

export type YamlResult = { ok: true; yaml: ParsedYaml } | { ok: false; errors: ContentError[] };

/**
 * Parses YAML keeping positions, so every later error can name a line. `lineOffset` is for
 * YAML embedded in another file (FAQ front matter starts on line 2).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlResult {
  // Plain YAML, nearly every pack file, is read by hand at a fraction of the cost, with the
  // same value and lines; anything else goes through the yaml package below.
  const simple = parseSimpleYaml(text);
  if (simple !== null) {
    return {
      ok: true,
      yaml: {
        value: simple.value,
        lineOf: (path) => simple.lineOf(path) + lineOffset,
        lineOfKey: (path, key) => simple.lineOfKey(path, key) + lineOffset,
      },
    };
  }
  return parseYamlDocument(text, file, lineOffset);
}

/** parseYaml by the `yaml` package alone: for YAML outside simple-yaml.ts's subset, and what that subset is tested against. */
export function parseYamlDocument(text: string, file: string, lineOffset = 0): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      // The first error is the real one; the parser's later errors are mostly knock-on effects.
      errors: doc.errors.slice(0, 1).map((error) => {
        const line = error.linePos?.[0]?.line;
        const reason = (error.message.split('\n')[0] ?? 'cannot be parsed').replace(/ at line \d+, column \d+:?$/, '');
        return contentError(file, line === undefined ? null : line + lineOffset, null, `is not valid YAML: ${reason}`);
      }),
    };
  }
  const lineAt = (offset: number | undefined): number | null =>
    offset === undefined ? null : lineCounter.linePos(offset).line + lineOffset;
  let value: unknown;
  try {
    // Aliases are resolved here, not while parsing: an undefined or runaway alias throws.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : 'cannot be read';
    return { ok: false, errors: [contentError(file, null, null, `is not valid YAML: ${reason}`)] };
  }
  return {
    ok: true,
    yaml: {
      value,
      lineOf: (path) => lineAt(nearestNode(doc, path)?.range?.[0]),
      lineOfKey: (path, key) => {
        const parent = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
          if (pair && isScalar(pair.key)) return lineAt(pair.key.range?.[0]);
        }
        return lineAt(nearestNode(doc, path)?.range?.[0]);
      },
    },
  };
}

function nearestNode(doc: Document, path: YamlPath): { range?: [number, number, number] | null } | null {
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node)) return node;
  }
  return null;
}

/** A whole-file problem, such as an empty file, with the same shape as a parse error. */
export function emptyYamlError(file: string, expected: string): ContentError {
  return contentError(file, null, null, `is empty; expected ${expected}`);
}
