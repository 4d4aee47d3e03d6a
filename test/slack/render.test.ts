import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/assistant/reply.js';
import { escapeSlackText } from '../../src/channels/slack/escape.js';
import { markdownToMrkdwn } from '../../src/channels/slack/mrkdwn.js';
import { questionText } from '../../src/channels/slack/question-text.js';
import { renderReply, splitText } from '../../src/channels/slack/render-reply.js';
import { renderHome } from '../../src/channels/slack/render-home.js';
import { quoted, hrChannelMessage } from '../../src/channels/slack/ask-hr-messages.js';
import { sample } from './harness.js';

const reply = (over: Partial<Reply> = {}): Reply => ({
  text: 'An answer.',
  sources: [],
  confidence: 1,
  abstained: false,
  private: false,
  intent: 'general',
  actions: [],
  ...over,
});

describe('markdownToMrkdwn', () => {
  it('turns Markdown emphasis into Slack mrkdwn', () => {
    expect(markdownToMrkdwn('**Your post continues.** It is *not* listed.')).toBe('*Your post continues.* It is _not_ listed.');
    expect(markdownToMrkdwn('**Your post, *Area Service Manager* (16), is listed.**')).toBe('*Your post, _Area Service Manager_ (16), is listed.*');
    expect(markdownToMrkdwn('__also bold__ and 2 * 3 * 4')).toBe('*also bold* and 2 * 3 * 4');
  });

  it('turns headings, lists, quotes and links into their mrkdwn forms', () => {
    expect(markdownToMrkdwn('## What happens **next**\n- one\n  * two\n> quoted *word*\n>\n[the intranet](https://example.org/a?b=1&c=2)')).toBe(
      '*What happens next*\n• one\n  • two\n> quoted _word_\n>\n<https://example.org/a?b=1&amp;c=2|the intranet>',
    );
  });

  it('escapes & < > so nothing in an answer can be a mention', () => {
    expect(markdownToMrkdwn('Email CYP&F <!channel> <@U123> a > b')).toBe('Email CYP&amp;F &lt;!channel&gt; &lt;@U123&gt; a &gt; b');
  });
});

describe('escapeSlackText', () => {
  it('escapes exactly the three characters Slack reserves', () => {
    expect(escapeSlackText('<!here> & <@U1|pat> *bold* _it_')).toBe('&lt;!here&gt; &amp; &lt;@U1|pat&gt; *bold* _it_');
  });
});

describe('questionText', () => {
  const pack = sample();
  it('drops the app mention, names people mentioned, keeps what was typed', () => {
    expect(questionText('<@UBOT> is <@U0000003> at risk?', 'UBOT', pack)).toBe('is Susan Whitfield at risk?');
    expect(questionText('<@UBOT>   hi <@U7777777|pat> &amp; <#C1234|general> &lt;b&gt;', 'UBOT', pack)).toBe('hi pat & #general <b>');
    expect(questionText('see <https://example.org|the site> <!channel>', 'UBOT', pack)).toBe('see the site');
  });
});

