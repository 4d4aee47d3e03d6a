import { describe, expect, it } from 'vitest';
import { createTermWeights, termsSeenOnlyInNames } from '../../src/search/term-weights.js';

describe('createTermWeights', () => {
  // 100 entries: "ringfence" is a concept in 5 of them, "carry" an ordinary word in 1,
  // "post" a common word in 60, "banburi" a word seen only in names in 2.
  const df = new Map([
    ['ringfence', 5],
    ['carry', 1],
    ['post', 60],
    ['banburi', 2],
    ['jobfinder', 1],
  ]);
  const concepts = new Set(['ringfence', 'jobfinder', 'maternitypay']);
  const weights = createTermWeights(100, df, new Set(['banburi']), {
    isConcept: (t) => concepts.has(t),
    isLight: (t) => t === 'put',
    isMisspeltFiller: (t) => t === 'actuali' || t === 'carry',
  });
  const w = (term: string) => weights.weight(term);

  it('sorts terms into kinds', () => {
    expect(['ringfence', 'carry', 'banburi', 'canteen', 'maternitypay', 'put'].map((t) => weights.kind(t))).toEqual([
      'concept',
      'word',
      'name',
      'unknown',
      'unknown-concept',
      'light',
    ]);
  });

  it('takes a misspelt filler word the pack never uses as light, but never a word the pack uses', () => {
    expect(weights.kind('actuali')).toBe('light');
    // The pack writes "carry": that is a word of its own, not a slip.
    expect(weights.kind('carry')).toBe('word');
  });

  it('takes a number the pack never uses as light: it is a detail of the question, not its topic', () => {
    // "im 0.6 fte now, could i go up to 1.0": the pack never writes 1.0, but the question is about hours.
    expect(weights.kind('1.0')).toBe('light');
    expect(weights.kind('60')).toBe('light');
    expect(w('1.0')).toBeLessThan(w('canteen'));
  });

  it('weighs a light word below an ordinary word the pack uses as often, and below one it never uses', () => {
    expect(w('put')).toBeLessThan(w('canteen'));
    expect(w('put')).toBeLessThan(w('carry'));
  });

  it('weighs a concept the pack uses above any ordinary word', () => {
    expect(w('ringfence')).toBeGreaterThan(w('carry'));
    expect(w('jobfinder')).toBeGreaterThan(w('ringfence')); // rarer in the pack
  });

  it('weighs a word the pack happens to use once no more than a word it never uses', () => {
    // "carry" in one entry of a hundred is not thereby the point of a question.
    expect(w('carry')).toBeCloseTo(w('canteen'));
    expect(w('post')).toBeLessThan(w('carry'));
  });

  it('weighs a name (where or who) little, and a topic the pack never names above any word', () => {
    expect(w('banburi')).toBeLessThan(w('post') * 2);
    expect(w('banburi')).toBeLessThan(w('carry'));
    expect(w('maternitypay')).toBeGreaterThan(Math.max(...['carry', 'post', 'banburi', 'canteen'].map(w)));
    expect(w('maternitypay')).toBeGreaterThan(w('ringfence'));
  });

  it('gives every term a positive weight, so coverage is always defined', () => {
    for (const term of ['ringfence', 'carry', 'post', 'banburi', 'canteen', 'maternitypay']) expect(w(term)).toBeGreaterThan(0);
  });
});

describe('termsSeenOnlyInNames', () => {
  const analyze = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

  it('finds words the texts only ever capitalise, not acronyms or words also written in lower case', () => {
    const texts = ['The Mill Art Centre, Spiceball Park, Banbury', 'SEN support in the centre', 'a mill town'];
    expect([...termsSeenOnlyInNames(texts, analyze)].sort()).toEqual(['art', 'banbury', 'park', 'spiceball']);
  });
});
