import { afterEach, describe, expect, it } from 'vitest';
import { createLivePack } from '../../src/content/live-pack.js';
import { loadPack } from '../../src/content/load-pack.js';
import type { ContentError, ContentPack } from '../../src/content/types.js';
import { MINIMAL_PACK, writePack, type TempPack } from '../helpers/pack-builder.js';

let pack: TempPack | undefined;
afterEach(() => pack?.remove());

function start() {
  pack = writePack();
  const first = loadPack(pack.dir);
  if (!first.ok) throw new Error('fixture pack is invalid');
  return { tmp: pack, live: createLivePack(pack.dir, first.pack, (p: ContentPack) => p.faqs.length) };
}

describe('the live pack', () => {
  it('swaps in a valid edit and tells listeners', () => {
    const { tmp, live } = start();
    const swaps: [number, number][] = [];
    live.onSwap((next, previous) => swaps.push([next.built, previous.built]));
    tmp.write('faq/second.md', (MINIMAL_PACK['faq/redundancy-pay.md'] ?? '').replace('id: redundancy-pay', 'id: second'));
    expect(live.reload()).toEqual({ ok: true });
    expect(live.current().built).toBe(2);
    expect(swaps).toEqual([[2, 1]]);
  });

  it('keeps serving the last good pack when an edit is broken, and reports the errors once', () => {
    const { tmp, live } = start();
    const reported: (readonly ContentError[])[] = [];
    live.onErrors((errors) => reported.push(errors));
    const before = live.current();
    tmp.write('consultation/staff.csv', 'employee_id,name\n');
    const result = live.reload();
    expect(result.ok).toBe(false);
    expect(live.reload().ok).toBe(false);
    expect(live.current()).toBe(before);
    expect(reported).toHaveLength(1);
    expect(reported[0]?.[0]?.file).toBe('consultation/staff.csv');
  });

  it('keeps serving when a file is deleted or truncated during a reload', () => {
    const { tmp, live } = start();
    const before = live.current();
    tmp.write('consultation/timeline.yaml', 'milestones:\n  - id: x\n    tit');
    expect(live.reload().ok).toBe(false);
    expect(live.current()).toBe(before);
    tmp.remove();
    expect(live.reload().ok).toBe(false);
    expect(live.current().pack.faqs[0]?.id).toBe('redundancy-pay');
  });

  it('reloads by itself when a watched file changes', async () => {
    const { tmp, live } = start();
    const swapped = new Promise<number>((resolve) => live.onSwap((next) => resolve(next.built)));
    live.watch(50);
    tmp.write('faq/third.md', (MINIMAL_PACK['faq/redundancy-pay.md'] ?? '').replace('id: redundancy-pay', 'id: third'));
    await expect(swapped).resolves.toBe(2);
    live.close();
  });
});
