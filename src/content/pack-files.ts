import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { contentError } from './content-error.js';
import { cellsByName, eachCsvRow, type CsvColumns } from './csv-table.js';
import { parseDocument } from './document.js';
import { faqFrontMatterFast } from './faq-fast-path.js';
import { splitFrontMatter } from './front-matter.js';
import { readPackText } from './read-text.js';
import { postRowFast, ringFenceRowFast, staffRowFast, type FastRow } from './row-fast-paths.js';
import {
  consultationFile,
  faqFrontMatter,
  milestoneSchema,
  policyFile,
  policyRule,
  POST_COLUMNS,
  postRow,
  RING_FENCE_COLUMNS,
  ringFenceRow,
  STAFF_COLUMNS,
  staffRow,
  timelineFile,
} from './schemas.js';
import type {
  Consultation,
  ConsultationDocument,
  ContentError,
  Employee,
  Faq,
  Milestone,
  PolicyRule,
  Post,
  RingFence,
} from './types.js';
import { emptyYamlError, parseYaml, type ParsedYaml } from './yaml-file.js';
import { issuesToErrors } from './zod-issues.js';

/** A value read from a pack file, with where it came from so later checks can point at it. */
export interface Located<T> {
  readonly value: T;
  readonly file: string;
  readonly line: number | null;
  /** Line of one of the item's fields (YAML items); falls back to the item's line. */
  readonly lineOf: (field: string) => number | null;
}

/** Errors go into the shared list; a reader returns what it could read so later checks still run. */
type Errors = ContentError[];

export const FILES = {
  consultation: 'consultation/consultation.yaml',
  document: 'consultation/document.md',
  posts: 'consultation/posts.csv',
  ringFences: 'consultation/ringfences.csv',
  staff: 'consultation/staff.csv',
  timeline: 'consultation/timeline.yaml',
} as const;

function readText(dir: string, file: string, errors: Errors): string | null {
  const result = readPackText(join(dir, file), file);
  if (!result.ok) {
    errors.push(result.error);
    return null;
  }
  return result.text;
}

function readYaml(dir: string, file: string, expected: string, errors: Errors): ParsedYaml | null {
  const text = readText(dir, file, errors);
  if (text === null) return null;
  if (text.trim() === '') {
    errors.push(emptyYamlError(file, expected));
    return null;
  }
  const parsed = parseYaml(text, file);
  if (!parsed.ok) {
    errors.push(...parsed.errors);
    return null;
  }
  return parsed.yaml;
}

export function readConsultation(dir: string, errors: Errors): Located<Consultation> | null {
  const file = FILES.consultation;
  const yaml = readYaml(dir, file, 'the consultation settings (title, organisation, time_zone, ...)', errors);
  if (yaml === null) return null;
  const parsed = consultationFile.safeParse(yaml.value, { reportInput: true });
  if (!parsed.success) {
    errors.push(...issuesToErrors(parsed.error.issues, file, (path, key) => (key ? yaml.lineOfKey(path, key) : yaml.lineOf(path))));
    return null;
  }
  return { value: parsed.data, file, line: 1, lineOf: (field) => yaml.lineOf(field.split('.')) };
}

export function readDocument(dir: string, errors: Errors): ConsultationDocument | null {
  const text = readText(dir, FILES.document, errors);
  if (text === null) return null;
  const parsed = parseDocument(text, FILES.document);
  if (!parsed.ok) {
    errors.push(...parsed.errors);
    return null;
  }
  return parsed.document;
}

/**
 * A CSV row's value and line. Every field of a row is on the row's line, so lineOf is one
 * method on the prototype rather than a closure for each of 20,000 rows.
 */
class CsvLocated<T> implements Located<T> {
  constructor(
    readonly value: T,
    readonly file: string,
    readonly line: number,
  ) {}

  lineOf(): number {
    return this.line;
  }
}

function readCsv<S extends z.ZodType>(
  dir: string,
  file: string,
  columns: CsvColumns,
  schema: S,
  fast: FastRow<z.output<S>>,
  errors: Errors,
): Located<z.output<S>>[] {
  const text = readText(dir, file, errors);
  if (text === null) return [];
  const known = [...columns.required, ...columns.optional];
  const rows: Located<z.output<S>>[] = [];
  const rowErrors: ContentError[] = [];
  const tableErrors = eachCsvRow(text, file, columns, (cells, line, at) => {
    // Valid rows take the fast path; zod sees the rest, so its messages name the problems.
    const value = fast(cells, at);
    if (value !== null) {
      rows.push(new CsvLocated(value, file, line));
      return;
    }
    const parsed = schema.safeParse(cellsByName(cells, at, known), { reportInput: true });
    if (parsed.success) {
      rows.push(new CsvLocated(parsed.data, file, line));
    } else {
      rowErrors.push(...issuesToErrors(parsed.error.issues, file, () => line));
    }
  });
  // A file that is not a table at all reports only that, as parseCsvTable does.
  if (tableErrors.length > 0) {
    errors.push(...tableErrors);
    return [];
  }
  errors.push(...rowErrors);
  return rows;
}

