import { createHmac, randomUUID } from 'node:crypto';

/**
 * Requests shaped like the ones Slack sends to an app's Request URL, signed the way Slack
 * signs them (v0 HMAC-SHA256 over `v0:timestamp:body`), for Bolt's real HTTP receiver.
 * Ids are fixed (U1234, C1234, T1234) unless a test says otherwise.
 */

export const IDS = {
  team: 'T1234',
  teamDomain: 'example',
  app: 'A1234',
  user: 'U1234',
  channel: 'C1234',
  dm: 'D1234',
  botUser: 'UBOT',
  bot: 'BBOT',
} as const;

export const TEST_SIGNING_SECRET = '8f742231b10e8888abcd99e1f3b5a5a5';

export interface SlackRequest {
  readonly body: string;
  readonly contentType: 'application/json' | 'application/x-www-form-urlencoded';
}

export interface SendOptions {
  readonly secret?: string;
  /** Seconds since the epoch; Slack's clock when it signed. Defaults to now. */
  readonly timestamp?: number;
  /** Replaces the computed signature (to send a bad one). */
  readonly signature?: string;
  /** Slack's retry headers: `X-Slack-Retry-Num` and `X-Slack-Retry-Reason`. */
  readonly retryNum?: number;
  readonly retryReason?: string;
  readonly path?: string;
}

export function sign(body: string, timestamp: number, secret = TEST_SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Posts a request to the app's receiver as Slack would, signed unless told otherwise. */
export async function send(baseUrl: string, request: SlackRequest, options: SendOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': request.contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? sign(request.body, timestamp, options.secret),
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
  };
  if (options.retryNum !== undefined) headers['x-slack-retry-num'] = String(options.retryNum);
  if (options.retryReason !== undefined) headers['x-slack-retry-reason'] = options.retryReason;
  return fetch(`${baseUrl}${options.path ?? '/slack/events'}`, { method: 'POST', headers, body: request.body });
}

let tsCounter = 0;
/** A message timestamp as Slack writes them: seconds, a dot, six digits. */
export function nextMessageTs(): string {
  tsCounter += 1;
  return `1299000000.${String(tsCounter).padStart(6, '0')}`;
}

export function nextEventId(): string {
  return `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
}

function richTextBlocks(text: string): unknown[] {
  return [{ type: 'rich_text', block_id: 'b1', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] }];
}

export interface EventEnvelopeOptions {
  readonly eventId?: string;
  readonly teamId?: string;
  readonly eventTime?: number;
}

/** Wraps an event in the `event_callback` envelope of the Events API. */
export function eventCallback(event: Record<string, unknown>, options: EventEnvelopeOptions = {}): SlackRequest {
  const teamId = options.teamId ?? IDS.team;
  const body = {
    token: 'legacy-verification-token',
    team_id: teamId,
    context_team_id: teamId,
    context_enterprise_id: null,
    api_app_id: IDS.app,
    event,
    type: 'event_callback',
    event_id: options.eventId ?? nextEventId(),
    event_time: options.eventTime ?? Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: teamId, user_id: IDS.botUser, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(`message-${teamId}`).toString('base64')}`,
  };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

export interface MessageOptions {
  readonly user?: string;
  readonly channel?: string;
  readonly ts?: string;
  readonly threadTs?: string;
  readonly subtype?: string;
  readonly botId?: string;
  readonly extra?: Record<string, unknown>;
}

/** A `message` event in a DM with the app (`message.im`). */
export function directMessage(text: string, options: MessageOptions = {}): Record<string, unknown> {
  const ts = options.ts ?? nextMessageTs();
  return {
    client_msg_id: randomUUID(),
    type: 'message',
    ...(options.subtype ? { subtype: options.subtype } : {}),
    text,
    user: options.user ?? IDS.user,
    ts,
    blocks: richTextBlocks(text),
    team: IDS.team,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    ...(options.botId ? { bot_id: options.botId, app_id: IDS.app } : {}),
    channel: options.channel ?? IDS.dm,
    event_ts: ts,
    channel_type: 'im',
    ...options.extra,
  };
}

