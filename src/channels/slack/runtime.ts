import type { webApi } from '@slack/bolt';
import type { Assistant } from '../../assistant/reply.js';
import type { SlackConfig } from '../../config.js';
import type { ReloadResult } from '../../content/live-pack.js';
import type { ContentPack } from '../../content/types.js';
import type { WriteBytes } from '../../hr/write-file-atomic.js';
import type { Analyzer } from '../../search/analyzer.js';
import type { Store } from '../../store/store.js';
import type { DirectMessages } from './direct-messages.js';
import type { HrDirectory } from './hr-directory.js';
import type { IdentityResolver } from './identity.js';
import type { Log } from './structured-log.js';
import type { Tasks } from './tasks.js';

/** The pack and the assistant built on it; both are replaced together when HR's files change. */
export interface Content {
  readonly pack: ContentPack;
  readonly assistant: Assistant;
}

/** Records that a person did one of the timeline's actions (the reminders' store). */
export type MarkActionDone = (employeeId: string, actionId: string, at: Date) => void;

/** What HR's actions need beyond the rest: grouping the question log, writing FAQs, reloading the pack. */
export interface HrTools {
  readonly analyzer: Pick<Analyzer, 'analyze'>;
  /** Validates the pack folder again and swaps it in if valid; null when nothing can (then reload is refused). */
  readonly reloadPack: (() => ReloadResult) | null;
  readonly writeFaqBytes: WriteBytes;
}

/** What every listener shares: built once by `startSlack`, passed in, never imported as a global. */
export interface SlackRuntime {
  readonly config: SlackConfig;
  readonly store: Store;
  readonly log: Log;
  readonly now: () => Date;
  readonly tasks: Tasks;
  /** The one WebClient: one request queue, so a rate limit pauses all calls together. */
  readonly client: webApi.WebClient;
  readonly botUserId: string;
  readonly identities: IdentityResolver;
  readonly hr: HrDirectory;
  readonly dms: DirectMessages;
  /** Questions being answered right now: the retry sweep leaves them alone. */
  readonly inFlight: Set<string>;
  readonly markActionDone: MarkActionDone | null;
  content(): Content;
  readonly hrTools: HrTools;
}