describe('renderReply', () => {
  it('shows the answer, its sources with freshness, and feedback buttons carrying the question id', () => {
    const message = renderReply(
      reply({
        text: '**Closing date**\n\nIt closes on 4 April.',
        sources: [
          { kind: 'faq', title: 'FAQ: When does <consultation> close?', ref: 'faq/x.md', updated: '2011-02-01' },
          { kind: 'document', title: 'Section 1 › Dates', ref: 'consultation/document.md#dates' },
        ],
      }),
      { questionId: 'q-1', askHr: true, markDone: false },
    );
    expect(message.text).toBe('*Closing date*\n\nIt closes on 4 April.');
    expect(message.blocks).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '*Closing date*\n\nIt closes on 4 April.' } },
      {
        type: 'context',
        block_id: 'sources',
        elements: [
          { type: 'mrkdwn', text: ':grey_question: FAQ: When does &lt;consultation&gt; close? · updated 2011-02-01' },
          { type: 'mrkdwn', text: ':page_facing_up: Section 1 › Dates' },
        ],
      },
      {
        type: 'actions',
        block_id: 'feedback',
        elements: [
          { type: 'button', action_id: 'feedback_up', text: { type: 'plain_text', text: ':+1: Helpful', emoji: true }, value: 'q-1' },
          { type: 'button', action_id: 'feedback_down', text: { type: 'plain_text', text: ':-1: Not helpful', emoji: true }, value: 'q-1' },
        ],
      },
    ]);
  });

  it('offers Ask HR on an abstention only when an HR channel is configured', () => {
    const abstained = reply({ abstained: true, actions: [{ kind: 'ask-hr', question: 'x' }] });
    const ids = (askHr: boolean) =>
      renderReply(abstained, { questionId: 'q', askHr, markDone: false }).blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? e.action_id : '')) : []));
    expect(ids(true)).toEqual(['ask_hr', 'feedback_up', 'feedback_down']);
    expect(ids(false)).toEqual(['feedback_up', 'feedback_down']);
  });

  it('offers the nearest entry as a button on an abstention, its question escaped in the value', () => {
    const buttons = (over: Partial<Reply>) =>
      renderReply(reply(over), { questionId: 'q', askHr: false, markDone: false }).blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    const [ask] = buttons({ abstained: true, nearest: 'What happens to Q&A <posts>?' });
    expect(ask).toMatchObject({ action_id: 'ask_nearest', text: { text: 'Ask: What happens to Q&A <posts>?' }, value: 'What happens to Q&amp;A &lt;posts&gt;?' });
    const [long] = buttons({ abstained: true, nearest: `Why ${'so '.repeat(40)}?` });
    expect(long?.type === 'button' ? long.text.text : '').toHaveLength(75);
    expect(buttons({ abstained: false, nearest: 'Will there be interviews?' }).map((e) => ('action_id' in e ? e.action_id : ''))).toEqual(['feedback_up', 'feedback_down']);
  });

  it('keeps within Slack limits: sections of 3,000 characters, buttons of 75, at most 50 blocks', () => {
    const long = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} ${'x'.repeat(900)}`).join('\n\n');
    const actions = Array.from({ length: 9 }, (_, i) => ({ kind: 'mark-done' as const, actionId: `a${i}`, label: 'y'.repeat(120) }));
    const sources = Array.from({ length: 14 }, (_, i) => ({ kind: 'policy' as const, title: `Policy ${i}`, ref: `p${i}` }));
    const { blocks } = renderReply(reply({ text: long, actions, sources }), { questionId: 'q', askHr: false, markDone: true });
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) {
      if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(3000);
      if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(10);
      if (block.type === 'actions') for (const e of block.elements) if (e.type === 'button') expect(e.text.text.length).toBeLessThanOrEqual(75);
    }
    expect(blocks.find((b) => b.block_id === 'todo')).toMatchObject({ elements: { length: 5 } });
  });

  it('splits long text at paragraph and line breaks before cutting words', () => {
    expect(splitText('aaaa\n\nbbbb\n\ncccc', 10)).toEqual(['aaaa\n\nbbbb', 'cccc']);
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('renderHome', () => {
  it('shows the overview, as of the day, in the pack time zone', () => {
    const view = renderHome({
      pack: sample(),
      overview: reply({ text: '**Your post continues.**', private: true, intent: 'my-status', actions: [{ kind: 'mark-done', actionId: 'send-views', label: 'Send your views' }] }),
      command: '/restructure',
      markDone: true,
      now: new Date('2011-02-09T23:30:00Z'),
    });
    expect(view.type).toBe('home');
    expect(JSON.stringify(view.blocks)).toContain('as of 9 February 2011');
    expect(JSON.stringify(view.blocks)).toContain('*Your post continues.*');
    expect(view.blocks.find((b) => b.block_id === 'todo')).toMatchObject({ elements: [{ action_id: 'mark_done:0', value: 'send-views' }] });
  });
});

describe('HR channel messages', () => {
  it('quotes the question escaped, and names the asker only with consent', () => {
    expect(quoted('<!channel> help\n\nplease & thanks')).toBe('> &lt;!channel&gt; help\n>\n> please &amp; thanks');
    const anonymous = JSON.stringify(hrChannelMessage('q-1', 'Who decides?', null));
    expect(anonymous).toContain('Asked anonymously');
    expect(anonymous).not.toMatch(/<@U/);
    expect(JSON.stringify(hrChannelMessage('q-1', 'Who decides?', 'U0000003'))).toContain('Asked by <@U0000003>');
  });
});
