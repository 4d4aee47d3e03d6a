import { performance } from 'node:perf_hooks';
import { percentile } from '../eval/run-eval.js';

export { percentile };

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** What `fn` returned and the milliseconds it took, by the monotonic clock. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

export const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
