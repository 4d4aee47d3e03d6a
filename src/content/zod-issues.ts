import type { z } from 'zod';
import { contentError, shown } from './content-error.js';
import type { ContentError } from './types.js';

export type IssuePath = readonly PropertyKey[];

/**
 * Turns zod's issues into ContentErrors in HR's vocabulary: the field as written in the
 * file (`rules[2].parameters.multiplier`), its line, and what was expected.
 */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  locate: (path: IssuePath, key?: string) => number | null,
  fieldPrefix: IssuePath = [],
): ContentError[] {
  return issues.flatMap((issue) => {
    const path = [...fieldPrefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        contentError(file, locate(path, key), fieldName([...path, key]), 'is not a field here; check the spelling against the README'),
      );
    }
    return [contentError(file, locate(path), fieldName(path) || null, describe(issue))];
  });
}

export function fieldName(path: IssuePath): string {
  return path.reduce<string>((name, part) => {
    if (typeof part === 'number') return `${name}[${part}]`;
    return name === '' ? String(part) : `${name}.${String(part)}`;
  }, '');
}

function describe(issue: z.core.$ZodIssue): string {
  // Our schemas carry their own messages; zod's defaults start "Invalid input".
  const isDefault = issue.message.startsWith('Invalid input');
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return isDefault ? `is required (${expectedNoun(issue.expected)})` : `is required: ${issue.message}`;
    return `${isDefault ? `expected ${expectedNoun(issue.expected)}` : issue.message}, found ${shown(issue.input)}`;
  }
  if (issue.code === 'invalid_union' && issue.input !== undefined && isDefault) {
    return `${shown(issue.input)} is not valid here`;
  }
  return issue.message;
}

function expectedNoun(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a set of fields';
    default:
      return expected;
  }
}
