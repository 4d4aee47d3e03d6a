import { describe, expect, it } from 'vitest';
import type { ChildReply } from '../../src/bench/child-protocol.js';
import { rssRow } from '../../src/bench/rss.js';

type Serve = Extract<ChildReply, { kind: 'serve' }>;

const run = (hwmMb: number | null, overrides: Partial<Serve> = {}): Serve => ({
  kind: 'serve',
  startRssMb: 96,
  readyRssMb: 185,
  readyHwmMb: 183,
  readyHeapUsedMb: 68,
  maxRssMb: 190,
  hwmMb,
  asks: 2500,
  seconds: 5,
  ...overrides,
});

describe('rssRow', () => {
  it('reports the median of the runs, so one run that happened to collect garbage late does not decide it', () => {
    const row = rssRow([run(196), run(391), run(188)], '20,000-staff pack');
    expect(row.value).toBe(196);
    expect(row.figure).toBe('peak RSS serving the 20,000-staff pack (VmHWM, median of 3)');
    expect(row.note).toMatch(/^3 fresh processes peaked at 196, 391, 188 MB \(1 over 200 MB\); medians: 96 MB before the pack is read/);
    expect(row.note).toContain('183 MB peak while loading and building');
  });

  it('uses every run\'s sampled maximum where the kernel gives no high-water mark for one of them', () => {
    const row = rssRow([run(null, { maxRssMb: 210 }), run(190, { maxRssMb: 185 }), run(195, { maxRssMb: 192 })], 'pack');
    expect(row.value).toBe(192);
    expect(row.figure).toBe('peak RSS serving the pack (median of 3)');
    expect(row.note).toContain('sampled only');
  });
});
