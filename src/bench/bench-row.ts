import type { GenPackOptions } from './gen-pack.js';
import type { LoadedPack } from './loaded-pack.js';

/** A figure's target, from DESIGN.md ("Scale the design must hold") unless `from` says otherwise. */
export interface Target {
  readonly op: '<=' | '>=';
  readonly value: number;
  readonly from: string;
}

/** One line of `npm run bench`: a measured figure, its target, and its ratio to a baseline measured in the same run. */
export interface BenchRow {
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  readonly target: Target | null;
  /** This figure over the baseline's, both measured in this run; below 1 means smaller (faster, leaner). */
  readonly ratio?: { readonly value: number; readonly against: string };
  readonly note?: string;
}

export interface BenchContext {
  readonly sample: { readonly dir: string };
  readonly synthetic: { readonly dir: string; readonly options: GenPackOptions };
  /** A pack loaded and its assistant built once per run, shared by the groups that only ask questions. */
  loaded(dir: string): LoadedPack;
  progress(message: string): void;
}

/**
 * A group of figures: one small module each (pack load, answer latency, ...), listed in
 * src/cli/bench.ts. A new figure is a new module returning rows; the table needs no change.
 */
export interface BenchGroup {
  readonly name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

export const DESIGN = 'DESIGN.md';

export function target(op: Target['op'], value: number, from = DESIGN): Target {
  return { op, value, from };
}

export function missesTarget(row: BenchRow): boolean {
  if (row.target === null) return false;
  return row.target.op === '<=' ? row.value > row.target.value : row.value < row.target.value;
}
