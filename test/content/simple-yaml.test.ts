import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/content/front-matter.js';
import { parseSimpleYaml } from '../../src/content/simple-yaml.js';
import { parseYamlDocument, parseYaml } from '../../src/content/yaml-file.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('parseSimpleYaml', () => {
  it('reads FAQ front matter with the lines of its keys and values', () => {
    const text = 'id: pay\nquestion: "What is my pay?"\nvariants:\n  - How much?\n  - \'it\'\'s\'\ntags: [pay, money]\nupdated: 2011-02-01\n';
    const yaml = parseSimpleYaml(text);
    expect(yaml?.value).toEqual({ id: 'pay', question: 'What is my pay?', variants: ['How much?', "it's"], tags: ['pay', 'money'], updated: '2011-02-01' });
    expect(yaml?.lineOf(['variants'])).toBe(4);
    expect(yaml?.lineOf(['variants', 1])).toBe(5);
    expect(yaml?.lineOf(['tags', 'nope'])).toBe(6);
    expect(yaml?.lineOfKey([], 'variants')).toBe(3);
  });

  it('reads a list of mappings, with true/false, numbers and a flow list over two lines', () => {
    const text = 'milestones:\n  - id: a\n    action:\n      id: act\n      essential: false\n    reminders: [7d,\n      1d]\n  - id: b\n    weeks: 4\n    share: 0.8\n';
    const yaml = parseSimpleYaml(text);
    expect(yaml?.value).toEqual({
      milestones: [
        { id: 'a', action: { id: 'act', essential: false }, reminders: ['7d', '1d'] },
        { id: 'b', weeks: 4, share: 0.8 },
      ],
    });
    expect(yaml?.lineOf(['milestones', 1])).toBe(8);
    expect(yaml?.lineOf(['milestones', 0, 'action', 'essential'])).toBe(5);
    expect(yaml?.lineOf(['milestones', 0, 'reminders', 1])).toBe(7);
  });

  it('reads block scalars whose lines are all at one indentation', () => {
    expect(parseSimpleYaml('a: >\n  one\n  two\nb: |-\n  three\n  four\n')?.value).toEqual({ a: 'one two\n', b: 'three\nfour' });
  });

  it.each([
    ['an escape', 'a: "x\\ty"'],
    ['a block scalar with a blank line', 'a: >\n  one\n\n  two'],
    ['a block scalar with a deeper line', 'a: |\n  one\n    two'],
    ['a comment after a value', 'a: b # note'],
    ['null', 'a: ~'],
    ['a hex number', 'a: 0x1F'],
    ['an anchor', 'a: &x b'],
    ['a value folded over two lines', 'a: b\n  c'],
    ['a mapping inside a flow list', 'a: [b: c]'],
    ['a tab', 'a:\tb'],
    ['a duplicate key', 'a: b\na: c'],
    ['a document marker', '---\na: b'],
  ])('leaves %s to the yaml package', (_name, text) => {
    expect(parseSimpleYaml(text)).toBeNull();
  });

  it('reads the sample pack\'s FAQ front matter and timeline itself', () => {
    const faqs = readdirSync(join(ROOT, 'faq')).filter((name) => name.endsWith('.md'));
    const read = faqs.filter((name) => {
      const split = splitFrontMatter(readFileSync(join(ROOT, 'faq', name), 'utf8'), name);
      return split.ok && parseSimpleYaml(split.yaml) !== null;
    });
    // A few FAQs may fall outside the subset; nearly all must not, or the fast path is dead.
    expect(read.length).toBeGreaterThan(faqs.length * 0.9);
    expect(parseSimpleYaml(readFileSync(join(ROOT, 'consultation', 'timeline.yaml'), 'utf8'))).not.toBeNull();
  });
});

/** Every path to a node of `value`. */
function pathsOf(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const paths = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...prefix, k]));
  return paths;
}

const SAFE = ['a', 'b c', 'What is it?', "it's ok", 'x "y" z', '3 of us want 2 posts', 'a:b', 'tier:3', 'C#', 'a, b', 'é€', '"quoted, text"', "'single'", '2025-03-06', 'http://x.y', 'a  b', 'everyone', '7d', '1', '0.8', 'true', 'false'];
const TRICKY = ['a: b', 'a #c', '#c', '- a', '-a', '? a', ':a', '&x', '*x', '!t', '|', '>', '%a', '@a', '`a', '"a\\"b"', '"', "'", '""', "''", '-1', '+1', '.5', '007', '1.', '-0', '1e3', '0x1F', '0o7', '.inf', '.NaN', '~', 'null', 'True', 'tRue', 'FALSE', '2011-02-30', 'a\u00a0', '[a]', '{a}', 'a]', ' ', '', 'key:', 'a : b', 'a:#b', 'a::b', '12345678901234567890'];
const KEYS = ['id', 'title', 'source', 'audience', 'action', 'reminders', 'milestones', 'a-b', 'a_b', 'A1', 'no', 'x', 'true', '_x'];

