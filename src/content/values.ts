import { isIsoDate } from '../time/calendar.js';
import type { Audience, LocalDateTime } from './types.js';

/** A real calendar date written YYYY-MM-DD (2011-02-30 is not one). */
export const isRealDate = isIsoDate;

/**
 * Small parsers for the values HR writes in pack files. Each returns null when the text is
 * not valid, so schemas can say exactly what was expected.
 */

/** `2011-02-16 09:30` or `2011-02-16T09:30` (wall clock in the pack's zone) -> `2011-02-16T09:30`. */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m || !isRealDate(m[1] ?? '')) return null;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59) return null;
  return `${m[1]}T${String(hour).padStart(2, '0')}:${m[3]}`;
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

/** `7d`, `36h`, `30m` before a milestone -> minutes. */
export function parseOffset(text: string): number | null {
  const m = /^(\d{1,3})\s*([dhm])$/.exec(text.trim().toLowerCase());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] === 'd' ? 24 * 60 : m[2] === 'h' ? 60 : 1;
  return n * unit;
}

export const AUDIENCE_HELP =
  'expected everyone, at-risk, ring-fenced, managers, tier:N, pool:NEW_POST_ID or employee:EMPLOYEE_ID';

export function parseAudience(text: string): Audience | null {
  const value = text.trim();
  switch (value.toLowerCase()) {
    case 'everyone':
      return { kind: 'everyone' };
    case 'at-risk':
      return { kind: 'at-risk' };
    case 'ring-fenced':
      return { kind: 'ring-fenced' };
    case 'managers':
      return { kind: 'managers' };
  }
  const m = /^(tier|pool|employee)\s*:\s*(\S+)$/i.exec(value);
  if (!m) return null;
  const arg = m[2] ?? '';
  switch (m[1]?.toLowerCase()) {
    case 'tier':
      return /^\d{1,2}$/.test(arg) ? { kind: 'tier', tier: Number(arg) } : null;
    case 'pool':
      return { kind: 'pool', newPostId: arg };
    default:
      return { kind: 'employee', employeeId: arg };
  }
}

export function audienceLabel(audience: Audience): string {
  switch (audience.kind) {
    case 'tier':
      return `tier:${audience.tier}`;
    case 'pool':
      return `pool:${audience.newPostId}`;
    case 'employee':
      return `employee:${audience.employeeId}`;
    default:
      return audience.kind;
  }
}
