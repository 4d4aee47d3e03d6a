import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { decodeFrame, encodeFrame } from './websocket-frame.js';

/**
 * A loopback stand-in for Slack's Web API, for tests that run the real Bolt app and its
 * real WebClient (pointed here with `slackApiUrl`). It records every call, answers the
 * methods the app uses the way Slack does, and can misbehave on purpose: rate limits
 * (429 with Retry-After), failures (HTTP 500) and hangs. It also speaks enough of Socket
 * Mode (apps.connections.open and a WebSocket) to push envelopes to a Socket Mode app and
 * record its acks. Nothing here knows about the assistant; tests assert on what was sent.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Args = Record<string, unknown>;

export interface SlackCall {
  /** Order of arrival, from 1. */
  readonly seq: number;
  /** Web API method (`chat.postMessage`), or `response_url` for posts to a response URL. */
  readonly method: string;
  readonly args: Args;
  /** Bearer token the call was made with, if any. */
  readonly token: string | null;
  /** `Date.now()` when the call arrived. */
  readonly at: number;
  /** HTTP status answered; null while the call hangs. */
  status: number | null;
  /** JSON answered (`{ ok: true, ... }`), null while hanging or for non-JSON answers. */
  response: Args | null;
}

/** Answers one call. Return the JSON body (ok defaults to true) or a `FakeResponse` for full control. */
export type SlackHandler = (args: Args, call: SlackCall, slack: FakeSlack) => Args | FakeResponse | Promise<Args | FakeResponse>;

