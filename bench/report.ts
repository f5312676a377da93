/**
 * The benchmark's results as rows of one table (printed as markdown, so docs/performance.md can
 * quote a run as is): what was measured, the baseline measured in the same run, their ratio, the
 * target from issue #8 and whether it was met. Rows without a target only inform.
 */

export interface ResultRow {
  readonly item: string;
  readonly measured: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  /** undefined: informational, no target. */
  readonly pass: boolean | undefined;
}

export function markdownTable(rows: readonly ResultRow[]): string {
  const escape = (text: string): string => text.replaceAll('|', '\\|');
  const lines = [
    '| item | measured | baseline (same run) | ratio | target | met |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${[row.item, row.measured, row.baseline, row.ratio, row.target, row.pass === undefined ? '' : row.pass ? 'yes' : '**no**'].map(escape).join(' | ')} |`),
  ];
  return lines.join('\n');
}

export function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}

export function perSecondText(value: number): string {
  return `${Math.round(value)}/s`;
}
