import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dmChannelOf, type SlackCall } from '../helpers/fake-slack.js';
import { liveSampleCopy, type LiveSample } from '../helpers/pack-copy.js';
import { directMessage, eventCallback } from '../helpers/slack-requests.js';
import { contentOf, HR_CHANNEL, startHarness, type Harness } from '../slack/harness.js';

/*
 * A pack file deleted or cut short while the bot reloads the pack, with the pack served
 * live as `npm start` serves it (watched; a good pack swapped in, a broken one reported
 * to HR's channel). The bot must go on answering from the last good pack, answers
 * unchanged, tell HR what is wrong, and take the pack again once it is whole.
 */

const SUSAN = 'U0000003';
const SUSAN_DM = dmChannelOf(SUSAN);

let h: Harness | undefined;
let sample: LiveSample | undefined;
afterEach(async () => {
  await h?.stop();
  sample?.remove();
  h = sample = undefined;
});

async function serveLive(): Promise<{ h: Harness; sample: LiveSample }> {
  sample = liveSampleCopy();
  const live = sample.live;
  h = await startHarness({ assistant: live.current().built, pack: live.current().pack, reloadPack: () => live.reload() });
  const handle = h.handle;
  live.onSwap((next) => void handle.onPackChanged(next.pack, next.built));
  live.onErrors((errors) => void handle.reportPackErrors(errors));
  return { h, sample };
}

/** Susan asks in her DM; resolves with the reply's text and sources (not its buttons, which carry the question's id). */
async function ask(harness: Harness, text: string): Promise<string> {
  const before = harness.fake.delivered('chat.postMessage').length;
  await harness.deliver(eventCallback(directMessage(text, { user: SUSAN, channel: SUSAN_DM })));
  const posted = harness.fake.delivered('chat.postMessage').slice(before).filter((c) => c.args['channel'] === SUSAN_DM);
  expect(posted).toHaveLength(1);
  const blocks = (posted[0]?.args['blocks'] ?? []) as { type?: string }[];
  return JSON.stringify([posted[0]?.args['text'], blocks.filter((b) => b.type !== 'actions')]);
}

const toHr = (what: string) => ({ where: (c: SlackCall) => c.args['channel'] === HR_CHANNEL && contentOf(c).includes(what) });

describe('a pack file cut short or deleted during a reload', () => {
  it('keeps answering from the last good pack when a save is caught half-written, and tells HR', async () => {
    const { h, sample } = await serveLive();
    const before = await ask(h, 'Is my post at risk?');
    expect(before).toContain('at risk');
    sample.live.watch(20);

    // An editor's save seen half-way: the staff list cut off in the middle of a line.
    const staff = join(sample.dir, 'consultation/staff.csv');
    const whole = readFileSync(staff);
    writeFileSync(staff, whole.subarray(0, Math.floor(whole.length / 2)));
    const [report] = await h.fake.waitFor('chat.postMessage', toHr('still answering from the last version'));
    expect(contentOf(report as SlackCall)).toContain('consultation/staff.csv');
    await h.handle.idle();
    expect(await ask(h, 'Is my post at risk?')).toBe(before);

    // The save completes: the pack is whole again, swapped in, and HR is told.
    writeFileSync(staff, whole);
    await h.fake.waitFor('chat.postMessage', toHr('The consultation pack loads again'));
    await h.handle.idle();
    expect(await ask(h, 'Is my post at risk?')).toBe(before);
  });

  it('keeps answering from the last good pack when a file vanishes between listing and reading', async () => {
    const { h, sample } = await serveLive();
    const before = await ask(h, 'Are my comments anonymous?');
    expect(before).toContain('FAQ: Will my comments be anonymous?');

    // A link to nothing is listed in faq/ and then cannot be read: a file deleted mid-reload.
    const faq = join(sample.dir, 'faq/are-my-comments-anonymous.md');
    rmSync(faq);
    symlinkSync(join(sample.dir, 'gone.md'), faq);
    const result = sample.live.reload();
    expect(result.ok ? [] : result.errors.map((e) => `${e.file}: ${e.message}`)).toEqual(['faq/are-my-comments-anonymous.md: is missing']);
    await h.handle.idle();
    expect(h.fake.delivered('chat.postMessage').filter((c) => c.args['channel'] === HR_CHANNEL).map(contentOf).join('\n')).toContain('faq/are-my-comments-anonymous.md');
    expect(await ask(h, 'Are my comments anonymous?')).toBe(before);

    // Deleted for good: the pack without it is valid, and is taken.
    rmSync(faq);
    expect(sample.live.reload()).toEqual({ ok: true });
    await h.handle.idle();
    expect(await ask(h, 'Are my comments anonymous?')).not.toContain('FAQ: Will my comments be anonymous?');
  });
});
