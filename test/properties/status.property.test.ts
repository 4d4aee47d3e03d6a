import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentPack, Employee, Post, RingFence } from '../../src/content/types.js';
import { isInAudience } from '../../src/status/audience.js';
import { postStatus } from '../../src/status/post-status.js';
import { sample } from '../helpers/sample.js';

const { pack: base } = sample();

/** A pack with random posts, ring fences and staff; everything else from the sample. */
const randomPack = fc
  .record({
    current: fc.array(fc.record({ change: fc.constantFrom('deleted', 'continuing', 'changed'), band: fc.option(fc.integer({ min: 5, max: 18 })) }), { minLength: 1, maxLength: 12 }),
    fresh: fc.array(fc.record({ band: fc.option(fc.integer({ min: 5, max: 18 })), fte: fc.option(fc.integer({ min: 1, max: 20 })) }), { minLength: 0, maxLength: 6 }),
    fences: fc.array(fc.record({ to: fc.nat(), from: fc.nat(), basis: fc.constantFrom('slot-in', 'ring-fence'), none: fc.boolean() }), { maxLength: 20 }),
    staff: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
  })
  .map(({ current, fresh, fences, staff }): ContentPack => {
    const post = (id: string, change: Post['change'], band: number | null, fte: number | null): Post => ({
      id, title: id, service: 'S', tier: null, grade: band === null ? 'TBC' : `G${band}`, payScale: 'NJC',
      gradeBand: band === null ? null : { min: band, max: band }, fte, change, source: 'redundancy',
    });
    const posts = new Map<string, Post>();
    current.forEach((c, i) => posts.set(`C${i}`, post(`C${i}`, c.change as Post['change'], c.band, 1)));
    fresh.forEach((n, i) => posts.set(`N${i}`, post(`N${i}`, 'new', n.band, n.fte)));
    const seen = new Set<string>();
    const ringFences: RingFence[] = [];
    for (const f of fences) {
      const from = `C${f.from % current.length}`;
      const to = fresh.length === 0 || f.none ? null : `N${f.to % fresh.length}`;
      const key = `${to}|${from}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ringFences.push({ newPostId: to, currentPostId: from, basis: f.basis as RingFence['basis'], state: 'provisional' });
    }
    const people = new Map<string, Employee>();
    staff.forEach((p, i) => {
      const id = `P${i}`;
      people.set(id, { id, name: id, email: `${id}@x.org`, slackUserId: null, postId: `C${p % current.length}`, grade: 'G1', fte: 1, managerId: null, serviceStart: '2000-01-01', contract: 'permanent', dateOfBirth: null, weeklyPay: null });
    });
    return { ...base, posts, ringFences, staff: people };
  });

describe('post status', () => {
  it('gives every employee exactly one status, never throws, and "at risk" means a deleted post', () => {
    fc.assert(
      fc.property(randomPack, (pack) => {
        for (const e of pack.staff.values()) {
          const status = postStatus(pack, e);
          expect(['continuing', 'slotted-in', 'ring-fenced', 'at-risk-no-pool', 'pools-not-published']).toContain(status.kind);
          expect(status.post.id).toBe(e.postId);
          const deleted = pack.posts.get(e.postId)?.change === 'deleted';
          expect(isInAudience(pack, e, [{ kind: 'at-risk' }])).toBe(deleted);
          if (status.kind === 'continuing') expect(deleted).toBe(false);
          if (status.kind === 'ring-fenced') expect(status.pools.length).toBeGreaterThan(0);
          // The same question twice gives the same answer: status is a function of the pack.
          expect(postStatus(pack, e)).toEqual(status);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
