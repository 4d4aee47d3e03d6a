import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../src/channels/console/console-chat.js';
import { openSqliteStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { liveSampleCopy, type LiveSample } from '../helpers/pack-copy.js';

/**
 * HR's loop in the terminal: the operator acts as HR, sees the top unanswered question,
 * answers it over the next lines, and the next question gets that answer with its source,
 * all on a copy of the sample pack served live as `npm start` serves it.
 */

let sample: LiveSample | undefined;
let store: Store | undefined;
afterEach(() => {
  sample?.remove();
  store?.close();
  sample = store = undefined;
});

/** Types `lines` into the chat on a fresh live copy of the sample pack; `edit` changes the copy's files after it was loaded. */
async function chat(lines: readonly string[], edit: (dir: string) => void = () => undefined): Promise<{ out: string; sample: LiveSample; store: Store }> {
  sample = liveSampleCopy();
  edit(sample.dir);
  store = openSqliteStore(':memory:');
  const s = sample;
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const done = runConsoleChat({
    content: () => ({ pack: s.live.current().pack, assistant: s.live.current().built }),
    input,
    output,
    startedAt: new Date('2026-11-23T10:00:00Z'),
    interactive: false,
    hr: { store, reload: () => s.live.reload() },
  });
  input.end(lines.join('\n'));
  await done;
  return { out, sample: s, store };
}

describe('HR in the terminal chat', () => {
  it('sees the top unanswered question, answers it, and the next person gets that answer with its source', async () => {
    const { out, sample, store } = await chat([
      'Can I park at the Banbury office?',
      'where can I park at the Banbury office',
      'When does the consultation close?',
      '/report',
      '/hr',
      '/report',
      '/answer 1',
      'Staff with a permit park in the **Castle Street** car park.',
      '',
      'Ask reception for a permit.',
      '.',
      'more-information',
      '/hr',
      'Is there parking at the Banbury office?',
    ]);
    expect(out).toContain('Only HR can see the report: type /hr to act as HR.');
    expect(out).toContain('You are acting as HR');
    expect(out).toContain('3 questions since Sunday 2 January 2011, in 2 groups of near-duplicates. Who asked is never shown.');
    expect(out).toContain(' 1. "Can I park at the Banbury office?"\n    asked 2 times: 2 not answered; last asked Tuesday 1 February 2011\n    also asked as: "where can I park at the Banbury office"');
    expect(out).toContain('Answering "Can I park at the Banbury office?" (asked 2 times: 2 not answered).');
    expect(out).toContain('This will be a new FAQ, faq/can-i-park-at-the-banbury-office.md.');
    expect(out).toContain("Saved faq/can-i-park-at-the-banbury-office.md (a new FAQ). The pack reloaded: I'm answering from it now. It answers 2 logged questions");

    const file = readFileSync(join(sample.dir, 'faq/can-i-park-at-the-banbury-office.md'), 'utf8');
    expect(file).toBe(`---
id: can-i-park-at-the-banbury-office
question: Can I park at the Banbury office?
variants:
  - where can I park at the Banbury office
updated: 2011-02-01
source: more-information
---
Staff with a permit park in the **Castle Street** car park.

Ask reception for a permit.
`);
    const last = out.slice(out.indexOf('You are no longer acting as HR.'));
    expect(last).toContain('Staff with a permit park in the **Castle Street** car park.');
    expect(last).toContain('  - FAQ: Can I park at the Banbury office? (faq/can-i-park-at-the-banbury-office.md, updated 2011-02-01)');

    // Logged like Slack's, with no asker; the answered group is marked.
    const logged = store.questions.list(new Date(0));
    expect(logged.map((q) => [q.channel, q.askerSlackId, q.resolvedFaqId])).toEqual([
      ['console', null, 'can-i-park-at-the-banbury-office'],
      ['console', null, 'can-i-park-at-the-banbury-office'],
      ['console', null, null],
      ['console', null, null],
    ]);
  });

  it('rejects an unknown source with the exact message, writes nothing, and lets HR try again', async () => {
    const { out, sample } = await chat([
      'Can I park at the Banbury office?',
      '/hr',
      '/report',
      '/answer 1',
      'In the Castle Street car park.',
      '.',
      'car-parks',
      '/answer 1',
      'In the Castle Street car park.',
      '.',
      'more-information, how-to-respond',
    ]);
    expect(out).toContain('faq/can-i-park-at-the-banbury-office.md line 5: source: "car-parks" is not a section id of consultation/document.md\nNothing was written. /answer again to retry.');
    expect(out).toContain('Saved faq/can-i-park-at-the-banbury-office.md (a new FAQ).');
    expect(readFileSync(join(sample.dir, 'faq/can-i-park-at-the-banbury-office.md'), 'utf8')).toContain('source:\n  - more-information\n  - how-to-respond\n');
  });

  it('reports a broken edit on /reload and keeps answering from the last good pack', async () => {
    let faq = '';
    const { out } = await chat(['/reload', '/hr', '/reload', 'Will my comments be anonymous?'], (dir) => {
      faq = join(dir, 'faq/are-my-comments-anonymous.md');
      writeFileSync(faq, readFileSync(faq, 'utf8').replace('source: what-happens-to-feedback', 'source: nowhere'));
    });
    expect(out).toContain('Only HR can reload the pack: type /hr to act as HR.');
    expect(out).toContain('The pack has 1 problem; still answering from the last version that worked:\n  faq/are-my-comments-anonymous.md line 10: source: "nowhere" is not a section id of consultation/document.md');
    expect(out).toContain('  - FAQ: Will my comments be anonymous? (faq/are-my-comments-anonymous.md, updated 2011-02-01)');
    expect(existsSync(faq)).toBe(true);
  });
});
