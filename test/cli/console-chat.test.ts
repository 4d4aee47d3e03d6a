import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../src/channels/console/console-chat.js';
import { sample } from '../helpers/sample.js';

async function chat(lines: string[], startedAt = new Date('2026-11-23T10:00:00Z')): Promise<string> {
  const { pack, assistant } = sample();
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runConsoleChat({ content: () => ({ pack, assistant }), input, output, startedAt, interactive: false });
  input.end(lines.join('\n'));
  await done;
  return text;
}

describe('the terminal chat', () => {
  it('starts on the consultation when today is outside it, and reads to the end of input', async () => {
    const out = await chat(['/whoami']);
    expect(out).toContain('the chat stands on Tuesday 1 February 2011');
    expect(out).toContain('You are nobody in particular (general answers only), on Tuesday 1 February 2011.');
  });

  it('lets you be someone, move the date and ask about yourself', async () => {
    const out = await chat(['/as E030', '/at 2011-03-28', 'what are my deadlines?']);
    expect(out).toContain('You are Patrick Doyle (E030), on Monday 28 March 2011.');
    expect(out).toContain('**Staff consultation closes**: Monday 4 April 2011');
    expect(out).toContain('private: shown only to you');
  });

  it('shows sources under an answer', async () => {
    const out = await chat(['When does the consultation close?']);
    expect(out).toMatch(/Sources:\n {2}- FAQ: .*\(faq\/[a-z-]+\.md, updated 2011-02-01\)/);
  });

  it('asks the nearer question an abstention offered with /ask, and only then', async () => {
    const out = await chat(['/ask', 'r there going to be interviews or is it all chats over coffee', '/ask']);
    expect(out).toContain('There is nothing to ask: I offer a nearer question only when I do not know an answer.');
    expect(out).toContain('(/ask asks “Will there be interviews?”)');
    expect(out).toContain('faq/will-there-be-interviews.md');
  });

  it('explains bad commands instead of failing', async () => {
    const out = await chat(['/as E999', '/at next tuesday', '/frobnicate', '/help']);
    expect(out).toContain('"E999" is not an employee id in the staff list');
    expect(out).toContain('Write the date as YYYY-MM-DD');
    expect(out).toContain('Unknown command /frobnicate');
    expect(out).toContain('/as EMPLOYEE_ID');
  });

  it('stops at /quit', async () => {
    const out = await chat(['/quit', 'When does the consultation close?']);
    expect(out).not.toContain('4 April 2011');
  });
});

describe('npm start without Slack tokens', () => {
  it('runs the terminal chat on the sample pack and exits at the end of piped input', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    // The chat logs questions: keep them out of this checkout's own data folder.
    const dataDir = mkdtempSync(join(tmpdir(), 'data-'));
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_') && k !== 'CONTENT_DIR')), DATA_DIR: dataDir };
    // npm start itself: it compiles src/ to dist/ and runs that with its node flags, so this also
    // proves the compiled copy finds the lexicon, the sample pack and the bank holidays.
    const result = spawnSync('npm', ['start', '--silent'], { encoding: 'utf8', input: '/as E015\nIs my post at risk?\nWhere can I park at the Banbury office?\n', env });
    rmSync(dataDir, { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('**Your post continues.**');
    expect(result.stdout).toContain("I don't know");
  }, 90_000);
});
