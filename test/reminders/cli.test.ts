import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePack } from '../helpers/pack-builder.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/reminders.ts', ...args], { cwd: ROOT, env: sampleEnv() }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Without CONTENT_DIR, so a developer's own setting cannot change what the sample shows. */
function sampleEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['CONTENT_DIR'];
  return env;
}

// Each run starts a TypeScript process; start them together rather than one after another.
const runs: Record<string, Run> = {};
beforeAll(async () => {
  const broken = writePack({ 'consultation/staff.csv': 'employee_id,name\nE001,Alex\n' });
  const cases: Record<string, string[]> = {
    text: ['--from', '2011-03-19', '--to', '2011-04-05'],
    json: ['--from', '2011-03-19', '--to', '2011-04-05', '--json'],
    badDate: ['--from', '2011-02-30', '--to', '2011-03-01'],
    backwards: ['--from', '2011-03-02', '--to', '2011-03-01'],
    badPack: ['--content', broken.dir, '--from', '2011-03-01', '--to', '2011-03-02'],
  };
  const results = await Promise.all(Object.values(cases).map(run));
  Object.keys(cases).forEach((name, i) => (runs[name] = results[i]!));
  broken.remove();
}, 60_000);

describe('npm run reminders', () => {
  it('prints the plan as a table by date', () => {
    expect(runs['text']).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '3 reminders from Saturday 19 March 2011 to Tuesday 5 April 2011 (Europe/London); nobody has marked anything done in a preview.',
        '',
        'Monday 21 March 2011',
        '  9am  announcement  channel  consultation-closes 14d',
        '',
        'Monday 28 March 2011',
        '  9am  announcement  channel  consultation-closes 7d',
        '',
        'Friday 1 April 2011',
        '  9am  announcement  channel  consultation-closes 1d',
        '',
      ].join('\n'),
    });
  });

  it('prints one JSON object per line with --json', () => {
    const lines = runs['json']!.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l['key'], l['fireAt'], l['fireAtLocal']])).toEqual([
      ['announcement|consultation-closes|announce|14d|2011-04-04', '2011-03-21T09:00:00.000Z', '2011-03-21T09:00'],
      ['announcement|consultation-closes|announce|7d|2011-04-04', '2011-03-28T08:00:00.000Z', '2011-03-28T09:00'],
      ['announcement|consultation-closes|announce|1d|2011-04-04', '2011-04-01T08:00:00.000Z', '2011-04-01T09:00'],
    ]);
    expect(lines[0]).toMatchObject({ kind: 'announcement', recipient: 'announce', milestone: 'consultation-closes', offset: '14d', provisional: false });
  });

  it('exits 2 with one line for a bad date or a backwards window', () => {
    const usage = '(usage: npm run -s reminders -- [--content DIR] --from YYYY-MM-DD --to YYYY-MM-DD [--json])';
    expect(runs['badDate']).toEqual({
      code: 2,
      stdout: '',
      stderr: `reminders: --from: expected a real date written YYYY-MM-DD, e.g. 2011-02-01, found "2011-02-30" ${usage}\n`,
    });
    expect(runs['backwards']).toEqual({ code: 2, stdout: '', stderr: `reminders: --from 2011-03-02 is after --to 2011-03-01 ${usage}\n` });
  });

  it('exits 1 with the pack’s errors as check prints them', () => {
    const { code, stderr, stdout } = runs['badPack']!;
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^The pack in .+ has \d+ problems?:\n/);
    expect(stderr).toContain('  consultation/staff.csv line 1: ');
  });
});
