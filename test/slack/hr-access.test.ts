import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReloadResult } from '../../src/content/live-pack.js';
import { loadPack } from '../../src/content/load-pack.js';
import { ACTION, FAQ_BLOCK, SHORTCUT } from '../../src/channels/slack/action-ids.js';
import { dmChannelOf } from '../helpers/fake-slack.js';
import { liveSampleCopy, type LiveSample } from '../helpers/pack-copy.js';
import { MINIMAL_PACK, writePack, type TempPack } from '../helpers/pack-builder.js';
import { appHomeOpened, blockAction, blockSuggestion, directMessage, eventCallback, messageShortcut, slashCommand, viewSubmission } from '../helpers/slack-requests.js';
import { fakeAssistant, HR_USER, startHarness, type Harness } from './harness.js';

/**
 * Only HR authors FAQs, reloads the pack and sees which questions go unanswered. The
 * buttons are only ever shown to HR, so each test here makes the request by hand, as
 * anyone could, and checks that nothing happened but a refusal.
 */

const SUSAN = 'U0000003'; // staff, not HR
const REFUSED = 'Only HR can answer questions as FAQs.';

let h: Harness | undefined;
let sample: LiveSample | undefined;
let tmp: TempPack | undefined;
afterEach(async () => {
  await h?.stop();
  sample?.remove();
  tmp?.remove();
  h = sample = tmp = undefined;
});

/** The bot on a copy of the sample pack, counting reloads. */
async function start(): Promise<{ h: Harness; reloads: ReloadResult[]; dir: string }> {
  sample = liveSampleCopy();
  const s = sample;
  const reloads: ReloadResult[] = [];
  h = await startHarness({
    assistant: fakeAssistant(),
    pack: s.live.current().pack,
    reloadPack: () => {
      const result = s.live.reload();
      reloads.push(result);
      return result;
    },
  });
  return { h, reloads, dir: s.dir };
}

const forgedModal = JSON.stringify({ anchor: null, since: 0, file: null, id: null, baseHash: null, proposed: 'parking' });
const forgedValues = {
  [FAQ_BLOCK.id]: { [FAQ_BLOCK.element]: { type: 'plain_text_input', value: 'parking' } },
  [FAQ_BLOCK.question]: { [FAQ_BLOCK.element]: { type: 'plain_text_input', value: 'Where do I park?' } },
  [FAQ_BLOCK.answer]: { [FAQ_BLOCK.element]: { type: 'plain_text_input', value: 'Anywhere.' } },
  [FAQ_BLOCK.source]: { [FAQ_BLOCK.element]: { type: 'multi_static_select', selected_options: [{ value: 'more-information' }] } },
};

