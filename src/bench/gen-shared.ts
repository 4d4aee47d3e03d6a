import type { Service } from './vocabulary.js';

/** A service and the stem of its section ids in the generated document. */
export interface ServiceSections {
  readonly service: Service;
  /** Section id stem, e.g. `early-help`; the document's sections for the service start with it. */
  readonly slug: string;
}

export const sectionIds = (slug: string) => ({
  overview: `${slug}-overview`,
  views: `${slug}-views-wanted`,
  deleted: `${slug}-posts-for-deletion`,
  created: `${slug}-posts-for-creation`,
  continuing: `${slug}-posts-continuing`,
});

/** Generated records are built in steps (a post's FTE once its pool is known); the pack's types are read-only. */
export const mutable = <T>(value: T): { -readonly [K in keyof T]: T[K] } => value as { -readonly [K in keyof T]: T[K] };

export const round2 = (n: number) => Math.round(n * 100) / 100;
