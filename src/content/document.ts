import { contentError } from './content-error.js';
import type { ConsultationDocument, ContentError, Section } from './types.js';

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/;
const VALID_ID = /^[a-z0-9][a-z0-9-]*$/;

/** `Section 6 – What happens next` -> `section-6-what-happens-next` */
export function slugify(heading: string): string {
  return heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export type DocumentResult = { ok: true; document: ConsultationDocument } | { ok: false; errors: ContentError[] };

/**
 * Splits the consultation document into sections at its headings. Section ids are what
 * every citation points at, so they must be unique and must not drift when wording is
 * edited; an explicit `{#id}` pins one.
 */
export function parseDocument(text: string, file: string): DocumentResult {
  const lines = text.split('\n');
  const errors: ContentError[] = [];
  const sections: { id: string; title: string; level: number; line: number; bodyLines: string[] }[] = [];
  const firstLineOfId = new Map<string, number>();
  let inFence = false;
  let orphanLine: number | null = null;

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(raw);
    if (!m) {
      const current = sections[sections.length - 1];
      if (current) current.bodyLines.push(raw);
      else if (raw.trim() !== '' && orphanLine === null) orphanLine = lineNo;
      return;
    }
    let title = m[2] ?? '';
    let id: string;
    const explicit = EXPLICIT_ID.exec(title);
    if (explicit) {
      id = (explicit[1] ?? '').trim();
      title = title.slice(0, explicit.index).trim();
      if (!VALID_ID.test(id)) {
        errors.push(contentError(file, lineNo, 'heading id', `{#${id}} is not a valid id; use lower-case letters, digits and dashes`));
      }
    } else {
      id = slugify(title);
    }
    if (title === '' || id === '') {
      errors.push(contentError(file, lineNo, 'heading', 'has no text; write the section title after the #'));
      return;
    }
    const earlier = firstLineOfId.get(id);
    if (earlier !== undefined) {
      errors.push(contentError(file, lineNo, 'heading id', `"${id}" is already the id of the section on line ${earlier}; give this heading its own id with {#some-id}`));
    } else {
      firstLineOfId.set(id, lineNo);
    }
    sections.push({ id, title, level: (m[1] ?? '#').length, line: lineNo, bodyLines: [] });
  });

  if (sections.length === 0) {
    errors.push(contentError(file, null, null, text.trim() === '' ? 'is empty; expected the consultation document in Markdown with # headings' : 'has no headings; start each section with a # heading'));
  } else if (orphanLine !== null) {
    errors.push(contentError(file, orphanLine, null, 'text before the first heading belongs to no section; start the document with a # heading'));
  }
  if (errors.length > 0) return { ok: false, errors };

  const stack: { id: string; level: number }[] = [];
  const result: Section[] = sections.map((s) => {
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= s.level) stack.pop();
    const parentId = stack[stack.length - 1]?.id ?? null;
    stack.push({ id: s.id, level: s.level });
    return { id: s.id, title: s.title, level: s.level, parentId, line: s.line, body: s.bodyLines.join('\n').trim() };
  });
  return { ok: true, document: { sections: result } };
}
