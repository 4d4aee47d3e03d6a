import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ACTION } from './action-ids.js';
import { isHrCommand } from './hr-command.js';

/** How it was asked; `button` is "Ask: <the nearest entry>" pressed under an abstention. */
export type Surface = 'dm' | 'mention' | 'command' | 'button';

/**
 * A question as received, before anything is looked up: what is needed to answer it and
 * to deliver the answer to the right place, and nothing more. It is what the pending
 * store keeps, so a question received before a crash can be answered after it.
 */
export interface IncomingQuestion {
  readonly id: string;
  readonly surface: Surface;
  readonly teamId: string;
  readonly userId: string;
  /** Where it was asked: the DM, the channel, or where the slash command was typed. */
  readonly channelId: string;
  /** Slack's text: escaped, with `<@U...>` mentions. */
  readonly text: string;
  /** The message's ts (DM, mention); null for commands. */
  readonly ts: string | null;
  readonly threadTs: string | null;
  /** Slash commands and buttons: where to post the private answer. */
  readonly responseUrl: string | null;
  readonly receivedAt: Date;
}

/** What identifies a delivery, for dedupe: the event id, and the message itself (Slack has re-sent one message under a new event id). */
export interface Received {
  readonly question: IncomingQuestion;
  readonly keys: readonly string[];
}

const record = z.record(z.string(), z.unknown());
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The question in a request body, or null when the body holds none: events that are not
 * a person's new message to the app (bot messages, edits, deletions, joins) never are.
 */
export function questionFromBody(body: unknown, command: string, receivedAt: Date, newId: () => string = randomUUID): Received | null {
  const b = record.safeParse(body);
  if (!b.success) return null;
  const fields = b.data;
  if (fields['type'] === 'event_callback') return fromEvent(fields, receivedAt, newId);
  if (typeof fields['command'] === 'string') return fromCommand(fields, command, receivedAt, newId);
  if (fields['type'] === 'block_actions') return fromNearestButton(fields, receivedAt, newId);
  return null;
}

function fromEvent(body: Record<string, unknown>, receivedAt: Date, newId: () => string): Received | null {
  const e = record.safeParse(body['event']);
  if (!e.success) return null;
  const event = e.data;
  const isDm = event['type'] === 'message' && event['channel_type'] === 'im';
  const isMention = event['type'] === 'app_mention';
  // A subtype means not a plain new message (an edit, a deletion, a bot's post, a join);
  // bot_id marks messages from apps, including this one.
  if ((!isDm && !isMention) || event['subtype'] !== undefined || event['bot_id'] !== undefined) return null;
  const user = str(event['user']);
  const channel = str(event['channel']);
  const ts = str(event['ts']);
  const teamId = str(body['team_id']) ?? str(event['team']);
  if (!user || !channel || !ts || !teamId) return null;
  const eventId = str(body['event_id']);
  return {
    question: {
      id: newId(),
      surface: isDm ? 'dm' : 'mention',
      teamId,
      userId: user,
      channelId: channel,
      text: typeof event['text'] === 'string' ? event['text'] : '',
      ts,
      threadTs: str(event['thread_ts']),
      responseUrl: null,
      receivedAt,
    },
    keys: [...(eventId ? [`event:${eventId}`] : []), `message:${teamId}:${channel}:${ts}`],
  };
}

function fromCommand(body: Record<string, unknown>, command: string, receivedAt: Date, newId: () => string): Received | null {
  // HR's commands are not questions: they are neither logged nor answered.
  if (body['command'] !== command || (typeof body['text'] === 'string' && isHrCommand(body['text']))) return null;
  const user = str(body['user_id']);
  const channel = str(body['channel_id']);
  const teamId = str(body['team_id']);
  if (!user || !channel || !teamId) return null;
  const trigger = str(body['trigger_id']);
  return {
    question: {
      id: newId(),
      surface: 'command',
      teamId,
      userId: user,
      channelId: channel,
      text: typeof body['text'] === 'string' ? body['text'] : '',
      ts: null,
      threadTs: null,
      responseUrl: str(body['response_url']),
      receivedAt,
    },
    // Slack does not retry slash commands; the trigger id still tells a repeat apart.
    keys: trigger ? [`command:${trigger}`] : [],
  };
}

/** The question an "Ask: ..." button carries (other buttons are not questions). */
function fromNearestButton(body: Record<string, unknown>, receivedAt: Date, newId: () => string): Received | null {
  const actions = z.array(record).safeParse(body['actions']);
  const action = actions.success && actions.data.length === 1 ? actions.data[0] : undefined;
  if (action?.['action_id'] !== ACTION.askNearest) return null;
  const user = record.safeParse(body['user']);
  const team = record.safeParse(body['team']);
  const channel = record.safeParse(body['channel']);
  const userId = user.success ? str(user.data['id']) : null;
  const teamId = (team.success ? str(team.data['id']) : null) ?? (user.success ? str(user.data['team_id']) : null);
  const channelId = channel.success ? str(channel.data['id']) : null;
  const text = str(action['value']);
  if (!userId || !teamId || !channelId || !text) return null;
  const trigger = str(body['trigger_id']);
  return {
    question: {
      id: newId(),
      surface: 'button',
      teamId,
      userId,
      channelId,
      text,
      ts: null,
      threadTs: null,
      responseUrl: str(body['response_url']),
      receivedAt,
    },
    // A click's trigger id is its own; a repeat delivery of the click carries the same one.
    keys: trigger ? [`button:${trigger}`] : [],
  };
}

const Stored = z.object({
  id: z.string(),
  surface: z.enum(['dm', 'mention', 'command', 'button']),
  teamId: z.string(),
  userId: z.string(),
  channelId: z.string(),
  text: z.string(),
  ts: z.string().nullable(),
  threadTs: z.string().nullable(),
  responseUrl: z.string().nullable(),
  receivedAt: z.iso.datetime().transform((s) => new Date(s)),
});

export function serializeQuestion(q: IncomingQuestion): string {
  return JSON.stringify({ ...q, receivedAt: q.receivedAt.toISOString() });
}

/** Null when the stored JSON is not a question (written by another version): it is dropped, not retried forever. */
export function parseQuestion(json: string): IncomingQuestion | null {
  try {
    const parsed = Stored.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