export class FakeResponse {
  constructor(
    readonly status: number,
    readonly body: Args | string | null,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

export interface FakeUser {
  readonly id: string;
  readonly email?: string | null;
  readonly name?: string;
  readonly isBot?: boolean;
  readonly deleted?: boolean;
}

/** A message as Slack keeps it in a channel's history. */
export interface StoredMessage {
  readonly type: 'message';
  readonly channel: string;
  ts: string;
  text: string;
  blocks?: unknown;
  thread_ts?: string;
  metadata?: unknown;
  readonly user: string;
  readonly bot_id?: string;
  edited?: { user: string; ts: string };
}

interface RateLimit {
  readonly limit: number;
  readonly windowMs: number;
  readonly retryAfterSec: number;
  readonly accepted: number[];
}

interface Misbehaviour {
  remaining: number;
  readonly kind: 'rate-limit' | 'fail' | 'hang';
  readonly status: number;
  readonly retryAfterSec: number;
}

export interface FakeSlackOptions {
  readonly teamId?: string;
  readonly botUserId?: string;
  readonly botId?: string;
}

export interface WaitOptions {
  /** How many matching calls to wait for (default 1). */
  readonly count?: number;
  readonly where?: (call: SlackCall) => boolean;
  /** Only calls answered with HTTP 200 and `ok: true` count (default true). */
  readonly ok?: boolean;
  /** Count calls as soon as they arrive, answered or not (a hung call included). */
  readonly arrived?: boolean;
  readonly timeoutMs?: number;
}

/** The DM channel Slack gives a bot for a user: tests can predict it. `U0000003` -> `D0000003`. */
export function dmChannelOf(userId: string): string {
  return `D${userId.slice(1)}`;
}

/** Fields Slack's WebClient sends JSON-encoded inside a form body. */
const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata', 'view', 'options', 'user_auth_blocks']);

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId: string;
  private readonly handlers = new Map<string, SlackHandler>();
  private readonly defaults = new Map<string, SlackHandler>();
  private readonly limits = new Map<string, RateLimit>();
  private readonly misbehaviours = new Map<string, Misbehaviour[]>();
  private readonly users = new Map<string, FakeUser>();
  private readonly usergroups = new Map<string, string[]>();
  private readonly histories = new Map<string, StoredMessage[]>();
  private readonly homes = new Map<string, Args>();
  private readonly events = new EventEmitter();
  private readonly hung = new Set<ServerResponse>();
  private readonly sockets = new Set<Socket>();
  private tsCounter = 0;
  private viewCounter = 0;
  private port = 0;

  private constructor(
    private readonly server: Server,
    options: FakeSlackOptions,
  ) {
    this.teamId = options.teamId ?? 'T1234';
    this.botUserId = options.botUserId ?? 'UBOT';
    this.botId = options.botId ?? 'BBOT';
    this.events.setMaxListeners(100);
    this.installDefaults();
  }

  /** Starts on 127.0.0.1 on a free port. */
  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const holder: { fake?: FakeSlack } = {};
    const server = createServer((req, res) => {
      void holder.fake?.dispatch(req, res);
    });
    const fake = new FakeSlack(server, options);
    holder.fake = fake;
    server.on('upgrade', (req: IncomingMessage, socket: Socket) => fake.acceptSocket(req, socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** Base URL for the WebClient's `slackApiUrl` (ends in `/api/`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A response URL (as on slash commands and button clicks) whose posts are recorded as `response_url`. */
  responseUrl(key = `R${++this.tsCounter}`): string {
    return `${this.baseUrl}/response/${key}`;
  }

  // ---- what happened -------------------------------------------------------------------

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Calls Slack accepted: HTTP 200 and `ok: true`. A 429, 500 or hang is not a delivery. */
  delivered(method?: string): SlackCall[] {
    return this.calls.filter((c) => (method === undefined || c.method === method) && c.status === 200 && c.response?.['ok'] === true);
  }

  /** A channel's messages, oldest first, as `conversations.history` sees them. */
  history(channel: string): readonly StoredMessage[] {
    return this.histories.get(channel) ?? [];
  }

  /** The last App Home view published for a user. */
  homeOf(userId: string): Args | undefined {
    return this.homes.get(userId);
  }

  /** Resolves once enough calls to `method` have been answered; rejects after `timeoutMs` with what was seen. */
  waitFor(method: string, options: WaitOptions = {}): Promise<SlackCall[]> {
    const count = options.count ?? 1;
    const okOnly = options.ok ?? true;
    const timeoutMs = options.timeoutMs ?? 5_000;
    const matching = () =>
      this.calls.filter(
        (c) =>
          c.method === method &&
          (options.arrived === true || (c.status !== null && (!okOnly || (c.status === 200 && c.response?.['ok'] === true)))) &&
          (options.where === undefined || options.where(c)),
      );
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = matching();
        if (found.length < count) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        const seen = this.calls.map((c) => `${c.method}:${c.status ?? 'hung'}`).join(', ') || 'no calls';
        reject(new Error(`fake Slack: waited ${timeoutMs} ms for ${count} ${method} call(s); saw ${seen}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('changed', check);
      };
      if (!check()) this.events.on('changed', check);
    });
  }

  // ---- how it behaves ------------------------------------------------------------------

  /** Replaces the answer for a method until `resetHandlers()`. */
  handle(method: string, handler: SlackHandler): void {
    this.handlers.set(method, handler);
  }

  resetHandlers(): void {
    this.handlers.clear();
    this.limits.clear();
    this.misbehaviours.clear();
  }

  /** At most `limit` accepted calls per `windowMs`; beyond that, 429 with Retry-After. */
  rateLimit(method: string, limit: number, windowMs: number, retryAfterSec = 1): void {
    this.limits.set(method, { limit, windowMs, retryAfterSec, accepted: [] });
  }

  /** The next `times` calls to `method` get 429 with `Retry-After: retryAfterSec`. */
  rateLimitNext(method: string, times: number, retryAfterSec = 0): void {
    this.queueMisbehaviour(method, { kind: 'rate-limit', remaining: times, status: 429, retryAfterSec });
  }

  /** The next `times` calls to `method` fail with HTTP `status` (Slack's outages look like 500/503). */
  failNext(method: string, times: number, status = 500): void {
    this.queueMisbehaviour(method, { kind: 'fail', remaining: times, status, retryAfterSec: 0 });
  }

  /** The next `times` calls to `method` are never answered (until `close()`). */
  hangNext(method: string, times: number): void {
    this.queueMisbehaviour(method, { kind: 'hang', remaining: times, status: 0, retryAfterSec: 0 });
  }

  addUser(user: FakeUser): void {
    this.users.set(user.id, user);
  }

  setUsergroup(id: string, userIds: readonly string[]): void {
    this.usergroups.set(id, [...userIds]);
  }

  /** Puts a message into a channel's history, as if someone had posted it. */
  addMessage(message: Omit<StoredMessage, 'type' | 'ts'> & { ts?: string }): StoredMessage {
    const stored: StoredMessage = { type: 'message', ...message, ts: message.ts ?? this.nextTs() };
    const list = this.histories.get(stored.channel) ?? [];
    list.push(stored);
    this.histories.set(stored.channel, list);
    return stored;
  }

  // ---- Socket Mode -----------------------------------------------------------------------

  /** Resolves once a Socket Mode client is connected (and has been sent `hello`). */
  waitForSocket(timeoutMs = 5_000): Promise<void> {
    return this.until(() => this.sockets.size > 0, timeoutMs, 'a Socket Mode connection');
  }

  /** Pushes an envelope (`{ envelope_id, type, payload, retry_attempt, ... }`) to every connected Socket Mode client. */
  sendEnvelope(envelope: Args): void {
    for (const socket of this.sockets) socket.write(encodeFrame(0x1, Buffer.from(JSON.stringify(envelope))));
  }

  /** Resolves with the app's ack (`socket_ack` call) for an envelope. */
  async waitForAck(envelopeId: string, timeoutMs = 5_000): Promise<SlackCall> {
    const find = () => this.calls.find((c) => c.method === 'socket_ack' && c.args['envelope_id'] === envelopeId);
    await this.until(() => find() !== undefined, timeoutMs, `the ack of envelope ${envelopeId}`);
    return find() as SlackCall;
  }

  private until(test: () => boolean, timeoutMs: number, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!test()) return false;
        clearTimeout(timer);
        this.events.off('changed', check);
        resolve();
        return true;
      };
      const timer = setTimeout(() => {
        this.events.off('changed', check);
        reject(new Error(`fake Slack: waited ${timeoutMs} ms for ${what}`));
      }, timeoutMs);
      if (!check()) this.events.on('changed', check);
    });
  }

  private acceptSocket(req: IncomingMessage, socket: Socket): void {
    const key = req.headers['sec-websocket-key'];
    if (typeof key !== 'string') return void socket.destroy();
    const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => this.sockets.delete(socket));
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (let parsed = decodeFrame(buffered); parsed !== null; parsed = decodeFrame(buffered)) {
        buffered = buffered.subarray(parsed.length);
        if (parsed.opcode === 0x9) socket.write(encodeFrame(0xa, parsed.payload));
        else if (parsed.opcode === 0x8) socket.end(encodeFrame(0x8, parsed.payload.subarray(0, 2)));
        else if (parsed.opcode === 0x1) this.recordAck(parsed.payload.toString('utf8'));
      }
    });
    socket.write(encodeFrame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1234' } }))));
    this.events.emit('changed');
  }

  private recordAck(text: string): void {
    let args: Args;
    try {
      args = JSON.parse(text) as Args;
    } catch {
      args = { body: text };
    }
    const call: SlackCall = { seq: this.calls.length + 1, method: 'socket_ack', args, token: null, at: Date.now(), status: 200, response: { ok: true } };
    this.calls.push(call);
    this.events.emit('changed', call);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- internals -----------------------------------------------------------------------

  private queueMisbehaviour(method: string, m: Misbehaviour): void {
    const list = this.misbehaviours.get(method) ?? [];
    list.push(m);
    this.misbehaviours.set(method, list);
  }

  nextTs(): string {
    this.tsCounter += 1;
    return `1300000000.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', this.baseUrl).pathname;
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : path.startsWith('/response/') ? 'response_url' : path;
    const auth = req.headers['authorization'];
    const token = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : null;
    const args = parseArgs(raw, req.headers['content-type']);
    if (method === 'response_url') args['url'] = `${this.baseUrl}${path}`;
    const call: SlackCall = { seq: this.calls.length + 1, method, args, token: token ?? stringOrNull(args['token']), at: Date.now(), status: null, response: null };
    this.calls.push(call);
    this.events.emit('changed', call);

    const misbehaviour = this.takeMisbehaviour(method);
    if (misbehaviour?.kind === 'hang') {
      this.hung.add(res);
      res.on('close', () => this.hung.delete(res));
      return;
    }
    if (misbehaviour?.kind === 'rate-limit') {
      return this.answer(res, call, new FakeResponse(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(misbehaviour.retryAfterSec) }));
    }
    if (misbehaviour?.kind === 'fail') {
      return this.answer(res, call, new FakeResponse(misbehaviour.status, 'upstream failure'));
    }
    const limit = this.limits.get(method);
    if (limit) {
      const now = Date.now();
      while (limit.accepted.length > 0 && (limit.accepted[0] ?? 0) <= now - limit.windowMs) limit.accepted.shift();
      if (limit.accepted.length >= limit.limit) {
        return this.answer(res, call, new FakeResponse(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(limit.retryAfterSec) }));
      }
      limit.accepted.push(now);
    }

    const handler = this.handlers.get(method) ?? this.defaults.get(method);
    try {
      const result = handler ? await handler(args, call, this) : { ok: false, error: 'unknown_method' };
      this.answer(res, call, result instanceof FakeResponse ? result : new FakeResponse(200, { ok: true, ...result }));
    } catch (error) {
      this.answer(res, call, new FakeResponse(500, `handler failed: ${String(error)}`));
    }
  }

  private takeMisbehaviour(method: string): Misbehaviour | undefined {
    const list = this.misbehaviours.get(method);
    const first = list?.[0];
    if (!list || !first) return undefined;
    first.remaining -= 1;
    if (first.remaining <= 0) list.shift();
    return first;
  }

  private answer(res: ServerResponse, call: SlackCall, response: FakeResponse): void {
    call.status = response.status;
    const isJson = response.body !== null && typeof response.body === 'object';
    call.response = isJson ? (response.body as Args) : null;
    res.writeHead(response.status, { 'content-type': isJson ? 'application/json' : 'text/plain', ...response.headers });
    res.end(isJson ? JSON.stringify(response.body) : (response.body ?? ''));
    this.events.emit('changed', call);
  }

  private userJson(user: FakeUser): Args {
    const profile: Args = { real_name: user.name ?? user.id, display_name: user.name ?? user.id };
    if (user.email) profile['email'] = user.email;
    return { id: user.id, team_id: this.teamId, name: user.name ?? user.id, deleted: user.deleted ?? false, is_bot: user.isBot ?? false, profile };
  }

  private installDefaults(): void {
    const d = this.defaults;
    d.set('auth.test', () => ({ url: 'https://example.slack.com/', team: 'Example', user: 'restructure', team_id: this.teamId, user_id: this.botUserId, bot_id: this.botId }));
    d.set('chat.postMessage', (args) => {
      const channel = String(args['channel'] ?? '');
      if (channel === '') return { ok: false, error: 'channel_not_found' };
      const message = this.addMessage({
        channel,
        text: String(args['text'] ?? ''),
        user: this.botUserId,
        bot_id: this.botId,
        ...(args['blocks'] !== undefined ? { blocks: args['blocks'] } : {}),
        ...(typeof args['thread_ts'] === 'string' ? { thread_ts: args['thread_ts'] } : {}),
        ...(args['metadata'] !== undefined ? { metadata: args['metadata'] } : {}),
      });
      return { channel, ts: message.ts, message: { ...message } as unknown as Args };
    });
    d.set('chat.postEphemeral', () => ({ message_ts: this.nextTs() }));
    d.set('chat.update', (args) => {
      const channel = String(args['channel'] ?? '');
      const message = this.history(channel).find((m) => m.ts === args['ts']);
      if (!message) return { ok: false, error: 'message_not_found' };
      if (typeof args['text'] === 'string') message.text = args['text'];
      if (args['blocks'] !== undefined) message.blocks = args['blocks'];
      if (args['metadata'] !== undefined) message.metadata = args['metadata'];
      message.edited = { user: this.botUserId, ts: this.nextTs() };
      return { channel, ts: message.ts, text: message.text };
    });
    d.set('conversations.open', (args) => {
      const users = String(args['users'] ?? '').split(',').filter(Boolean);
      const first = users[0];
      if (users.length !== 1 || first === undefined) return { ok: false, error: users.length === 0 ? 'users_list_not_supplied' : 'not_supported' };
      return { channel: { id: dmChannelOf(first) } };
    });
    d.set('conversations.history', (args) => {
      const channel = String(args['channel'] ?? '');
      const oldest = args['oldest'] === undefined ? -Infinity : Number(args['oldest']);
      const latest = args['latest'] === undefined ? Infinity : Number(args['latest']);
      const withMetadata = args['include_all_metadata'] === 'true' || args['include_all_metadata'] === true;
      const all = this.history(channel)
        .filter((m) => Number(m.ts) > oldest && Number(m.ts) <= latest)
        .map((m) => (withMetadata ? { ...m } : { ...m, metadata: undefined }))
        .reverse();
      const start = args['cursor'] === undefined ? 0 : Number(args['cursor']);
      const limit = args['limit'] === undefined ? 100 : Number(args['limit']);
      const page = all.slice(start, start + limit);
      const more = start + limit < all.length;
      return { messages: page as unknown as Json, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } };
    });
    d.set('users.info', (args) => {
      const user = this.users.get(String(args['user'] ?? ''));
      return user ? { user: this.userJson(user) } : { ok: false, error: 'user_not_found' };
    });
    d.set('users.lookupByEmail', (args) => {
      const email = String(args['email'] ?? '').toLowerCase();
      const user = [...this.users.values()].find((u) => u.email?.toLowerCase() === email);
      return user ? { user: this.userJson(user) } : { ok: false, error: 'users_not_found' };
    });
    d.set('usergroups.users.list', (args) => {
      const users = this.usergroups.get(String(args['usergroup'] ?? ''));
      return users ? { users } : { ok: false, error: 'no_such_subteam' };
    });
    d.set('views.publish', (args) => {
      const userId = String(args['user_id'] ?? '');
      const view = (args['view'] ?? {}) as Args;
      const published = { id: `V${++this.viewCounter}`, team_id: this.teamId, ...view };
      this.homes.set(userId, published);
      return { view: published };
    });
    d.set('views.open', (args) => {
      if (typeof args['trigger_id'] !== 'string') return { ok: false, error: 'invalid_trigger_id' };
      return { view: { id: `V${++this.viewCounter}`, team_id: this.teamId, ...((args['view'] ?? {}) as Args) } };
    });
    d.set('response_url', () => ({}));
    d.set('apps.connections.open', () => ({ url: `ws://127.0.0.1:${this.port}/link/?ticket=fake` }));
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(raw: string, contentType: string | undefined): Args {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      return parsed !== null && typeof parsed === 'object' ? (parsed as Args) : { body: parsed };
    } catch {
      return { body: raw };
    }
  }
  const args: Args = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (JSON_FIELDS.has(key)) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // Not JSON after all: keep the text, as Slack would reject it.
      }
    }
    args[key] = value;
  }
  return args;
}

