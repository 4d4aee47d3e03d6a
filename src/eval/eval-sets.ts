import { fileURLToPath } from 'node:url';

export const EVAL_DIR = fileURLToPath(new URL('../../test/eval/', import.meta.url));

export interface EvalSet {
  readonly file: string;
  readonly label: string;
  /** How the set was used while the engine was built: it says how far its figure can be trusted. */
  readonly use: string;
}

/** The first set: the lexicon and ranking were fitted to it, and the bench asks its questions. */
export const TUNING_SET: EvalSet = { file: `${EVAL_DIR}general.yaml`, label: 'general', use: 'tuned on' };

/**
 * The general question sets, in the order they were written. Each later set was written by
 * someone who had not seen the engine's answers to it; once a set's misses have been read
 * while improving the engine, its figure flatters, so the newest set is the honest one.
 */
export const GENERAL_SETS: readonly EvalSet[] = [
  TUNING_SET,
  { file: `${EVAL_DIR}holdout.yaml`, label: 'holdout', use: 'misses read while tuning' },
  { file: `${EVAL_DIR}blind.yaml`, label: 'blind', use: 'written blind, misses read while tuning' },
  { file: `${EVAL_DIR}fresh.yaml`, label: 'fresh', use: 'misses never read; its totals decided one setting' },
];

export const PERSONAL_SET = `${EVAL_DIR}personal.yaml`;
