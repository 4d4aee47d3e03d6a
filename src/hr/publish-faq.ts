import type { ReloadResult } from '../content/live-pack.js';
import type { ContentError, ContentPack } from '../content/types.js';
import type { Store } from '../store/store.js';
import { saveFaq, type FaqInput, type FaqTarget } from './faq-file.js';
import type { WriteBytes } from './write-file-atomic.js';

export interface PublishFaqOptions {
  readonly dir: string;
  readonly pack: ContentPack;
  readonly store: Store;
  readonly target: FaqTarget;
  readonly input: FaqInput;
  /** The logged questions it answers: their askers are told once it is live. */
  readonly answers: readonly string[];
  readonly now: Date;
  /** Validates the pack folder again and swaps it in; null where nothing serves a live pack. */
  readonly reload: (() => ReloadResult) | null;
  readonly write?: WriteBytes;
}

export type PublishFaqResult =
  | { readonly ok: false; readonly errors: readonly ContentError[] }
  | {
      readonly ok: true;
      readonly file: string;
      readonly created: boolean;
      /** How many logged questions it was recorded as answering. */
      readonly answered: number;
      /** The reload after writing: not ok when another pack file is broken, and then the FAQ is not live yet. */
      readonly reload: ReloadResult | null;
    };

/**
 * HR's answer, from writing to serving: save the FAQ (checked, atomic), record which
 * logged questions it answers, then reload the pack so the bot answers from it at once.
 * The questions are recorded before the reload, so the swap can tell their askers.
 */
export function publishFaq(options: PublishFaqOptions): PublishFaqResult {
  const saved = saveFaq({ dir: options.dir, pack: options.pack, target: options.target, input: options.input, ...(options.write ? { write: options.write } : {}) });
  if (!saved.ok) return saved;
  const answered = options.store.questions.resolve(options.answers, options.input.id, options.now);
  return { ok: true, file: saved.file, created: saved.created, answered, reload: options.reload?.() ?? null };
}
