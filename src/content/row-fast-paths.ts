import type { z } from 'zod';
import { cellAt, type ColumnIndex } from './csv-table.js';
import { RULES, type postRow, type ringFenceRow, type staffRow } from './schemas.js';
import { CONTRACTS, POST_CHANGES, PUBLICATION_STATES, RING_FENCE_BASES, type GradeBand } from './types.js';
import { isRealDate } from './values.js';

/**
 * The CSV row schemas (schemas.ts) checked by hand, for speed: zod spends about 10 µs on a
 * staff row, 200 ms on a 20,000-person list, most of a reload. A fast path returns the
 * row exactly as its schema would, or null when it is not sure the row is valid; the loader
 * then asks zod, so every error message still comes from the schema. A fast path may
 * therefore be stricter than its schema, never looser (test/content/row-fast-paths.test.ts
 * holds them to that).
 */
export type FastRow<T> = (cells: readonly string[], at: ColumnIndex) => T | null;

/**
 * A cell as the schemas' text cells see it. The CSV reader already trims, but an enum or
 * a blank literal compares the cell as given, so each check below uses what its schema uses.
 */
function cell(cells: readonly string[], at: ColumnIndex, name: string): string {
  return cellAt(cells, at, name).trim();
}

/** z.union([blank, rule]): the cell exactly '' stays ''; else the trimmed cell must pass. */
function blankOr(value: string, test: (trimmed: string) => boolean): string | undefined {
  if (value === '') return '';
  const trimmed = value.trim();
  return test(trimmed) ? trimmed : undefined;
}

/** optionalNumberCell: blank is null; undefined when the text is not a number `check` accepts. */
function optionalNumber(value: string, check: (n: number) => boolean): number | null | undefined {
  if (value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && check(n) ? n : undefined;
}

/**
 * An enum cell as the list's own string, or undefined: equal to the cell, but 20,000 staff
 * then share one "permanent" instead of holding a copy each.
 */
function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return values.find((v) => v === value);
}

export const staffRowFast: FastRow<z.output<typeof staffRow>> = (cells, at) => {
  const id = cell(cells, at, 'employee_id');
  const name = cell(cells, at, 'name');
  const email = cell(cells, at, 'email');
  const slack = blankOr(cellAt(cells, at, 'slack_user_id'), (v) => RULES.slackUserId.test(v));
  const postId = cell(cells, at, 'post_id');
  const grade = cell(cells, at, 'grade');
  const fte = optionalNumber(cell(cells, at, 'fte'), RULES.isStaffFte);
  const managerId = cell(cells, at, 'manager_id');
  const serviceStart = cell(cells, at, 'service_start');
  const contract = oneOf(CONTRACTS, cellAt(cells, at, 'contract'));
  const dateOfBirth = blankOr(cellAt(cells, at, 'date_of_birth'), isRealDate);
  const weeklyPay = optionalNumber(cell(cells, at, 'weekly_pay'), RULES.isWeeklyPay);
  if (
    !RULES.employeeId.test(id) ||
    name === '' ||
    !RULES.email.test(email) ||
    slack === undefined ||
    postId === '' ||
    grade === '' ||
    fte === null ||
    fte === undefined ||
    !isRealDate(serviceStart) ||
    contract === undefined ||
    dateOfBirth === undefined ||
    weeklyPay === undefined
  ) {
    return null;
  }
  return {
    id,
    name,
    email: email.toLowerCase(),
    slackUserId: slack || null,
    postId,
    grade,
    fte,
    managerId: managerId || null,
    serviceStart,
    contract,
    dateOfBirth: dateOfBirth || null,
    weeklyPay,
  };
};

/** gradeBandCell: blank is null; undefined when it is not a grade or an ascending range. */
function gradeBand(value: string): GradeBand | null | undefined {
  if (value === '') return null;
  const m = RULES.gradeBand.exec(value);
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  return max < min ? undefined : { min, max };
}

export const postRowFast: FastRow<z.output<typeof postRow>> = (cells, at) => {
  const id = cell(cells, at, 'id');
  const title = cell(cells, at, 'title');
  const service = cell(cells, at, 'service');
  const tier = optionalNumber(cell(cells, at, 'tier'), RULES.isTier);
  const grade = cell(cells, at, 'grade');
  const payScale = cell(cells, at, 'pay_scale');
  const band = gradeBand(cell(cells, at, 'grade_band'));
  const fte = optionalNumber(cell(cells, at, 'fte'), RULES.isPostFte);
  const change = oneOf(POST_CHANGES, cellAt(cells, at, 'change'));
  const source = cell(cells, at, 'source');
  const note = cell(cells, at, 'note');
  if (
    !RULES.postId.test(id) ||
    title === '' ||
    service === '' ||
    tier === undefined ||
    grade === '' ||
    payScale === '' ||
    band === undefined ||
    fte === undefined ||
    change === undefined ||
    !RULES.slugId.test(source)
  ) {
    return null;
  }
  return {
    id,
    title,
    service,
    tier,
    grade,
    payScale,
    gradeBand: band,
    fte,
    change,
    source,
    ...(note ? { note } : {}),
  };
};

export const ringFenceRowFast: FastRow<z.output<typeof ringFenceRow>> = (cells, at) => {
  const newPostId = cell(cells, at, 'new_post_id');
  const currentPostId = cell(cells, at, 'current_post_id');
  const basis = oneOf(RING_FENCE_BASES, cellAt(cells, at, 'basis'));
  const state = oneOf(PUBLICATION_STATES, cellAt(cells, at, 'state'));
  const note = cell(cells, at, 'note');
  if (newPostId === '' || currentPostId === '' || basis === undefined || state === undefined) return null;
  return {
    newPostId: newPostId.toLowerCase() === 'none' ? null : newPostId,
    currentPostId,
    basis,
    state,
    ...(note ? { note } : {}),
  };
};
