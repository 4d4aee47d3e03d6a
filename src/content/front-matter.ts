import { contentError } from './content-error.js';
import type { ContentError } from './types.js';

export type FrontMatterResult =
  | { ok: true; yaml: string; body: string; bodyLine: number }
  | { ok: false; error: ContentError };

/**
 * Splits `---` front matter from a Markdown body. The YAML starts on line 2 of the file.
 * Lines are found by offset and only the front matter's are looked at: the answer after it
 * is cut out whole.
 */
export function splitFrontMatter(text: string, file: string): FrontMatterResult {
  if (text.trim() === '') {
    return { ok: false, error: contentError(file, null, null, 'is empty; expected front matter between --- lines, then the answer') };
  }
  const firstEnd = lineEnd(text, 0);
  if (text.slice(0, firstEnd).trim() !== '---') {
    return { ok: false, error: contentError(file, 1, null, 'must start with a line of three dashes (---) opening the front matter') };
  }
  const yamlStart = firstEnd + 1;
  let lines = 1;
  for (let start = yamlStart; start <= text.length; ) {
    const end = lineEnd(text, start);
    lines++;
    if (text.slice(start, end).trim() === '---') {
      return {
        ok: true,
        yaml: text.slice(yamlStart, start - 1),
        body: text.slice(end + 1).trim(),
        bodyLine: lines + 1,
      };
    }
    start = end + 1;
  }
  return { ok: false, error: contentError(file, lines, null, 'front matter is not closed; add a line of three dashes (---) after it') };
}

/** Where the line starting at `start` ends: its newline, or the end of the text. */
function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline < 0 ? text.length : newline;
}
