import { performance } from 'node:perf_hooks';
import { dmChannelOf, type Args, type FakeSlack } from '../../test/helpers/fake-slack.js';
import { directMessage, eventCallback, send } from '../../test/helpers/slack-requests.js';
import { REMINDER_EVENT_TYPE } from '../reminders/slack-reminder-channel.js';

/** One question sent to the bot as Slack sends it, and how long it took. */
export interface Asked {
  /** HTTP status of the bot's acknowledgement; 0 when the request failed. */
  readonly status: number;
  /** From sending the signed event to the bot's acknowledgement. */
  readonly ackMs: number;
  /** From sending the event to the answer arriving at the fake Web API; null if none came in time. */
  readonly replyMs: number | null;
}

/**
 * People asking the bot questions in their DMs with it, through the fake Slack: signed
 * `message.im` events into the bot's HTTP receiver, answers caught as they reach the
 * fake's chat.postMessage. Reminders (posts carrying a reminder key) are counted, not
 * taken for answers. Messages are not kept: a long run would hold them all.
 */
export class SlackLoad {
  private readonly waiting = new Map<string, ((at: number) => void)[]>();
  private remindersPosted = 0;

  constructor(
    fake: FakeSlack,
    private readonly baseUrl: string,
  ) {
    fake.handle('chat.postMessage', (args) => {
      const channel = String(args['channel'] ?? '');
      if ((args['metadata'] as Args | undefined)?.['event_type'] === REMINDER_EVENT_TYPE) this.remindersPosted++;
      else this.waiting.get(channel)?.shift()?.(performance.now());
      return { channel, ts: fake.nextTs() };
    });
  }

  /** Reminders posted so far. */
  get reminders(): number {
    return this.remindersPosted;
  }

  /** `user` asks `text` in their DM; waits up to `timeoutMs` for the answer. */
  async ask(user: string, text: string, timeoutMs = 30_000): Promise<Asked> {
    const channel = dmChannelOf(user);
    let answer: ((at: number) => void) | undefined;
    const answered = new Promise<number>((resolve) => (answer = resolve));
    const queue = this.waiting.get(channel) ?? [];
    if (answer) queue.push(answer);
    this.waiting.set(channel, queue);

    const started = performance.now();
    let status = 0;
    let ackMs = 0;
    try {
      const response = await send(this.baseUrl, eventCallback(directMessage(text, { user, channel })));
      ackMs = performance.now() - started;
      status = response.status;
      await response.text();
    } catch {
      ackMs = performance.now() - started;
    }
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), status === 200 ? timeoutMs : 0)));
    const at = await Promise.race([answered, timedOut]);
    clearTimeout(timer);
    if (at === null) {
      // Not answered in time: a late answer must not be taken for the next question's.
      const left = this.waiting.get(channel) ?? [];
      const i = answer ? left.indexOf(answer) : -1;
      if (i >= 0) left.splice(i, 1);
    }
    return { status, ackMs, replyMs: at === null ? null : at - started };
  }
}