export const readPosts = (dir: string, errors: Errors): Located<Post>[] =>
  readCsv(dir, FILES.posts, POST_COLUMNS, postRow, postRowFast, errors);

export const readRingFences = (dir: string, errors: Errors): Located<RingFence>[] =>
  readCsv(dir, FILES.ringFences, RING_FENCE_COLUMNS, ringFenceRow, ringFenceRowFast, errors);

export const readStaff = (dir: string, errors: Errors): Located<Employee>[] =>
  readCsv(dir, FILES.staff, STAFF_COLUMNS, staffRow, staffRowFast, errors);

export function readTimeline(dir: string, errors: Errors): Located<Milestone>[] {
  const file = FILES.timeline;
  const yaml = readYaml(dir, file, 'a list of milestones under "milestones:"', errors);
  if (yaml === null) return [];
  const locate = (path: readonly PropertyKey[], key?: string) => (key ? yaml.lineOfKey(path, key) : yaml.lineOf(path));
  const top = timelineFile.safeParse(yaml.value, { reportInput: true });
  if (!top.success) {
    errors.push(...issuesToErrors(top.error.issues, file, locate));
    return [];
  }
  const milestones: Located<Milestone>[] = [];
  top.data.milestones.forEach((raw, i) => {
    const parsed = milestoneSchema.safeParse(raw, { reportInput: true });
    const line = yaml.lineOf(['milestones', i]);
    if (!parsed.success) {
      errors.push(...issuesToErrors(parsed.error.issues, file, locate, ['milestones', i]));
      return;
    }
    milestones.push({
      value: { ...parsed.data, line: line ?? 0 },
      file,
      line,
      lineOf: (field) => yaml.lineOf(['milestones', i, ...field.split('.')]),
    });
  });
  return milestones;
}

function listFiles(dir: string, folder: string, extension: string, errors: Errors): string[] {
  try {
    return readdirSync(join(dir, folder))
      .filter((name) => name.endsWith(extension) && !name.startsWith('.'))
      .sort()
      .map((name) => `${folder}/${name}`);
  } catch {
    errors.push(contentError(`${folder}/`, null, null, `folder is missing; a pack holds consultation/, faq/ and policies/`));
    return [];
  }
}

export function readFaqs(dir: string, errors: Errors): Located<Faq>[] {
  const faqs: Located<Faq>[] = [];
  for (const file of listFiles(dir, 'faq', '.md', errors)) {
    const text = readText(dir, file, errors);
    if (text === null) continue;
    const faq = parseFaqText(text, file, errors);
    if (faq !== null) faqs.push(faq);
  }
  return faqs;
}

/**
 * One FAQ file's text (already decoded) -> the FAQ, or null with its errors pushed. The
 * loader and HR's authoring from Slack and the terminal both use it, so an FAQ is checked
 * the same way wherever it is written.
 */
export function parseFaqText(text: string, file: string, errors: Errors): Located<Faq> | null {
  const split = splitFrontMatter(text, file);
  if (!split.ok) {
    errors.push(split.error);
    return null;
  }
  const yaml = parseYaml(split.yaml, file, 1);
  if (!yaml.ok) {
    errors.push(...yaml.errors);
    return null;
  }
  const locate = (path: readonly PropertyKey[], key?: string) => (key ? yaml.yaml.lineOfKey(path, key) : yaml.yaml.lineOf(path));
  const input = yaml.yaml.value ?? {};
  // Valid front matter takes the fast path; zod sees the rest, so its messages name the problems.
  const fast = faqFrontMatterFast(input);
  const parsed = fast !== null ? ({ success: true, data: fast } as const) : faqFrontMatter.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    errors.push(...issuesToErrors(parsed.error.issues, file, locate));
    return null;
  }
  if (split.body === '') {
    errors.push(contentError(file, split.bodyLine, 'answer', 'is missing; write the answer in Markdown after the closing ---'));
    return null;
  }
  return {
    value: { ...parsed.data, file, answer: split.body },
    file,
    line: 1,
    lineOf: (field) => yaml.yaml.lineOf([field]),
  };
}

export function readPolicies(dir: string, errors: Errors): Located<PolicyRule>[] {
  const rules: Located<PolicyRule>[] = [];
  for (const file of listFiles(dir, 'policies', '.yaml', errors)) {
    const yaml = readYaml(dir, file, 'a list of rules under "rules:"', errors);
    if (yaml === null) continue;
    const locate = (path: readonly PropertyKey[], key?: string) => (key ? yaml.lineOfKey(path, key) : yaml.lineOf(path));
    const top = policyFile.safeParse(yaml.value, { reportInput: true });
    if (!top.success) {
      errors.push(...issuesToErrors(top.error.issues, file, locate));
      continue;
    }
    top.data.rules.forEach((raw, i) => {
      const parsed = policyRule.safeParse(raw, { reportInput: true });
      if (!parsed.success) {
        errors.push(...issuesToErrors(parsed.error.issues, file, locate, ['rules', i]));
        return;
      }
      rules.push({
        value: { ...parsed.data, file },
        file,
        line: yaml.lineOf(['rules', i]),
        lineOf: (field) => yaml.lineOf(['rules', i, ...field.split('.')]),
      });
    });
  }
  return rules;
}
