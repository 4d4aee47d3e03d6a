import type { HomeViewers } from './home-viewers.js';
import type { IdentityCache } from './identity-cache.js';
import type { PendingQuestions } from './pending-questions.js';
import type { ProcessedDeliveries } from './processed-deliveries.js';
import type { QuestionLog } from './question-log.js';

/**
 * Everything the bot remembers, one small interface per concern, so a second
 * implementation (PostgreSQL, for more than one process) replaces this file's users'
 * dependency and nothing else.
 */
export interface Store {
  readonly deliveries: ProcessedDeliveries;
  readonly pending: PendingQuestions;
  readonly questions: QuestionLog;
  readonly identities: IdentityCache;
  readonly homeViewers: HomeViewers;
  /** Runs `fn` atomically: all of its writes happen, or none. `fn` must be synchronous. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
