import type { ContentPack } from '../content/types.js';
import type { ReminderChannel } from './deliver.js';
import { DeliveryError } from './delivery-error.js';
import { ANNOUNCE, type PlannedReminder } from './planned-reminder.js';

/**
 * The slice of Slack's Web API that delivery uses. Bolt's WebClient has it; build that
 * client with `rejectRateLimitedCalls: true` and `retryConfig: { retries: 0 }`, because
 * delivery waits out Retry-After itself and must never let a client resend a post whose
 * fate is unknown: that is how a reminder arrives twice.
 */
export interface SlackWebApi {
  apiCall(method: string, options?: Record<string, unknown>): Promise<object>;
}

/** The metadata event type reminders carry, with `{ key }` as the payload. */
export const REMINDER_EVENT_TYPE = 'restructure_reminder';

export interface SlackReminderChannelOptions {
  /** The current pack, read on each lookup: a reload changes who is who. */
  readonly pack: () => ContentPack;
  /** Channel id for announcements (milestones for everyone); null if none is configured. */
  readonly announceChannel: string | null;
  /** Markdown -> Slack mrkdwn; the Slack channel's renderer. */
  readonly render: (markdown: string) => string;
  /**
   * Block Kit for a reminder (its text and buttons), from the Slack channel, which owns
   * the buttons' ids; without it a reminder is plain text.
   */
  readonly blocks?: (reminder: PlannedReminder, mrkdwn: string) => readonly object[];
}

// Slack's own errors that mean "try again later" rather than "no".
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);
const HISTORY_PAGE = 200;
const HISTORY_PAGES = 10;

export class SlackReminderChannel implements ReminderChannel {
  // A person's DM channel with the app never changes.
  private readonly dms = new Map<string, string>();

  constructor(
    private readonly slack: SlackWebApi,
    private readonly options: SlackReminderChannelOptions,
  ) {}

  async conversationFor(recipient: string): Promise<string> {
    if (recipient === ANNOUNCE) {
      if (this.options.announceChannel === null) throw new DeliveryError('unreachable', 'no announcement channel is configured');
      return this.options.announceChannel;
    }
    const employee = this.options.pack().staff.get(recipient);
    if (!employee) throw new DeliveryError('unreachable', 'not in the staff list');
    const userId = employee.slackUserId ?? (await this.userByEmail(employee.email));
    const known = this.dms.get(userId);
    if (known) return known;
    const result = await this.call('conversations.open', { users: userId }, 'cannot open a direct message');
    const channel = (result['channel'] as { id?: unknown } | undefined)?.id;
    if (typeof channel !== 'string') throw new DeliveryError('unknown', 'conversations.open returned no channel');
    this.dms.set(userId, channel);
    return channel;
  }

  async post(conversation: string, reminder: PlannedReminder): Promise<string> {
    const text = this.options.render(reminder.text);
    const blocks = this.options.blocks?.(reminder, text);
    const result = await this.call(
      'chat.postMessage',
      {
        channel: conversation,
        text,
        ...(blocks && blocks.length > 0 ? { blocks } : {}),
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { key: reminder.key } },
      },
      'Slack refused the message',
    );
    const ts = result['ts'];
    if (typeof ts !== 'string') throw new DeliveryError('unknown', 'chat.postMessage returned no ts');
    return ts;
  }

  /**
   * Newest first, with no `oldest` bound: the key is unique, and our clock need not agree
   * with Slack's (the console runs on a simulated date), so a time bound could hide it.
   */
  async findPosted(conversation: string, key: string): Promise<string | null> {
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const result = await this.call(
        'conversations.history',
        {
          channel: conversation,
          include_all_metadata: true,
          limit: HISTORY_PAGE,
          ...(cursor ? { cursor } : {}),
        },
        'cannot read the conversation',
      );
      const messages = Array.isArray(result['messages']) ? (result['messages'] as unknown[]) : [];
      for (const m of messages) {
        const message = m as { ts?: unknown; metadata?: { event_type?: unknown; event_payload?: { key?: unknown } } };
        if (message.metadata?.event_type === REMINDER_EVENT_TYPE && message.metadata.event_payload?.key === key && typeof message.ts === 'string') {
          return message.ts;
        }
      }
      cursor = (result['response_metadata'] as { next_cursor?: string } | undefined)?.next_cursor || undefined;
      if (result['has_more'] !== true || !cursor) return null;
    }
    // Deeper than this, a conversation is too busy to search; treat the fate as still unknown.
    throw new DeliveryError('unknown', 'the conversation history is too long to search');
  }

  private async userByEmail(email: string): Promise<string> {
    const result = await this.call('users.lookupByEmail', { email }, 'no Slack account with their email');
    const user = result['user'] as { id?: unknown; deleted?: unknown } | undefined;
    if (user?.deleted === true) throw new DeliveryError('unreachable', 'their Slack account is deactivated');
    if (typeof user?.id !== 'string') throw new DeliveryError('unknown', 'users.lookupByEmail returned no user');
    return user.id;
  }

  private async call(method: string, args: Record<string, unknown>, refusal: string): Promise<Record<string, unknown>> {
    try {
      // Slack's answers are JSON objects; each field read is checked where it is used.
      return (await this.slack.apiCall(method, args)) as Record<string, unknown>;
    } catch (error) {
      throw classify(error, method, refusal);
    }
  }
}

/** Bolt's WebClient errors (by their `code`) as what delivery should do next. */
function classify(error: unknown, method: string, refusal: string): DeliveryError {
  const e = (error ?? {}) as { code?: unknown; retryAfter?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return new DeliveryError('rate-limited', `${method}: rate limited`, Number(e.retryAfter ?? 1) * 1000, { cause: error });
    case 'slack_webapi_platform_error': {
      const code = typeof e.data?.error === 'string' ? e.data.error : 'unknown_error';
      if (code === 'ratelimited') return new DeliveryError('rate-limited', `${method}: ${code}`, 1000, { cause: error });
      if (TRANSIENT.has(code)) return new DeliveryError('unknown', `${method}: ${code}`, 0, { cause: error });
      // A refusal to open a DM or to post there is about the person, not the message.
      return new DeliveryError(method === 'chat.postMessage' ? 'refused' : 'unreachable', `${refusal} (${code})`, 0, { cause: error });
    }
    case 'slack_webapi_http_error':
      return new DeliveryError('unknown', `${method}: HTTP ${String(e.statusCode)}`, 0, { cause: error });
    default:
      return new DeliveryError('unknown', `${method}: ${error instanceof Error ? error.message : 'no answer'}`, 0, { cause: error });
  }
}