describe('HR-only actions, attempted by someone who is not HR', () => {
  it('shows HR, and only HR, the questions to answer in the Home tab', async () => {
    const { h } = await start();
    h.clock.advance(1_000);
    await h.deliver(eventCallback(directMessage('something unknowable', { user: SUSAN, channel: dmChannelOf(SUSAN) })));
    await h.deliver(eventCallback(appHomeOpened(SUSAN)));
    await h.deliver(eventCallback(appHomeOpened(HR_USER)));
    const susans = JSON.stringify(h.fake.homeOf(SUSAN));
    expect(susans).not.toContain('HR: questions to answer');
    expect(susans).not.toContain(ACTION.hrAnswer);
    expect(susans).not.toContain('unknowable');
    const hrs = JSON.stringify(h.fake.homeOf(HR_USER));
    expect(hrs).toContain('HR: questions to answer');
    expect(hrs).toContain('something unknowable');
  });

  it('refuses the "Answer" button, opening nothing', async () => {
    const { h } = await start();
    await h.deliver(blockAction(ACTION.hrAnswer, JSON.stringify({ anchor: 'q1', since: 0 }), { user: SUSAN }));
    expect(h.fake.callsTo('views.open')).toEqual([]);
    expect(h.fake.delivered('chat.postMessage').map((c) => [c.args['channel'], c.args['text']])).toEqual([[dmChannelOf(SUSAN), REFUSED]]);
  });

  it('refuses the message shortcut, privately', async () => {
    const { h } = await start();
    const responseUrl = h.fake.responseUrl();
    await h.deliver(messageShortcut(SHORTCUT.answerAsFaq, { user: SUSAN, responseUrl, message: { text: 'Where do I park?', user: SUSAN } }));
    expect(h.fake.callsTo('views.open')).toEqual([]);
    expect(h.fake.callsTo('response_url').map((c) => [c.args['response_type'], c.args['text']])).toEqual([['ephemeral', REFUSED]]);
  });

  it('refuses a submitted FAQ, writing and reloading nothing', async () => {
    const { h, reloads, dir } = await start();
    const before = readdirSync(join(dir, 'faq'));
    const response = await h.send(viewSubmission('hr_faq_submit', { user: SUSAN, privateMetadata: forgedModal, values: forgedValues }));
    expect(await response.json()).toEqual({ response_action: 'errors', errors: { [FAQ_BLOCK.answer]: REFUSED } });
    await h.handle.idle();
    expect(readdirSync(join(dir, 'faq'))).toEqual(before);
    expect(reloads).toEqual([]);
  });

  it('refuses /restructure reload, which is not taken as a question either', async () => {
    const { h, reloads } = await start();
    await h.deliver(slashCommand('reload', { user: SUSAN, responseUrl: h.fake.responseUrl() }));
    expect(h.fake.callsTo('response_url').map((c) => [c.args['response_type'], c.args['text']])).toEqual([['ephemeral', 'Only HR can reload the consultation pack.']]);
    expect(reloads).toEqual([]);
    expect(h.store.questions.list(new Date(0))).toEqual([]);
    expect(h.store.pending.list('slack')).toEqual([]);
  });

  it('gives no section list to someone who is not HR', async () => {
    const { h } = await start();
    const response = await h.send(blockSuggestion(FAQ_BLOCK.source, FAQ_BLOCK.element, 'redund', { user: SUSAN }));
    expect(await response.json()).toEqual({ options: [] });
  });

  it('lets HR reload', async () => {
    const { h, reloads } = await start();
    await h.deliver(slashCommand('reload', { user: HR_USER, responseUrl: h.fake.responseUrl() }));
    expect(reloads).toEqual([{ ok: true }]);
    expect(String(h.fake.callsTo('response_url')[0]?.args['text'])).toMatch(/^Reloaded the consultation pack: \d+ FAQs, \d+ policy rules, \d+ document sections\. I'm answering from it now\.$/);
  });
});

describe('the source list for a long document', () => {
  it('is searched as HR types when there are more sections than a static select holds', async () => {
    const sections = Array.from({ length: 101 }, (_, i) => `## Topic ${i + 1} {#topic-${i + 1}}\n\nText ${i + 1}.\n`).join('\n');
    tmp = writePack({ 'consultation/document.md': `${MINIMAL_PACK['consultation/document.md'] ?? ''}\n${sections}` });
    const loaded = loadPack(tmp.dir);
    if (!loaded.ok) throw new Error('pack does not load');
    h = await startHarness({ assistant: fakeAssistant(), pack: loaded.pack });
    h.clock.advance(1_000);
    await h.deliver(eventCallback(directMessage('something unknowable', { user: 'U0000001', channel: dmChannelOf('U0000001') })));
    await h.deliver(eventCallback(appHomeOpened(HR_USER)));
    const button = JSON.stringify(h.fake.homeOf(HR_USER)).match(/"action_id":"hr_answer","text":\{[^}]*\},"value":"((?:[^"\\]|\\.)*)"/)?.[1];
    await h.deliver(blockAction(ACTION.hrAnswer, JSON.parse(`"${button ?? ''}"`) as string, { user: HR_USER }));
    const view = h.fake.delivered('views.open')[0]?.args['view'] as { blocks: { block_id?: string; element?: { type?: string } }[] };
    expect(view.blocks.find((b) => b.block_id === FAQ_BLOCK.source)?.element?.type).toBe('multi_external_select');
    const response = await h.send(blockSuggestion(FAQ_BLOCK.source, FAQ_BLOCK.element, 'topic 10', { user: HR_USER }));
    expect(await response.json()).toEqual({
      options: ['10', '100', '101'].map((n) => ({ text: { type: 'plain_text', text: `Topic ${n}` }, value: `topic-${n}` })),
    });
  });
});

describe('the Slack app manifest', () => {
  it('declares the message shortcut the app listens for, under the commands scope it already has', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const manifest = parse(readFileSync('slack-manifest.yaml', 'utf8')) as {
      features: { shortcuts: { type: string; callback_id: string }[] };
      oauth_config: { scopes: { bot: string[] } };
      settings: { interactivity: { request_url: string; message_menu_options_url: string } };
    };
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: SHORTCUT.answerAsFaq })]);
    expect(manifest.oauth_config.scopes.bot).toContain('commands');
    expect(manifest.settings.interactivity.message_menu_options_url).toBe(manifest.settings.interactivity.request_url);
  });
});
