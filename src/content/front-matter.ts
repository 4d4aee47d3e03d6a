import { contentError } from './content-error.js';
import type { ContentError } from './types.js';

export type FrontMatterResult =
  | { ok: true; yaml: string; body: string; bodyLine: number }
  | { ok: false; error: ContentError };

/** Splits `---` front matter from a Markdown body. The YAML starts on line 2 of the file. */
export function splitFrontMatter(text: string, file: string): FrontMatterResult {
  if (text.trim() === '') {
    return { ok: false, error: contentError(file, null, null, 'is empty; expected front matter between --- lines, then the answer') };
  }
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return { ok: false, error: contentError(file, 1, null, 'must start with a line of three dashes (---) opening the front matter') };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0) {
    return { ok: false, error: contentError(file, lines.length, null, 'front matter is not closed; add a line of three dashes (---) after it') };
  }
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n').trim(),
    bodyLine: close + 2,
  };
}
