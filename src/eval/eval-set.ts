import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const generalItem = z.union([
  z.strictObject({ q: z.string(), facts: z.array(z.string().min(1)).min(1), why: z.string().optional() }),
  z.strictObject({ q: z.string(), abstain: z.literal(true), why: z.string().optional() }),
]);

const personalItem = z.strictObject({
  as: z.string().min(1),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  q: z.string().min(1),
  facts: z.array(z.string().min(1)).default([]),
  absent: z.array(z.string().min(1)).default([]),
  why: z.string().optional(),
});

export type GeneralItem = z.infer<typeof generalItem>;
export type PersonalItem = z.infer<typeof personalItem>;

function readList<T>(path: string, schema: z.ZodType<T>): T[] {
  const parsed = z.array(schema).safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: item ${String(issue?.path[0])}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export const readGeneralSet = (path: string): GeneralItem[] => readList(path, generalItem);
export const readPersonalSet = (path: string): PersonalItem[] => readList(path, personalItem);

/** Facts are checked as case-insensitive substrings once whitespace and Markdown emphasis are collapsed. */
export function containsFact(text: string, fact: string): boolean {
  const norm = (s: string) => s.replace(/[*_]/g, '').replace(/\s+/g, ' ').toLowerCase();
  return norm(text).includes(norm(fact));
}
