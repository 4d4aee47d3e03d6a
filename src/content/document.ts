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
  const errors: ContentError[] = [];
  /**
   * A section's body is every line from the one after its heading to the one before the
   * next heading: kept as offsets into the text and cut out once at the end, rather than
   * as an array of lines joined again, which for a 2 MB document is a copy of it.
   */
  const sections: { id: string; title: string; level: number; line: number; bodyStart: number; bodyEnd: number }[] = [];
  const firstLineOfId = new Map<string, number>();
  let inFence = false;
  let orphanLine: number | null = null;

  let lineNo = 0;
  for (let start = 0; ; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(start, end);
    lineNo++;
    // Both tests only run where they can match: a fence line holds ``` or ~~~, a heading starts with #.
    if ((raw.includes('```') || raw.includes('~~~')) && /^\s*(```|~~~)/.test(raw)) inFence = !inFence;
    const m = inFence || raw.charCodeAt(0) !== 35 ? null : HEADING.exec(raw);
    if (m) {
      const section = headingSection(m, lineNo, file, errors, firstLineOfId);
      if (section !== null) {
        const previous = sections[sections.length - 1];
        if (previous) previous.bodyEnd = start - 1;
        sections.push({ id: section.id, title: section.title, level: section.level, line: section.line, bodyStart: end + 1, bodyEnd: text.length });
      }
    } else if (sections.length === 0 && orphanLine === null && raw.trim() !== '') {
      orphanLine = lineNo;
    }
    if (newline < 0) break;
    start = newline + 1;
  }

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
    return { id: s.id, title: s.title, level: s.level, parentId, line: s.line, body: text.slice(s.bodyStart, s.bodyEnd).trim() };
  });
  return { ok: true, document: { sections: result } };
}

/** A heading line's section, or null (with its error pushed) when it has no usable id or title. */
function headingSection(
  m: RegExpExecArray,
  lineNo: number,
  file: string,
  errors: ContentError[],
  firstLineOfId: Map<string, number>,
): { id: string; title: string; level: number; line: number } | null {
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
    return null;
  }
  const earlier = firstLineOfId.get(id);
  if (earlier !== undefined) {
    errors.push(contentError(file, lineNo, 'heading id', `"${id}" is already the id of the section on line ${earlier}; give this heading its own id with {#some-id}`));
  } else {
    firstLineOfId.set(id, lineNo);
  }
  return { id, title, level: (m[1] ?? '#').length, line: lineNo };
}
