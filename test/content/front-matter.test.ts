import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/content/front-matter.js';

describe('splitFrontMatter', () => {
  it('splits the YAML from the answer and says where the answer starts', () => {
    expect(splitFrontMatter('--- \nid: a\nquestion: Why?\n ---\n\nBecause.\n\nReally.\n', 'faq/a.md')).toEqual({
      ok: true,
      yaml: 'id: a\nquestion: Why?',
      body: 'Because.\n\nReally.',
      bodyLine: 5,
    });
  });

  it('reads front matter with no YAML lines and no answer', () => {
    expect(splitFrontMatter('---\n---', 'faq/a.md')).toEqual({ ok: true, yaml: '', body: '', bodyLine: 3 });
  });

  it('names the last line when the front matter is never closed', () => {
    expect(splitFrontMatter('---\nid: a\n\n', 'faq/a.md')).toEqual({
      ok: false,
      error: { file: 'faq/a.md', line: 4, field: null, message: 'front matter is not closed; add a line of three dashes (---) after it' },
    });
  });
});
