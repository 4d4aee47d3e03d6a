import { fileURLToPath } from 'node:url';

export const EVAL_DIR = fileURLToPath(new URL('../../test/eval/', import.meta.url));

export interface EvalSet {
  readonly file: string;
  readonly label: string;
  /** How the set was used while the engine was built: it says how far its figure can be trusted. */
  readonly use: string;
  /**
   * Whether its misses are still unread. `npm run eval` lists them only when asked, so that
   * running it does not turn the set into one more that the engine was tuned on.
   */
  readonly unread: boolean;
}

/** The first set: the lexicon and ranking were fitted to it, and the bench asks its questions. */
export const TUNING_SET: EvalSet = { file: `${EVAL_DIR}general.yaml`, label: 'general', use: 'tuned on', unread: false };

/**
 * The general question sets, in the order they were written. Each later set was written by
 * someone who had not seen the engine's answers to it; once a set's misses have been read
 * while improving the engine, its figure flatters, so the newest set is the honest one.
 */
export const GENERAL_SETS: readonly EvalSet[] = [
  TUNING_SET,
  { file: `${EVAL_DIR}holdout.yaml`, label: 'holdout', use: 'misses read while tuning', unread: false },
  { file: `${EVAL_DIR}blind.yaml`, label: 'blind', use: 'written blind, misses read while tuning', unread: false },
  { file: `${EVAL_DIR}fresh.yaml`, label: 'fresh', use: 'written blind, misses read while tuning', unread: false },
  { file: `${EVAL_DIR}sealed.yaml`, label: 'sealed', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}unseen.yaml`, label: 'unseen', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}reserve.yaml`, label: 'reserve', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}spare.yaml`, label: 'spare', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}latest.yaml`, label: 'latest', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}final.yaml`, label: 'final', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}extra.yaml`, label: 'extra', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}closing.yaml`, label: 'closing', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}further.yaml`, label: 'further', use: 'written blind, scored twice unread, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}coda.yaml`, label: 'coda', use: 'written blind, scored twice unread, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}sequel.yaml`, label: 'sequel', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}epilogue.yaml`, label: 'epilogue', use: 'written blind, scored twice unread, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}appendix.yaml`, label: 'appendix', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}postscript.yaml`, label: 'postscript', use: 'written blind, scored once, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}afterword.yaml`, label: 'afterword', use: 'written blind, scored twice unread, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}encore.yaml`, label: 'encore', use: 'written blind, scored twice unread, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}addendum.yaml`, label: 'addendum', use: 'written blind, scored twice unread, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}reprise.yaml`, label: 'reprise', use: 'written blind, scored twice unread, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}rider.yaml`, label: 'rider', use: 'written blind, scored five times unread, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}footnote.yaml`, label: 'footnote', use: 'written blind, scored five times unread, then misses read while tuning', unread: false },
  { file: `${EVAL_DIR}insert.yaml`, label: 'insert', use: 'written blind, scored unread', unread: true },
  { file: `${EVAL_DIR}errata.yaml`, label: 'errata', use: 'written blind, scored unread', unread: true },
  { file: `${EVAL_DIR}glossary.yaml`, label: 'glossary', use: 'written blind, scored once unread', unread: true },
];

export const PERSONAL_SET = `${EVAL_DIR}personal.yaml`;
