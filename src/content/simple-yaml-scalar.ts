/**
 * Scalars for simple-yaml.ts: quoted text without escapes, and plain scalars read as the
 * YAML 1.2 core schema reads them (text, true/false, a decimal number), or undefined where
 * the real parser must decide.
 */

/** Only spaces count as white space: JavaScript's trim() would also take U+00A0, which YAML keeps. */
export const BLANK = /^ *$/;

/** The index of the quote closing the one at `at`; a single-quoted '' is an escaped quote. */
export function closingQuote(line: string, at: number): number {
  const quote = line[at] ?? '';
  for (let k = at + 1; k < line.length; k++) {
    if (line[k] !== quote) continue;
    if (quote === "'" && line[k + 1] === "'") {
      k++;
      continue;
    }
    return k;
  }
  return -1;
}

/** A quoted scalar's text: '' in single quotes is a quote; double quotes with an escape are left to the real parser. */
export function unquote(quoted: string): string | undefined {
  const inner = quoted.slice(1, -1);
  if (quoted[0] === '"') return inner.includes('\\') ? undefined : inner;
  return inner.replace(/''/g, "'");
}

/*
 * The core schema's tests for plain scalars (yaml/dist/schema/core), in the order it tries
 * them: the first that matches decides what the scalar is.
 */
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Characters a plain scalar may not start with: YAML's indicators and quotes. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * One scalar, already cut out of its line: quoted without escapes, or plain text the core
 * schema reads as text, true/false or a decimal number (as the schema converts it).
 * `flow` is inside [ ], where , [ ] { } end a plain item. Undefined: not in the subset.
 */
export function scalar(source: string, context: 'block' | 'flow'): string | number | boolean | undefined {
  const first = source[0];
  if (first === '"' || first === "'") {
    const close = closingQuote(source, 0);
    if (close < 0 || !BLANK.test(source.slice(close + 1))) return undefined;
    return unquote(source.slice(0, close + 1));
  }
  const value = source.replace(/ +$/, '');
  // ": " (or a final ":") would start a mapping and " #" a comment; a flow item ends at
  // , [ ] { }, and so would a ":" before one, which is why those are out in either context.
  if (value.includes(': ') || value.endsWith(':') || value.includes(' #')) return undefined;
  if ((context === 'flow' ? /[[\]{},]/ : /[[\]{}]/).test(value)) return undefined;
  if (NULL.test(value)) return undefined;
  if (BOOL.test(value)) return value[0] === 't' || value[0] === 'T';
  if (INT_OCT.test(value)) return undefined;
  // What the schema's int and float tags resolve them with.
  if (INT.test(value)) return parseInt(value, 10);
  if (INT_HEX.test(value) || FLOAT_NAN.test(value) || FLOAT_EXP.test(value)) return undefined;
  if (FLOAT.test(value)) return parseFloat(value);
  if (INDICATOR.test(value)) return undefined;
  return value;
}
