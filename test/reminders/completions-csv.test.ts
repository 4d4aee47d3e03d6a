import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/content/content-error.js';
import { parseCompletionsCsv } from '../../src/reminders/parse-completions-csv.js';
import { openStore } from '../../src/store/open-store.js';
import { writePack, type TempPack } from '../helpers/pack-builder.js';
import { packWith } from './fixtures.js';

// The minimal pack has staff E001-E004 and one action, `send-views`.
const TODAY = '2011-05-01';

function parse(text: string) {
  return parseCompletionsCsv(text, 'done.csv', packWith(), TODAY);
}

describe('parseCompletionsCsv', () => {
  it('reads employee, action and date, in any column order, as HR imports', () => {
    const result = parse('# from the HR inbox\ncompleted_on,employee_id,action_id\n2011-04-01,E002,send-views\n2011-04-04,E003,send-views\n');
    expect(result).toEqual({
      ok: true,
      completions: [
        { employeeId: 'E002', actionId: 'send-views', source: 'csv', completedAt: new Date('2011-03-31T23:00:00Z') },
        { employeeId: 'E003', actionId: 'send-views', source: 'csv', completedAt: new Date('2011-04-03T23:00:00Z') },
      ],
    });
  });

  it('reports every bad row with its line and column, and imports none', () => {
    const result = parse(
      [
        'employee_id,action_id,completed_on',
        'E002,send-views,2011-04-01',
        'E099,send-views,2011-04-01',
        'E003,send-veiws,01/04/2011',
        'E004,send-views,2011-12-04',
        'E002,send-views,2011-04-02',
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatContentError)).toEqual([
      'done.csv line 3: employee_id: "E099" is not in consultation/staff.csv',
      'done.csv line 4: action_id: "send-veiws" is not an action in consultation/timeline.yaml; its actions are send-views',
      'done.csv line 4: completed_on: expected a real date written YYYY-MM-DD, e.g. 2011-04-20, found "01/04/2011"',
      'done.csv line 5: completed_on: 2011-12-04 is in the future; check the day and month are not swapped',
      'done.csv line 6: repeats line 2 (the same employee_id and action_id)',
    ]);
  });

  it('names a wrong header the way the pack’s own CSV errors do', () => {
    const result = parse('employee,action_id,completed_on\nE002,send-views,2011-04-01\n');
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([
      'done.csv line 1: employee: is not a column of this file; expected columns: employee_id, action_id, completed_on',
      'done.csv line 1: employee_id: column is missing from the header',
    ]);
  });
});

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function run(args: readonly string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env['CONTENT_DIR'];
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/completions.ts', ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error && typeof error.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

describe('npm run completions -- --import FILE', () => {
  let dir: string;
  let pack: TempPack;
  const runs: Record<string, { code: number; stdout: string; stderr: string }> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'completions-'));
    pack = writePack();
    writeFileSync(join(dir, 'good.csv'), 'employee_id,action_id,completed_on\nE002,send-views,2011-04-01\nE003,send-views,2011-04-02\n');
    writeFileSync(join(dir, 'bad.csv'), 'employee_id,action_id,completed_on\nE004,send-views,2011-04-01\nE099,send-views,2011-04-01\n');
    const data = join(dir, 'data');
    const good = ['--content', pack.dir, '--import', join(dir, 'good.csv')];
    // Each run starts a TypeScript process: the second import waits for the first, the rest run alongside.
    [runs['again'], runs['bad'], runs['usage']] = await Promise.all([
      run(good, data).then((first) => {
        runs['good'] = first;
        return run(good, data);
      }),
      run(['--content', pack.dir, '--import', join(dir, 'bad.csv')], data),
      run(['--content', pack.dir], data),
    ]);
  }, 60_000);

  afterAll(() => {
    pack.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a good file into the store in DATA_DIR, and a second import adds nothing', () => {
    expect(runs['good']).toMatchObject({ code: 0, stdout: `Imported 2 completions from ${join(dir, 'good.csv')}.\n` });
    expect(runs['again']).toMatchObject({ code: 0, stdout: `Imported 0 completions from ${join(dir, 'good.csv')} (2 already recorded).\n` });
    const store = openStore(join(dir, 'data'));
    expect(store.actions.completions()).toEqual(new Map([['E002', new Set(['send-views'])], ['E003', new Set(['send-views'])]]));
    store.close();
  });

  it('imports nothing from a file with any bad row, and says which', () => {
    const file = join(dir, 'bad.csv');
    expect(runs['bad']?.code).toBe(1);
    expect(runs['bad']?.stderr).toBe(`${file} has 1 problem; nothing was imported:\n  ${file} line 3: employee_id: "E099" is not in consultation/staff.csv\n`);
    const store = openStore(join(dir, 'data'));
    expect(store.actions.completedBy('E004').size).toBe(0);
    store.close();
  });

  it('explains how to call it', () => {
    expect(runs['usage']).toMatchObject({ code: 2, stderr: 'completions: --import FILE is required (usage: npm run -s completions -- --import FILE [--content DIR])\n' });
  });
});
