import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/content/document.js';

const sections = (text: string) => {
  const result = parseDocument(text, 'consultation/document.md');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.document.sections.map(({ id, line, parentId, body }) => ({ id, line, parentId, body }));
};

describe('parseDocument', () => {
  it('gives each section the trimmed text between its heading and the next', () => {
    const text = '# One\n\nFirst paragraph.\n\nSecond.\n## Two\n### Three\n  indented text  \n\n# Four\nlast line, no line end';
    expect(sections(text)).toEqual([
      { id: 'one', line: 1, parentId: null, body: 'First paragraph.\n\nSecond.' },
      { id: 'two', line: 6, parentId: 'one', body: '' },
      { id: 'three', line: 7, parentId: 'two', body: 'indented text' },
      { id: 'four', line: 10, parentId: null, body: 'last line, no line end' },
    ]);
  });

  it('keeps a # line inside a code fence in the body', () => {
    const text = '# Code\n```\n# not a heading\n```\nafter\n~~~\n## nor this\n~~~\n# Next\n';
    expect(sections(text)).toEqual([
      { id: 'code', line: 1, parentId: null, body: '```\n# not a heading\n```\nafter\n~~~\n## nor this\n~~~' },
      { id: 'next', line: 9, parentId: null, body: '' },
    ]);
  });

  it('names the first line of text before any heading', () => {
    const result = parseDocument('\n\nstray text\n# Heading\n', 'consultation/document.md');
    expect(result).toEqual({
      ok: false,
      errors: [{ file: 'consultation/document.md', line: 3, field: null, message: 'text before the first heading belongs to no section; start the document with a # heading' }],
    });
  });
});
