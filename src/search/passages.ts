import type { ConsultationDocument, Section } from '../content/types.js';

export interface Passage {
  /** `making-appointments#3`: section id and the passage's place in it. */
  readonly id: string;
  readonly sectionId: string;
  /** `Section 6 – What happens next › Making appointments` */
  readonly heading: string;
  /** The passage as written in the document (Markdown), quotable as it stands. */
  readonly text: string;
}

/** A passage is a few sentences: long enough to answer, short enough to quote in a chat reply. */
const TARGET_WORDS = 90;
const MAX_WORDS = 180;

/**
 * Splits each section into quotable passages. Blocks (paragraphs, lists, tables) stay whole
 * where they fit; a paragraph that introduces a list (ends with a colon) stays with the list,
 * since the list makes no sense without it; long tables are cut into runs of rows that each
 * keep the header.
 */
export function splitPassages(document: ConsultationDocument): Passage[] {
  const byId = new Map(document.sections.map((s) => [s.id, s]));
  return document.sections.flatMap((section) => {
    const heading = headingPath(section, byId);
    return groupBlocks(blocksOf(section.body)).map((text, i) => ({
      id: `${section.id}#${i + 1}`,
      sectionId: section.id,
      heading,
      text,
    }));
  });
}

export function headingPath(section: Section, byId: ReadonlyMap<string, Section>): string {
  const titles: string[] = [];
  for (let s: Section | undefined = section; s; s = s.parentId === null ? undefined : byId.get(s.parentId)) {
    // The document's own title adds nothing to a citation.
    if (s.level > 1 || s === section) titles.unshift(s.title);
  }
  return titles.join(' › ');
}

/** How many words `text` has (runs of non-space); counted in place, as a 2 MB document is counted block by block. */
function words(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** What `\s` matches, as a character code. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function blocksOf(body: string): string[] {
  const blocks: string[] = [];
  for (const raw of body.split(/\n\s*\n/)) {
    const block = raw.trim();
    if (block === '') continue;
    if (isTable(block)) blocks.push(...tableChunks(block));
    else if (words(block) > MAX_WORDS && !isList(block)) blocks.push(...sentenceChunks(block));
    else blocks.push(block);
  }
  return blocks;
}

function groupBlocks(blocks: readonly string[]): string[] {
  const passages: string[] = [];
  let current: string[] = [];
  let count = 0;
  const flush = () => {
    if (current.length > 0) passages.push(current.join('\n\n'));
    current = [];
    count = 0;
  };
  for (const block of blocks) {
    const n = words(block);
    const previous = current[current.length - 1];
    const introducesThis = previous !== undefined && /:\s*$/.test(previous);
    if (!introducesThis && (count >= TARGET_WORDS || count + n > MAX_WORDS || isTable(block))) flush();
    current.push(block);
    count += n;
    if (isTable(block)) flush();
  }
  flush();
  return passages;
}

const isTable = (block: string) => block.startsWith('|');
const isList = (block: string) => /^\s*([-*]|\d+\.)\s/.test(block);

function tableChunks(table: string): string[] {
  const lines = table.split('\n');
  const header = lines.slice(0, 2);
  const rows = lines.slice(2);
  const chunks: string[] = [];
  for (let i = 0; i < rows.length; i += 12) chunks.push([...header, ...rows.slice(i, i + 12)].join('\n'));
  return chunks.length > 0 ? chunks : [table];
}

function sentenceChunks(paragraph: string): string[] {
  const sentences = paragraph.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [paragraph];
  const chunks: string[] = [];
  let current = '';
  let count = 0;
  for (const sentence of sentences) {
    const n = words(sentence);
    if (current !== '' && count + n > TARGET_WORDS) {
      chunks.push(current.trim());
      current = '';
      count = 0;
    }
    current += sentence;
    count += n;
  }
  if (current.trim() !== '') chunks.push(current.trim());
  return chunks;
}
