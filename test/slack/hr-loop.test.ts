import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTION, FAQ_BLOCK, SHORTCUT } from '../../src/channels/slack/action-ids.js';
import type { WriteBytes } from '../../src/hr/write-file-atomic.js';
import { dmChannelOf, type SlackCall } from '../helpers/fake-slack.js';
import { liveSampleCopy, type LiveSample } from '../helpers/pack-copy.js';
import { appHomeOpened, directMessage, eventCallback, messageShortcut, slashCommand, viewSubmission } from '../helpers/slack-requests.js';
import { blockAction } from '../helpers/slack-requests.js';
import { contentOf, HR_CHANNEL, HR_USER, startHarness, STRANGER, type Harness } from './harness.js';

/**
 * HR's loop end to end, through the real Bolt app and HTTP receiver, the real assistant on
 * a copy of the sample pack served live (as `npm start` serves it), and a fake Slack:
 * questions go unanswered, HR sees them in the Home tab, answers them in the modal, the
 * FAQ is written and reloaded, the next person gets it with its source, and the people who
 * asked are told once.
 */

const SUSAN = 'U0000003';
const PAUL = 'U0000005';
const EMMA = 'U0000015';
const HR_TWO = 'UHR0002';

const PARKING = ['Can I park at the Banbury office?', 'where can I park at the Banbury office', 'Is there car parking at the Banbury office?'];
const ANSWER = 'Staff with a permit park in the **Castle Street** car park; ask reception for a permit.';

let h: Harness | undefined;
let sample: LiveSample | undefined;
afterEach(async () => {
  await h?.stop();
  sample?.remove();
  h = undefined;
  sample = undefined;
});

async function start(options: { writeFaqBytes?: WriteBytes } = {}): Promise<{ h: Harness; sample: LiveSample }> {
  sample = liveSampleCopy();
  const s = sample;
  h = await startHarness({
    pack: s.live.current().pack,
    assistant: s.live.current().built,
    reloadPack: () => s.live.reload(),
    env: { SLACK_HR_USER_IDS: `${HR_USER},${HR_TWO}` },
    ...options,
  });
  const harness = h;
  s.live.onSwap((next) => void harness.handle.onPackChanged(next.pack, next.built));
  s.live.onErrors((errors) => void harness.handle.reportPackErrors(errors));
  return { h: harness, sample: s };
}

/** Asks by DM, a minute after whatever came before. */
async function ask(harness: Harness, user: string, text: string): Promise<void> {
  harness.clock.advance(60_000);
  await harness.deliver(eventCallback(directMessage(text, { user, channel: dmChannelOf(user) })));
}

/** The last answer posted in a person's DM. */
function lastDm(harness: Harness, user: string): SlackCall | undefined {
  return harness.fake.delivered('chat.postMessage').filter((c) => c.args['channel'] === dmChannelOf(user)).at(-1);
}

type Block = { type: string; block_id?: string; text?: { text?: string }; accessory?: { action_id?: string; value?: string }; element?: Record<string, unknown> };

function homeBlocks(harness: Harness, user: string): Block[] {
  return ((harness.fake.homeOf(user)?.['blocks'] ?? []) as Block[]);
}

function openedModal(harness: Harness): { private_metadata: string; blocks: Block[] } {
  const view = harness.fake.delivered('views.open').at(-1)?.args['view'];
  if (!view) throw new Error('no modal was opened');
  return view as { private_metadata: string; blocks: Block[] };
}

const initial = (modal: { blocks: Block[] }, block: string) => modal.blocks.find((b) => b.block_id === block)?.element?.['initial_value'];

function values(fields: { id?: string; question: string; variants?: string; answer: string; sources: string[] }) {
  const text = (value: string) => ({ [FAQ_BLOCK.element]: { type: 'plain_text_input', value } });
  return {
    ...(fields.id !== undefined ? { [FAQ_BLOCK.id]: text(fields.id) } : {}),
    [FAQ_BLOCK.question]: text(fields.question),
    [FAQ_BLOCK.variants]: text(fields.variants ?? ''),
    [FAQ_BLOCK.answer]: text(fields.answer),
    [FAQ_BLOCK.source]: { [FAQ_BLOCK.element]: { type: 'multi_static_select', selected_options: fields.sources.map((value) => ({ text: { type: 'plain_text', text: value }, value })) } },
  };
}

