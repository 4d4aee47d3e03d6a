import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ask = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { encoding: 'utf8', input, env: { ...process.env, CONTENT_DIR: '' } });

describe('npm run ask', () => {
  it('answers one question as JSON with exactly the agreed fields, and nothing else on stdout', () => {
    const result = ask(['--as', 'E030', '--at', '2011-03-28', '--json', 'Is my post at risk?']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const reply = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(reply).sort()).toEqual(['abstained', 'confidence', 'private', 'question', 'sources', 'text']);
    expect(reply).toMatchObject({ question: 'Is my post at risk?', abstained: false, private: true });
  });

  it('reads one question per line from stdin and writes one reply per line', () => {
    const result = ask(['--json'], 'When does the consultation close?\nwhere can I park at the Banbury office?\n');
    expect(result.status).toBe(0);
    const replies = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { abstained: boolean; text: string });
    expect(replies).toHaveLength(2);
    expect(replies[0]?.text).toContain('4 April 2011');
    expect(replies[1]?.abstained).toBe(true);
  });

  it('writes plain text one reply per line without --json', () => {
    const result = ask([], 'What is a ring fence?\nhelp\n');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
  });

  it.each([
    [['--as', 'E999', 'hi'], 'ask: --as "E999" is not an employee id in this pack\'s staff.csv'],
    [['--at', '2011-02-30', 'hi'], 'ask: --at "2011-02-30" is not a date; write it as YYYY-MM-DD'],
  ])('rejects %j with one line and exit 2', (args, message) => {
    const result = ask(args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(message);
    expect(result.stdout).toBe('');
  });
});