/** YAML built from plain pieces, now and then bent out of the subset (odd indents, stray commas, comments). */
function yamlText(g: fc.GeneratorValue): string {
  // Unbiased: fast-check leans towards first and smallest values, which here means breaking the subset.
  const pick = <T,>(values: readonly T[]): T => g(fc.noBias, fc.constantFrom(...values));
  const chance = (p: number) => g(fc.noBias, fc.integer({ min: 0, max: 999 })) < p * 1000;
  const count = (max: number) => g(fc.noBias, fc.nat(max));
  const atom = () => (chance(0.85) ? pick(SAFE) : pick(TRICKY));
  const spaces = (n: number) => ' '.repeat(Math.max(0, n));
  const flow = (indent: number) => {
    const items = Array.from({ length: count(3) }, () => (chance(0.2) ? ' ' : '') + atom());
    const lineBreak = () => `${pick(['', ' # note'])}\n${chance(0.2) ? `${spaces(indent + pick([0, 2]))}# note\n` : ''}${spaces(indent + pick([-1, 0, 1, 2, 4]))}`;
    const joined = items.map((item, i) => (i > 0 && chance(0.25) ? lineBreak() : '') + item).join(pick([',', ', ', ' ,']));
    return `[${joined}${pick([']', ']', ' ]', `\n${spaces(indent + pick([-1, 0, 1, 2]))}]`, ',]', '] #c'])}`;
  };
  const blockScalar = (indent: number) => {
    const at = indent + pick([2, 2, 1, 0]);
    const lines = Array.from({ length: 1 + count(2) }, () => (chance(0.1) ? pick(['', spaces(at + 1)]) : spaces(at)) + pick(['some text', 'a: b # c', '- x', '"q"', 'tail ', '']));
    return `${pick(['>', '>-', '|', '|-', '>+', '> # c'])}\n${lines.join('\n')}`;
  };
  const mapping = (indent: number, depth: number): string => {
    const lines: string[] = [];
    const keys = [...KEYS];
    for (let i = 0, n = count(3); i <= n; i++) {
      // Now and then a key twice, which the subset must refuse.
      const key = chance(0.05) ? pick(KEYS) : keys.splice(count(keys.length - 1), 1)[0] ?? 'z';
      lines.push(`${spaces(indent + (chance(0.05) ? 1 : 0))}${key}:${value(indent, depth)}`);
      if (chance(0.1)) lines.push(pick(['', `${spaces(indent)}# note`, '   ']));
    }
    return lines.join('\n');
  };
  const list = (indent: number, depth: number): string =>
    Array.from({ length: 1 + count(2) }, () => {
      const dash = pick(['- ', '- ', '-  ', '-']);
      if (depth < 3 && chance(0.5)) return `${spaces(indent)}${dash}${mapping(indent + dash.length, depth + 1).trimStart()}`;
      return `${spaces(indent)}${dash}${chance(0.2) ? flow(indent) : atom()}`;
    }).join('\n');
  function value(indent: number, depth: number): string {
    const kind = depth > 2 ? count(3) : count(6);
    if (kind <= 1) return ` ${atom()}`;
    if (kind === 2) return ` ${flow(indent)}`;
    if (kind === 3) return ` ${blockScalar(indent)}`;
    if (kind <= 5) return `\n${mapping(indent + pick([2, 2, 1, 4, 0]), depth + 1)}`;
    return `\n${list(indent + pick([2, 2, 0, 1, 4]), depth + 1)}`;
  }
  return mapping(0, 0) + pick(['', '\n', '\n\n']);
}

describe('parseSimpleYaml against the yaml package', () => {
  it('gives the same value and the same line for every node and key, whenever it reads a document', () => {
    let read = 0;
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const text = yamlText(g);
        const simple = parseYaml(text, 'f.yaml', 1);
        if (parseSimpleYaml(text) === null) return;
        read++;
        const full = parseYamlDocument(text, 'f.yaml', 1);
        if (!full.ok || !simple.ok) throw new Error(`the yaml package rejects what the subset read:\n${text}`);
        expect(simple.yaml.value).toStrictEqual(full.yaml.value);
        expect(JSON.stringify(simple.yaml.value)).toBe(JSON.stringify(full.yaml.value));
        for (const path of pathsOf(full.yaml.value)) {
          for (const p of [path, [...path, 'missing'], [...path, 1], [...path, '1']]) {
            expect(simple.yaml.lineOf(p), `lineOf ${JSON.stringify(p)} in\n${text}`).toBe(full.yaml.lineOf(p));
          }
          for (const key of [...KEYS, 'missing']) {
            expect(simple.yaml.lineOfKey(path, key), `lineOfKey ${JSON.stringify(path)} ${key} in\n${text}`).toBe(full.yaml.lineOfKey(path, key));
          }
        }
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the subset often enough for the comparison to mean something.
    expect(read).toBeGreaterThan(300);
  });
});