/** An edit of an earlier DM: Slack sends it as subtype `message_changed`. */
export function editedDirectMessage(text: string, originalTs: string, options: MessageOptions = {}): Record<string, unknown> {
  const ts = nextMessageTs();
  const user = options.user ?? IDS.user;
  return {
    type: 'message',
    subtype: 'message_changed',
    message: { type: 'message', text, user, ts: originalTs, edited: { user, ts }, client_msg_id: randomUUID() },
    previous_message: { type: 'message', text: 'before', user, ts: originalTs },
    channel: options.channel ?? IDS.dm,
    hidden: true,
    ts,
    event_ts: ts,
    channel_type: 'im',
  };
}

/** An `app_mention` event: someone wrote `@Restructure ...` in a channel the app is in. */
export function appMention(text: string, options: MessageOptions = {}): Record<string, unknown> {
  const ts = options.ts ?? nextMessageTs();
  const full = `<@${IDS.botUser}> ${text}`;
  return {
    client_msg_id: randomUUID(),
    type: 'app_mention',
    text: full,
    user: options.user ?? IDS.user,
    ts,
    blocks: richTextBlocks(full),
    team: IDS.team,
    ...(options.threadTs ? { thread_ts: options.threadTs, parent_user_id: 'U0PARENT' } : {}),
    ...(options.botId ? { bot_id: options.botId } : {}),
    channel: options.channel ?? IDS.channel,
    event_ts: ts,
    ...options.extra,
  };
}

export function appHomeOpened(user: string = IDS.user): Record<string, unknown> {
  return { type: 'app_home_opened', user, channel: `D${user.slice(1)}`, tab: 'home', event_ts: nextMessageTs() };
}

export interface CommandOptions {
  readonly command?: string;
  readonly user?: string;
  readonly channel?: string;
  readonly channelName?: string;
  readonly responseUrl?: string;
  readonly triggerId?: string;
}

