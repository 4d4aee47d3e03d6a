import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { MINIMAL_PACK, writePack, type TempPack } from '../helpers/pack-builder.js';

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '' } });

let pack: TempPack | undefined;
afterEach(() => pack?.remove());

describe('npm run check', () => {
  it('passes the sample pack and prints its summary', () => {
    const result = run([]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Pack OK: /);
    expect(result.stdout).toMatch(/at risk: \d+ \(slotted in \d+, ring-fenced \d+, no pool \d+, pools not yet published \d+\)/);
  });

  it('fails a broken pack with every error, one per line, and exit 1', () => {
    pack = writePack({
      'consultation/staff.csv': (MINIMAL_PACK['consultation/staff.csv'] ?? '').replace('0.6,E001', '0.6,E099'),
      'consultation/timeline.yaml': 'milestones: [',
    });
    const result = run(['--content', pack.dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('has 2 problems:');
    expect(result.stderr).toContain('  consultation/staff.csv line 4: manager_id: "E099" is not a staff member');
    expect(result.stderr).toMatch(/ {2}consultation\/timeline\.yaml line 1: is not valid YAML/);
    expect(result.stderr).not.toMatch(/\bat \w+ \(|Error:/);
  });

  it('rejects an unknown flag with usage and exit 2', () => {
    const result = run(['--contnet', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run check [-- --content DIR]');
  });
});
