import type { ChartConfiguration } from 'chart.js';

export type ChartKey = 'funnel' | 'channels' | 'lost_reasons' | 'trend';

/**
 * One digest chart: the Chart.js config that QuickChart (in Slack) and the demo page (locally) both
 * draw, the alt text that states its numbers, and the same numbers as a compact text table.
 */
export type DigestChart = {
  key: ChartKey;
  title: string;
  config: ChartConfiguration;
  altText: string;
  /** Monospaced rows, for a code block in the chart's thread reply. */
  table: string;
};

/** Slack's limit on an image block's alt_text. */
export const ALT_TEXT_LIMIT = 2000;

export function altText(text: string): string {
  return text.length <= ALT_TEXT_LIMIT ? text : `${text.slice(0, ALT_TEXT_LIMIT - 1)}…`;
}

/** Aligns rows into columns: the first column left-aligned, the others (figures) right-aligned. */
export function textTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  return all
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