/** A slash command invocation (form-encoded, as Slack posts it). */
export function slashCommand(text: string, options: CommandOptions = {}): SlackRequest {
  const fields: Record<string, string> = {
    token: 'legacy-verification-token',
    team_id: IDS.team,
    team_domain: IDS.teamDomain,
    channel_id: options.channel ?? IDS.channel,
    channel_name: options.channelName ?? 'general',
    user_id: options.user ?? IDS.user,
    user_name: 'someone',
    command: options.command ?? '/restructure',
    text,
    api_app_id: IDS.app,
    is_enterprise_install: 'false',
    response_url: options.responseUrl ?? 'https://hooks.slack.com/commands/T1234/1/unused',
    trigger_id: options.triggerId ?? `${Date.now()}.1234.${randomUUID().slice(0, 8)}`,
  };
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export interface ActionOptions {
  readonly user?: string;
  readonly channel?: string;
  readonly messageTs?: string;
  readonly ephemeral?: boolean;
  readonly responseUrl?: string;
  readonly triggerId?: string;
  readonly blockId?: string;
}

/** A button click (`block_actions`), as Slack posts it in a `payload` form field. */
export function blockAction(actionId: string, value: string, options: ActionOptions = {}): SlackRequest {
  const user = options.user ?? IDS.user;
  const channel = options.channel ?? IDS.dm;
  const messageTs = options.messageTs ?? nextMessageTs();
  const payload = {
    type: 'block_actions',
    user: { id: user, username: 'someone', name: 'someone', team_id: IDS.team },
    api_app_id: IDS.app,
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: options.ephemeral ?? false },
    trigger_id: options.triggerId ?? `${Date.now()}.1234.${randomUUID().slice(0, 8)}`,
    team: { id: IDS.team, domain: IDS.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'directmessage' },
    ...(options.ephemeral ? {} : { message: { type: 'message', user: IDS.botUser, ts: messageTs, bot_id: IDS.bot, text: 'answer' } }),
    state: { values: {} },
    response_url: options.responseUrl ?? 'https://hooks.slack.com/actions/T1234/1/unused',
    actions: [
      {
        action_id: actionId,
        block_id: options.blockId ?? 'actions',
        text: { type: 'plain_text', text: actionId, emoji: true },
        value,
        type: 'button',
        action_ts: `${Math.floor(Date.now() / 1000)}.000100`,
      },
    ],
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export interface ViewSubmissionOptions {
  readonly user?: string;
  readonly privateMetadata?: string;
  readonly values?: Record<string, Record<string, unknown>>;
}

/** A modal's submit (`view_submission`). `values` is `view.state.values`. */
export function viewSubmission(callbackId: string, options: ViewSubmissionOptions = {}): SlackRequest {
  const user = options.user ?? IDS.user;
  const payload = {
    type: 'view_submission',
    team: { id: IDS.team, domain: IDS.teamDomain },
    user: { id: user, username: 'someone', name: 'someone', team_id: IDS.team },
    api_app_id: IDS.app,
    token: 'legacy-verification-token',
    trigger_id: `${Date.now()}.1234.${randomUUID().slice(0, 8)}`,
    view: {
      id: 'V0MODAL',
      team_id: IDS.team,
      type: 'modal',
      blocks: [],
      private_metadata: options.privateMetadata ?? '',
      callback_id: callbackId,
      state: { values: options.values ?? {} },
      hash: '1299000000.abcdef',
      title: { type: 'plain_text', text: 'Ask HR', emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: { type: 'plain_text', text: 'Send', emoji: true },
      previous_view_id: null,
      root_view_id: 'V0MODAL',
      app_id: IDS.app,
      external_id: '',
      app_installed_team_id: IDS.team,
      bot_id: IDS.bot,
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export interface ShortcutOptions {
  readonly user?: string;
  readonly channel?: string;
  readonly responseUrl?: string;
  /** The message the shortcut was used on. */
  readonly message: { readonly text: string; readonly user?: string; readonly botId?: string; readonly blocks?: unknown[]; readonly ts?: string };
}

/** A message shortcut (`message_action`): someone chose the app's action in a message's menu. */
export function messageShortcut(callbackId: string, options: ShortcutOptions): SlackRequest {
  const ts = options.message.ts ?? nextMessageTs();
  const payload = {
    type: 'message_action',
    token: 'legacy-verification-token',
    action_ts: `${Math.floor(Date.now() / 1000)}.000200`,
    team: { id: IDS.team, domain: IDS.teamDomain },
    user: { id: options.user ?? IDS.user, username: 'someone', name: 'someone', team_id: IDS.team },
    channel: { id: options.channel ?? IDS.channel, name: 'general' },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: callbackId,
    trigger_id: `${Date.now()}.1234.${randomUUID().slice(0, 8)}`,
    response_url: options.responseUrl ?? 'https://hooks.slack.com/app/T1234/1/unused',
    message_ts: ts,
    message: {
      type: 'message',
      text: options.message.text,
      ts,
      ...(options.message.user ? { user: options.message.user } : {}),
      ...(options.message.botId ? { bot_id: options.message.botId } : {}),
      ...(options.message.blocks ? { blocks: options.message.blocks } : {}),
    },
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** A request for an external select's options (`block_suggestion`), as HR types in it. */
export function blockSuggestion(blockId: string, actionId: string, value: string, options: { readonly user?: string } = {}): SlackRequest {
  const payload = {
    type: 'block_suggestion',
    user: { id: options.user ?? IDS.user, username: 'someone', name: 'someone', team_id: IDS.team },
    container: { type: 'view', view_id: 'V0MODAL' },
    api_app_id: IDS.app,
    token: 'legacy-verification-token',
    action_id: actionId,
    block_id: blockId,
    value,
    team: { id: IDS.team, domain: IDS.teamDomain },
    view: { id: 'V0MODAL', type: 'modal', callback_id: 'hr_faq_submit', private_metadata: '', blocks: [], state: { values: {} } },
  };
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}
