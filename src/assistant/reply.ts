import type { IsoDate } from '../content/types.js';

/** What the assistant thinks a question is about; personal intents are answered from data, not search. */
export const INTENTS = ['my-status', 'my-ring-fences', 'my-deadlines', 'pay-estimate', 'my-team', 'general'] as const;
export type Intent = (typeof INTENTS)[number];

export type SourceKind = 'document' | 'faq' | 'policy' | 'data';

export interface Source {
  readonly kind: SourceKind;
  /** What a person reads: `Section 6 – What happens next › Redundancy`, `FAQ: Is my job safe?` */
  readonly title: string;
  /** Stable reference: `document.md#redundancy`, `faq/is-my-job-safe.md`, `policies/redundancy.yaml#redundancy-pay`. */
  readonly ref: string;
  /** When HR last updated it, where the pack says. */
  readonly updated?: IsoDate;
}

/** Buttons a channel may offer under a reply. */
export type ReplyAction =
  | { readonly kind: 'ask-hr'; readonly question: string }
  | { readonly kind: 'mark-done'; readonly actionId: string; readonly label: string };

export interface Reply {
  /** Markdown (bold with **, lists with -, no HTML). Never contains a user's text unescaped. */
  readonly text: string;
  readonly sources: readonly Source[];
  /** 0..1: how sure the engine is that the sources answer the question. 1 for facts from data. */
  readonly confidence: number;
  /** True when the assistant said it does not know. */
  readonly abstained: boolean;
  /** True when the reply holds anything derived from a person's record: DM or ephemeral only. */
  readonly private: boolean;
  readonly intent: Intent;
  readonly actions: readonly ReplyAction[];
  /** When it abstains: what the nearest entry found answers, in its own words, for the asker to ask instead. */
  readonly nearest?: string;
}

/**
 * Who is asking. Channels resolve identity (Slack user -> staff record) before calling the
 * core; the core never looks anyone up by chat id.
 */
export interface Asker {
  /** The asker's staff record id, or null when they could not be matched to one. */
  readonly employeeId: string | null;
  /** HR may ask about anyone; everyone else only about themselves and their direct reports. */
  readonly isHr: boolean;
}

export const UNKNOWN_ASKER: Asker = { employeeId: null, isHr: false };

export interface Assistant {
  /** The one entry into the core. `now` is the asker's moment; nothing in the core reads the clock. */
  reply(question: string, asker: Asker, now: Date): Reply;
  /**
   * The asker's own overview (post status, ring fences, next deadlines, outstanding
   * actions) for an App Home tab or a `status` command; null for an unmatched asker.
   */
  overview(asker: Asker, now: Date): Reply | null;
}

/**
 * A reply that is the assistant speaking for itself (help, a refusal, "I can't place
 * you"): no sources to cite, nothing abstained, and certain of what it says.
 */
export function notice(text: string, intent: Intent, isPrivate: boolean): Reply {
  return { text, sources: [], confidence: 1, abstained: false, private: isPrivate, intent, actions: [] };
}
