import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOptions, generatePack, scaledOptions } from '../../src/bench/gen-pack.js';
import { writePackFiles } from '../../src/bench/write-pack.js';
import { formatContentError } from '../../src/content/content-error.js';
import { loadPack } from '../../src/content/load-pack.js';
import type { ContentPack } from '../../src/content/types.js';
import { directReports, postStatus, type PostStatusKind } from '../../src/status/post-status.js';

const folders: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-pack-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const options = scaledOptions(500, 7);
const files = generatePack(options);

function load(packFiles: ReadonlyMap<string, string>): ContentPack {
  const dir = tempDir();
  writePackFiles(dir, packFiles);
  const result = loadPack(dir);
  if (!result.ok) throw new Error(result.errors.slice(0, 5).map(formatContentError).join('\n'));
  return result.pack;
}

const pack = load(files);

describe('generatePack', () => {
  it('makes a pack the loader accepts, with the sizes asked for', () => {
    expect(pack.staff.size).toBe(500);
    expect(pack.posts.size).toBe(options.posts);
    expect(pack.faqs).toHaveLength(options.faqs);
    const documentBytes = Buffer.byteLength(files.get('consultation/document.md') ?? '');
    expect(documentBytes).toBeGreaterThanOrEqual(options.docBytes);
    expect(documentBytes).toBeLessThan(options.docBytes * 1.1);
  });

  it('gives every status a share of the staff, continuing and at risk both substantial', () => {
    const counts = new Map<PostStatusKind, number>();
    for (const e of pack.staff.values()) {
      const kind = postStatus(pack, e).kind;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    for (const kind of ['continuing', 'slotted-in', 'ring-fenced', 'at-risk-no-pool', 'pools-not-published'] as const) {
      expect(counts.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
    const continuing = (counts.get('continuing') ?? 0) / pack.staff.size;
    expect(continuing).toBeGreaterThan(0.2);
    expect(continuing).toBeLessThan(0.8);
  });

  it('gives every manager 3 to 15 direct reports, and everyone but the heads of service a manager', () => {
    const managers = [...pack.staff.values()].filter((e) => directReports(pack, e.id).length > 0);
    expect(managers.length).toBeGreaterThan(pack.staff.size / 20);
    for (const m of managers) {
      const n = directReports(pack, m.id).length;
      expect(n, m.id).toBeGreaterThanOrEqual(3);
      expect(n, m.id).toBeLessThanOrEqual(15);
    }
    const heads = [...pack.staff.values()].filter((e) => e.managerId === null);
    expect(heads.every((e) => pack.posts.get(e.postId)?.tier === 3)).toBe(true);
  });

  it('has pools of several sizes, slot-ins and no-pool rows, published and provisional', () => {
    const poolSizes = new Map<string, number>();
    for (const r of pack.ringFences) if (r.newPostId !== null && r.basis === 'ring-fence') poolSizes.set(r.newPostId, (poolSizes.get(r.newPostId) ?? 0) + 1);
    const sizes = [...poolSizes.values()];
    expect(sizes).toContain(1);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(5);
    expect(pack.ringFences.some((r) => r.basis === 'slot-in')).toBe(true);
    expect(pack.ringFences.some((r) => r.newPostId === null)).toBe(true);
    expect(new Set(pack.ringFences.map((r) => r.state))).toEqual(new Set(['published', 'provisional']));
  });

  it('has a timeline with confirmed and provisional dates, for pools, tiers and single people too', () => {
    expect(pack.timeline.some((m) => m.status === 'confirmed')).toBe(true);
    expect(pack.timeline.some((m) => m.status === 'provisional')).toBe(true);
    const kinds = new Set(pack.timeline.flatMap((m) => m.audience.map((a) => a.kind)));
    for (const kind of ['everyone', 'at-risk', 'ring-fenced', 'managers', 'tier', 'pool', 'employee'] as const) expect(kinds, kind).toContain(kind);
  });

  it('gives the same files for the same seed, and a different pack for another seed', () => {
    expect(generatePack(options)).toEqual(files);
    const other = generatePack({ ...options, seed: options.seed + 1 });
    expect(other.get('consultation/staff.csv')).not.toBe(files.get('consultation/staff.csv'));
  });

  it('refuses options that cannot make a pack', () => {
    expect(checkOptions(scaledOptions(50))).toMatch(/staff must be a whole number of at least 100/);
    expect(checkOptions({ ...options, posts: 1_000 })).toMatch(/posts must not be more than staff/);
    expect(() => generatePack({ ...options, seed: -1 })).toThrow(/seed/);
  });
});

describe('npm run gen-pack', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/gen-pack.ts', ...args], { encoding: 'utf8' });

  it('writes a pack that npm run check passes', () => {
    const out = join(tempDir(), 'pack');
    const result = run(['--staff', '200', '--out', out, '--seed', '3']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Wrote \d+ files .*200 staff, 60 posts, 20 FAQs/);
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', '--content', out], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('refuses a folder that is not empty, and replaces the pack in it with --force', () => {
    const out = tempDir();
    writeFileSync(join(out, 'notes.txt'), 'keep me');
    const refused = run(['--staff', '200', '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('is not empty; choose an empty folder, or add --force to write over it');
    expect(readdirSync(out)).toEqual(['notes.txt']);

    expect(run(['--staff', '200', '--out', out, '--force']).status).toBe(0);
    expect(readdirSync(join(out, 'faq'))).toHaveLength(20);
    // A smaller pack over a larger one leaves none of the larger one's FAQs behind.
    const forced = run(['--staff', '200', '--out', out, '--force', '--faqs', '5']);
    expect(forced.status).toBe(0);
    expect(readdirSync(join(out, 'faq'))).toHaveLength(5);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(join(out, 'consultation', 'staff.csv'))).toBe(true);
  });

  it('rejects a bad number with usage and exit 2', () => {
    const result = run(['--staff', 'lots', '--out', join(tempDir(), 'x')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--staff expects a number, found "lots"');
    expect(result.stderr).toContain('usage: npm run -s gen-pack');
  });
});
