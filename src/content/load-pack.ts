import { resolve } from 'node:path';
import { sortContentErrors } from './content-error.js';
import { crossCheck, packMaps } from './cross-checks.js';
import {
  readConsultation,
  readDocument,
  readFaqs,
  readPolicies,
  readPosts,
  readRingFences,
  readStaff,
  readTimeline,
} from './pack-files.js';
import type { ContentError, ContentPack } from './types.js';

export type LoadResult = { ok: true; pack: ContentPack } | { ok: false; errors: ContentError[] };

/**
 * Reads and validates a whole pack. Every file is read even after an error, so HR sees
 * all the problems in one run; a pack is returned only when there are none.
 */
export function loadPack(dir: string): LoadResult {
  const root = resolve(dir);
  const errors: ContentError[] = [];
  const parts = {
    consultation: readConsultation(root, errors),
    document: readDocument(root, errors),
    posts: readPosts(root, errors),
    ringFences: readRingFences(root, errors),
    staff: readStaff(root, errors),
    timeline: readTimeline(root, errors),
    faqs: readFaqs(root, errors),
    policies: readPolicies(root, errors),
  };
  const maps = packMaps(parts);
  errors.push(...crossCheck(parts, maps));
  if (errors.length > 0 || parts.consultation === null || parts.document === null) {
    return { ok: false, errors: sortContentErrors(errors) };
  }
  const pack: ContentPack = {
    dir: root,
    consultation: parts.consultation.value,
    document: parts.document,
    posts: maps.posts,
    ringFences: parts.ringFences.map((r) => r.value),
    staff: maps.staff,
    timeline: parts.timeline.map((m) => m.value),
    faqs: parts.faqs.map((f) => f.value),
    policies: parts.policies.map((r) => r.value),
  };
  return { ok: true, pack: deepFreeze(pack) };
}

/** Maps are frozen too: freezing a Map does not stop set(), so wrap its mutators. */
function deepFreeze<T>(value: T): T {
  if (value instanceof Map) {
    for (const v of value.values()) deepFreeze(v);
    const refuse = () => {
      throw new TypeError('the content pack is immutable');
    };
    Object.defineProperties(value, { set: { value: refuse }, delete: { value: refuse }, clear: { value: refuse } });
    return Object.freeze(value);
  }
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // A pack holds hundreds of thousands of values, nearly all text and numbers: look at
    // each in place, without Object.values' array per object or a call per string.
    if (Array.isArray(value)) {
      for (const v of value) if (typeof v === 'object' && v !== null) deepFreeze(v);
    } else {
      const record = value as Record<string, unknown>;
      for (const key in record) {
        const v = record[key];
        if (typeof v === 'object' && v !== null) deepFreeze(v);
      }
    }
  }
  return value;
}
