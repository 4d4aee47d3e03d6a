import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/eval/run-eval.js';
import { sample } from '../helpers/sample.js';

const { pack, assistant } = sample();

describe('runEval', () => {
  it('scores fact hits, abstentions, and abstentions whose nearest entry answers, for the engine and the baseline', () => {
    const report = runEval(
      pack,
      assistant,
      [
        { q: 'will there be interviews for the new posts?', facts: ['selection criteria'] },
        // Abstained on, but the nearest entry it names holds the fact.
        { q: 'r there going to be interviews or is it all chats over coffee', facts: ['selection criteria'] },
        // Answered, but not with this (made-up) fact.
        { q: 'will there be interviews for the new posts?', facts: ['a fact no entry holds'] },
        { q: 'how many days of annual leave do community hub workers get', abstain: true },
      ],
      [],
    );
    expect(report.engine).toMatchObject({ inScope: 3, factHits: 1, nearestHits: 1, outOfScope: 1, correctAbstentions: 1 });
    expect(report.baseline).toMatchObject({ inScope: 3, outOfScope: 1, correctAbstentions: 0, nearestHits: 0 });
    expect(report.misses).toHaveLength(2);
  });
});