/** Submits the modal and returns Slack's view of the response (the ack's JSON). */
async function submit(harness: Harness, user: string, metadata: string, fields: Parameters<typeof values>[0]): Promise<Record<string, unknown>> {
  const response = await harness.send(viewSubmission('hr_faq_submit', { user, privateMetadata: metadata, values: values(fields) }));
  expect(response.status).toBe(200);
  const text = await response.text();
  await harness.handle.idle();
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

/** HR opens the Home tab and presses "Answer" on the top group; returns the modal. */
async function openTopGroup(harness: Harness, user = HR_USER) {
  await harness.deliver(eventCallback(appHomeOpened(user)));
  const button = homeBlocks(harness, user).find((b) => b.accessory?.action_id === ACTION.hrAnswer)?.accessory;
  expect(button?.value).toBeDefined();
  await harness.deliver(blockAction(ACTION.hrAnswer, button?.value ?? '', { user }));
  return openedModal(harness);
}

const notices = (harness: Harness) => harness.fake.delivered('chat.postMessage').filter((c) => c.args['text'] === 'HR has answered a question you asked');

describe("HR's loop in Slack", () => {
  it('shows HR the top unanswered question, saves the answer as an FAQ, serves it with its source and tells the askers once', async () => {
    const { h, sample } = await start();
    await ask(h, SUSAN, PARKING[0] ?? '');
    await ask(h, PAUL, PARKING[1] ?? '');
    await ask(h, STRANGER, PARKING[2] ?? '');
    await ask(h, SUSAN, 'When does the consultation close?');
    expect(h.store.questions.list(new Date(0)).map((q) => q.abstained)).toEqual([true, true, true, false]);

    // HR's Home tab: the parking questions, grouped, on top; nobody's name anywhere.
    await h.deliver(eventCallback(appHomeOpened(HR_USER)));
    const blocks = homeBlocks(h, HR_USER);
    expect(blocks.some((b) => b.text?.text === 'HR: questions to answer')).toBe(true);
    const top = blocks.find((b) => b.block_id === 'hr_group_1');
    expect(top?.text?.text).toBe(
      '*1. “Can I park at the Banbury office?”*\nasked 3 times: 3 not answered\n_Also asked as:_ “where can I park at the Banbury office”, “Is there car parking at the Banbury office?”',
    );
    expect(blocks.find((b) => b.block_id === 'hr_group_2')).toBeUndefined();
    const home = JSON.stringify(blocks);
    for (const who of [SUSAN, PAUL, STRANGER, 'Susan', 'Paul']) expect(home).not.toContain(who);

    // "Answer" opens the modal, prefilled.
    const modal = await openTopGroup(h);
    expect(initial(modal, FAQ_BLOCK.id)).toBe('can-i-park-at-the-banbury-office');
    expect(initial(modal, FAQ_BLOCK.question)).toBe('Can I park at the Banbury office?');
    expect(initial(modal, FAQ_BLOCK.variants)).toBe('where can I park at the Banbury office\nIs there car parking at the Banbury office?');
    const source = modal.blocks.find((b) => b.block_id === FAQ_BLOCK.source)?.element;
    expect(source?.['type']).toBe('multi_static_select');
    expect((source?.['options'] as { value: string }[]).map((o) => o.value)).toContain('more-information');

    const ack = await submit(h, HR_USER, modal.private_metadata, {
      id: 'can-i-park-at-the-banbury-office',
      question: 'Can I park at the Banbury office?',
      variants: 'where can I park at the Banbury office\nIs there car parking at the Banbury office?',
      answer: ANSWER,
      sources: ['more-information'],
    });
    expect(ack['response_action']).toBe('update');
    expect(JSON.stringify(ack['view'])).toContain("Saved `faq/can-i-park-at-the-banbury-office.md` (a new FAQ). I'm answering from it now, citing it as the source. The 3 people who asked are being told.");

    // Written, reloaded and served.
    const written = readFileSync(join(sample.dir, 'faq/can-i-park-at-the-banbury-office.md'), 'utf8');
    expect(written).toContain('updated: 2011-02-10\nsource: more-information\n---\nStaff with a permit park');
    expect(sample.live.current().pack.faqs.some((f) => f.id === 'can-i-park-at-the-banbury-office')).toBe(true);
    await ask(h, EMMA, 'Is there parking at the Banbury office?');
    const answer = lastDm(h, EMMA);
    expect(answer?.args['text']).toContain('Castle Street');
    expect(contentOf(answer as SlackCall)).toContain('FAQ: Can I park at the Banbury office?');

    // The three who asked are told once each, with the answer and its source.
    const told = notices(h);
    expect(told.map((c) => c.args['channel']).sort()).toEqual([SUSAN, PAUL, STRANGER].map(dmChannelOf).sort());
    expect(contentOf(told.find((c) => c.args['channel'] === dmChannelOf(PAUL)) as SlackCall)).toContain('where can I park at the Banbury office');
    expect(contentOf(told[0] as SlackCall)).toContain('FAQ: Can I park at the Banbury office?');
    // A second reload (the file watcher makes one after every save) tells nobody again.
    await h.deliver(slashCommand('reload', { user: HR_USER, responseUrl: h.fake.responseUrl() }));
    expect(notices(h)).toHaveLength(3);

    // The group is dealt with: HR's view no longer lists it.
    await h.deliver(eventCallback(appHomeOpened(HR_USER)));
    expect(homeBlocks(h, HR_USER).some((b) => b.accessory?.action_id === ACTION.hrAnswer)).toBe(false);
  });

  it('of two HR users saving the same new FAQ at once, the second is told it changed since they opened it', async () => {
    const { h, sample } = await start();
    await ask(h, SUSAN, PARKING[0] ?? '');
    const first = await openTopGroup(h, HR_USER);
    const second = await openTopGroup(h, HR_TWO);
    const fields = (answer: string) => ({ id: 'can-i-park-at-the-banbury-office', question: 'Can I park at the Banbury office?', answer, sources: ['more-information'] });
    const [a, b] = await Promise.all([submit(h, HR_USER, first.private_metadata, fields('First answer.')), submit(h, HR_TWO, second.private_metadata, fields('Second answer.'))]);
    const acks = [a, b];
    expect(acks.map((x) => x['response_action']).sort()).toEqual(['errors', 'update']);
    const loser = acks.find((x) => x['response_action'] === 'errors');
    expect(loser?.['errors']).toEqual({
      [FAQ_BLOCK.answer]:
        'faq/can-i-park-at-the-banbury-office.md: changed since you opened it: someone else saved it first. Nothing was written; copy your answer, then open it again to see their version.',
    });
    const winner = a['response_action'] === 'update' ? 'First answer.' : 'Second answer.';
    expect(readFileSync(join(sample.dir, 'faq/can-i-park-at-the-banbury-office.md'), 'utf8')).toContain(winner);
    expect(notices(h)).toHaveLength(1);
  });

  it('rejects a duplicate id and an unknown source beside their fields, writing nothing', async () => {
    const { h, sample } = await start();
    await ask(h, SUSAN, PARKING[0] ?? '');
    const modal = await openTopGroup(h);
    const base = { question: 'Can I park at the Banbury office?', answer: ANSWER };
    const before = readdirSync(join(sample.dir, 'faq')).sort();

    const duplicate = await submit(h, HR_USER, modal.private_metadata, { ...base, id: 'are-my-comments-anonymous', sources: ['more-information'] });
    expect(duplicate['errors']).toEqual({
      [FAQ_BLOCK.id]: 'faq/are-my-comments-anonymous.md: id: FAQ id "are-my-comments-anonymous" is already used by faq/are-my-comments-anonymous.md; choose another id, or update that FAQ instead',
    });
    const unknownSource = await submit(h, HR_USER, modal.private_metadata, { ...base, id: 'parking', sources: ['car-parks'] });
    expect(unknownSource['errors']).toEqual({ [FAQ_BLOCK.source]: 'faq/parking.md line 5: source: "car-parks" is not a section id of consultation/document.md' });
    const badId = await submit(h, HR_USER, modal.private_metadata, { ...base, id: '../Parking', sources: ['more-information'] });
    expect(badId['errors']).toEqual({ [FAQ_BLOCK.id]: 'expected lower-case letters, digits and dashes, e.g. redundancy-pay' });

    expect(readdirSync(join(sample.dir, 'faq')).sort()).toEqual(before);
    expect(h.store.questions.list(new Date(0))[0]?.resolvedFaqId).toBeNull();
    expect(notices(h)).toEqual([]);
  });

  it('says the disk is full and writes nothing, and the bot keeps answering', async () => {
    let full = true;
    const write: WriteBytes = (fd, bytes) => {
      if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      writeFileSync(fd, bytes);
    };
    const { h, sample } = await start({ writeFaqBytes: write });
    await ask(h, SUSAN, PARKING[0] ?? '');
    const modal = await openTopGroup(h);
    const fields = { id: 'parking', question: 'Can I park at the Banbury office?', answer: ANSWER, sources: ['more-information'] };
    const refused = await submit(h, HR_USER, modal.private_metadata, fields);
    expect(refused['errors']).toEqual({
      [FAQ_BLOCK.answer]: 'faq/parking.md: could not be saved: the disk is full. Nothing was written; whoever runs the bot needs to free some space, then save again.',
    });
    expect(readdirSync(join(sample.dir, 'faq')).filter((f) => f.includes('parking'))).toEqual([]);
    await ask(h, PAUL, 'When does the consultation close?');
    expect(lastDm(h, PAUL)?.args['text']).toContain('4 April 2011');
    // Space freed: the same form saves.
    full = false;
    expect((await submit(h, HR_USER, modal.private_metadata, fields))['response_action']).toBe('update');
    expect(existsSync(join(sample.dir, 'faq/parking.md'))).toBe(true);
  });

  it('opens the modal from the message shortcut on the bot’s answer, finding the question’s group', async () => {
    const { h } = await start();
    await ask(h, SUSAN, PARKING[0] ?? '');
    await ask(h, PAUL, PARKING[1] ?? '');
    const answer = lastDm(h, PAUL) as SlackCall;
    await h.deliver(messageShortcut(SHORTCUT.answerAsFaq, { user: HR_USER, message: { text: String(answer.args['text']), botId: 'BBOT', blocks: answer.args['blocks'] as unknown[] } }));
    const modal = openedModal(h);
    expect(initial(modal, FAQ_BLOCK.question)).toBe('Can I park at the Banbury office?');
    expect(initial(modal, FAQ_BLOCK.variants)).toBe('where can I park at the Banbury office');
    expect(JSON.stringify(modal.blocks)).toContain('2 questions in the last 30 days');

    // On a message nobody asked the bot: its words, and nobody to tell.
    await h.deliver(messageShortcut(SHORTCUT.answerAsFaq, { user: HR_USER, message: { text: 'Does the pension scheme change?', user: SUSAN } }));
    const other = openedModal(h);
    expect(initial(other, FAQ_BLOCK.question)).toBe('Does the pension scheme change?');
    expect(JSON.stringify(other.blocks)).toContain('Nobody asked me this, so nobody will be told.');
  });

  it('improves the FAQ the bot has been answering from when people gave it a thumbs down', async () => {
    const { h, sample } = await start();
    await ask(h, SUSAN, 'Will my comments be anonymous?');
    const [logged] = h.store.questions.list(new Date(0));
    expect(logged?.bestSourceRef).toBe('faq/are-my-comments-anonymous.md');
    h.store.questions.setFeedback(logged?.id ?? '', 'down', h.clock.now());
    const modal = await openTopGroup(h);
    expect(modal.blocks.some((b) => b.block_id === FAQ_BLOCK.id)).toBe(false);
    expect(JSON.stringify(modal.blocks)).toContain('Improving `faq/are-my-comments-anonymous.md`');
    expect(String(initial(modal, FAQ_BLOCK.answer))).toContain('will not identify the person');
    const ack = await submit(h, HR_USER, modal.private_metadata, {
      question: 'Will my comments be anonymous?',
      variants: String(initial(modal, FAQ_BLOCK.variants)),
      answer: 'Yes: the feedback document never names anyone.',
      sources: ['what-happens-to-feedback'],
    });
    expect(ack['response_action']).toBe('update');
    const text = readFileSync(join(sample.dir, 'faq/are-my-comments-anonymous.md'), 'utf8');
    expect(text).toContain('tags: [consultation, feedback, anonymity]');
    expect(text).toContain('Yes: the feedback document never names anyone.');
    expect(notices(h).map((c) => c.args['channel'])).toEqual([dmChannelOf(SUSAN)]);
  });
});

describe('a broken pack edit', () => {
  it('is posted to HR’s channel with its exact errors, staff.csv values withheld, while the last good pack keeps answering', async () => {
    const { h, sample } = await start();
    const faq = join(sample.dir, 'faq/are-my-comments-anonymous.md');
    const good = readFileSync(faq, 'utf8');
    writeFileSync(faq, good.replace('---\nid:', 'id:'));
    const staff = join(sample.dir, 'consultation/staff.csv');
    writeFileSync(staff, readFileSync(staff, 'utf8').replace('1966-11-02,925', '1966-11-02,lots'));
    expect(sample.live.reload().ok).toBe(false);
    await h.handle.idle();

    const [post] = h.fake.delivered('chat.postMessage').filter((c) => c.args['channel'] === HR_CHANNEL);
    const posted = contentOf(post as SlackCall);
    // Susan's row fails, so the three people she manages now name an unknown manager.
    expect(post?.args['text']).toBe('The consultation pack has 5 problems; still answering from the last good version');
    expect(posted).toContain('consultation/staff.csv line 5: weekly_pay: expected weekly pay in pounds, e.g. 512.50, or blank, found (value withheld)');
    expect(posted).toContain('consultation/staff.csv line 10: manager_id: (value withheld) is not a staff member');
    expect(posted).toContain('faq/are-my-comments-anonymous.md line 1: must start with a line of three dashes (---) opening the front matter');
    expect(posted).not.toContain('lots');

    // Still answering from the previous pack, which has the FAQ.
    await ask(h, SUSAN, 'Will my comments be anonymous?');
    expect(contentOf(lastDm(h, SUSAN) as SlackCall)).toContain('FAQ: Will my comments be anonymous?');

    // HR asks to reload: still broken, shown in full to them alone.
    await h.deliver(slashCommand('reload', { user: HR_USER, responseUrl: h.fake.responseUrl() }));
    const reply = h.fake.callsTo('response_url').at(-1);
    expect(reply?.args['response_type']).toBe('ephemeral');
    expect(String(reply?.args['text'])).toContain('found "lots"');

    // Fixed: the channel hears so.
    writeFileSync(faq, good);
    writeFileSync(staff, readFileSync(staff, 'utf8').replace('1966-11-02,lots', '1966-11-02,925'));
    await h.deliver(slashCommand('reload', { user: HR_USER, responseUrl: h.fake.responseUrl() }));
    expect(String(h.fake.callsTo('response_url').at(-1)?.args['text'])).toMatch(/^Reloaded the consultation pack: \d+ FAQs/);
    expect(h.fake.delivered('chat.postMessage').filter((c) => c.args['channel'] === HR_CHANNEL).map((c) => c.args['text'])).toEqual([
      'The consultation pack has 5 problems; still answering from the last good version',
      'The consultation pack loads again',
    ]);
  });
});

describe('the weekly digest', () => {
  it('posts the week’s worst-answered general questions to HR’s channel, naming nobody', async () => {
    const { h } = await start();
    await ask(h, SUSAN, PARKING[0] ?? '');
    await ask(h, PAUL, PARKING[1] ?? '');
    await ask(h, SUSAN, 'Is my post at risk?');
    await ask(h, PAUL, 'When does the consultation close?');
    // Monday 14 February 2011, 09:00 London.
    expect(await h.handle.runDigest(new Date('2011-02-14T09:00:00Z'))).toBe(true);
    const [post] = h.fake.delivered('chat.postMessage').filter((c) => c.args['channel'] === HR_CHANNEL);
    const text = contentOf(post as SlackCall);
    expect(text).toContain('*Weekly digest*: 3 general questions in the seven days to Monday 14 February 2011.');
    expect(text).toContain('1. “Can I park at the Banbury office?”: asked 2 times: 2 not answered');
    expect(text).not.toContain('post at risk');
    for (const who of [SUSAN, PAUL]) expect(text).not.toContain(who);
  });
});
