import { missesTarget, type BenchRow } from './bench-row.js';

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  return n.toFixed(abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
}

export function formatValue(row: BenchRow): string {
  return row.unit === '%' ? `${formatNumber(row.value)}%` : `${formatNumber(row.value)} ${row.unit}`.trim();
}

function formatTarget(row: BenchRow): string {
  if (row.target === null) return '';
  const value = row.unit === '%' ? `${formatNumber(row.target.value)}%` : `${formatNumber(row.target.value)} ${row.unit}`.trim();
  return `${row.target.op} ${value}`;
}

function formatRatio(row: BenchRow): string {
  return row.ratio ? `${row.ratio.value.toFixed(2)}x ${row.ratio.against}` : '';
}

/** Notes say when a figure misses its target, first, so a reader scanning the column sees it. */
export function rowNote(row: BenchRow): string {
  const miss = missesTarget(row) ? `MISSES TARGET (${formatTarget(row)}, ${row.target?.from ?? ''})` : '';
  return [miss, row.note ?? ''].filter(Boolean).join('; ');
}

/** The rows as a plain-text table: figure, value, target, ratio, note. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [r.figure, formatValue(r), formatTarget(r), formatRatio(r), rowNote(r)]);
  const header = ['figure', 'value', 'target', 'ratio', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) =>
    c
      .map((text, i) => (i === 1 || i === 3 ? text.padStart(widths[i] ?? 0) : i === c.length - 1 ? text : text.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
