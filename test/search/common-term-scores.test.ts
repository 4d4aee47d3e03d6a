import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createCommonTermScores } from '../../src/search/common-term-scores.js';

interface Doc {
  readonly id: string;
  readonly question: string;
  readonly body: string;
}

// "post" and "staff" are in most entries; "hub" and "ringfence" in a few.
const docs: Doc[] = [
  { id: 'a', question: 'hub post', body: 'staff post post hub' },
  { id: 'b', question: 'ringfence', body: 'staff post ringfence' },
  { id: 'c', question: 'post', body: 'staff staff' },
  { id: 'd', question: 'hub', body: 'hub hub ringfence staff' },
  { id: 'e', question: 'staff', body: 'post post post' },
  { id: 'f', question: 'other', body: 'nothing in common' },
];

function index(): MiniSearch<Doc> {
  const ms = new MiniSearch<Doc>({ fields: ['question', 'body'], tokenize: (t) => t.split(' '), searchOptions: { boost: { question: 2.5, body: 1 } } });
  ms.addAll(docs);
  return ms;
}

describe('createCommonTermScores', () => {
  it('scores the entries a rare word found exactly as MiniSearch scores the whole question', () => {
    const ms = index();
    const withCommon = createCommonTermScores(ms, docs.map((d) => d.id), ['question', 'body']);
    for (const [rare, common] of [
      [['hub'], ['post', 'staff']],
      [['hub', 'ringfence'], ['staff']],
      [['ringfence'], ['post']],
    ] as const) {
      const got = withCommon(ms.search(rare.join(' ')), common, 10);
      // MiniSearch on every word, then only the entries that have a rare word.
      const want = ms.search([...rare, ...common].join(' ')).filter((r) => rare.some((t) => r.queryTerms.includes(t)));
      expect(got.map((c) => c.id)).toEqual(want.map((r) => r.id));
      got.forEach((c, i) => {
        expect(c.score).toBeCloseTo(want[i]?.score ?? NaN, 10);
        expect([...c.queryTerms].sort()).toEqual([...(want[i]?.queryTerms ?? [])].sort());
        expect(c.match).toEqual(want[i]?.match);
      });
    }
  });

  it('returns only the best `limit` entries', () => {
    const ms = index();
    const withCommon = createCommonTermScores(ms, docs.map((d) => d.id), ['question', 'body']);
    const all = withCommon(ms.search('hub ringfence'), ['post', 'staff'], 10);
    expect(all.length).toBe(3);
    expect(withCommon(ms.search('hub ringfence'), ['post', 'staff'], 2)).toEqual(all.slice(0, 2));
  });
});
