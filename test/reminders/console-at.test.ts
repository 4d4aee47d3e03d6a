import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../src/channels/console/console-chat.js';
import { openSqliteStore } from '../../src/store/open-store.js';
import { sample } from '../helpers/sample.js';

/*
 * `/at` in the terminal chat shows the reminders sent on the way, on the sample pack.
 * Patrick Doyle (E030) holds a tier 4 post: "Tier 4 Staff Preference Sheets due" (27 May
 * 2011, essential) reminds him on Friday 20, Wednesday 25 and Thursday 26 May.
 */

async function chat(lines: string[], options: Partial<Parameters<typeof runConsoleChat>[0]> = {}): Promise<string> {
  const { pack, assistant } = sample();
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runConsoleChat({ content: () => ({ pack, assistant }), input, output, startedAt: new Date('2026-11-23T10:00:00Z'), interactive: false, ...options });
  input.end(lines.join('\n'));
  await done;
  return text;
}

const count = (text: string, part: string) => text.split(part).length - 1;
const SHEETS_FIRST = 'Friday 20 May 2011, 9am, to you:\n**Reminder: Tier 4 Staff Preference Sheets due**';

describe('/at in the terminal chat', () => {
  it('shows the reminders sent on the way, once each; going back fires nothing', async () => {
    const out = await chat(['/as E030', '/at 2011-05-21', '/at 2011-05-01', '/at 2011-05-21']);
    expect(count(out, SHEETS_FIRST)).toBe(1);
    // The announcements of February and March (consultation closes: 21 March, 28 March, 1 April) come once too.
    expect(count(out, 'Monday 21 March 2011, 9am, in the announcement channel:\n**Reminder: Staff consultation closes**')).toBe(1);
    expect(out).toContain('Reminders on the way (14):');
    // Back to 1 May: nothing; forward over the same days again: nothing new.
    const [, afterBack = '', afterAgain = ''] = out.split('You are Patrick Doyle (E030), on ').slice(2);
    expect(afterBack).toBe('Sunday 1 May 2011.\n\n');
    expect(afterAgain).toBe('Saturday 21 May 2011.\nNo reminders on the way.\n\n');
  });

  it('shows only announcements to someone the chat does not know', async () => {
    const out = await chat(['/at 2011-05-21']);
    expect(out).not.toContain('to you');
    expect(out).toContain('in the announcement channel');
  });

  it('stops a person’s reminders about an action they mark done with /done', async () => {
    const store = openSqliteStore(':memory:');
    const out = await chat(['/as E030', '/at 2011-05-21', '/done tier4-preference-sheet', '/at 2011-05-27'], { reminders: { actions: store.actions } });
    expect(out).toContain('Marked as done: Return your Staff Preference Sheet for the tier 4 posts to HR. No more reminders about it.');
    expect(store.actions.completedBy('E030')).toEqual(new Set(['tier4-preference-sheet']));
    expect(out).not.toContain('Wednesday 25 May 2011, 9am, to you');
    // Other reminders still come: the interviews.
    expect(out).toContain('Friday 27 May 2011, 9am, to you:\n**Reminder: Tier 4 interviews**');
    store.close();
  });

  it('explains /done without a person or with an action that is not theirs', async () => {
    const out = await chat(['/done send-views', '/as E030', '/done voluntary-redundancy-interest']);
    expect(out).toContain('Be someone first (/as EMPLOYEE_ID): actions are marked done for a person.');
    expect(out).toMatch(/"voluntary-redundancy-interest" is not one of your actions; yours are: book-briefing-cowley, .*tier4-preference-sheet/);
  });
});
