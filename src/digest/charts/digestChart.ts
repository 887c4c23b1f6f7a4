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

/** A thread table wider than this would wrap on a phone (issue 19): it is split by columns. */
export const PHONE_TABLE_WIDTH = 48;

/**
 * Aligns rows into columns: the first column left-aligned, the others (figures) right-aligned.
 * Wider than `PHONE_TABLE_WIDTH`, it becomes several tables, one after another, each repeating the
 * first column with as many of the next columns as fit.
 */
export function textTable(header: string[], rows: string[][], maxWidth = PHONE_TABLE_WIDTH): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const groups: number[][] = [];
  let width = widths[0] ?? 0;
  for (let column = 1; column < header.length; column += 1) {
    const added = 2 + (widths[column] ?? 0);
    const current = groups.at(-1);
    if (current && width + added <= maxWidth) {
      current.push(column);
      width += added;
    } else {
      groups.push([column]);
      width = (widths[0] ?? 0) + added;
    }
  }
  const render = (columns: number[]) =>
    all
      .map((row) =>
        [0, ...columns]
          .map((column) =>
            column === 0
              ? (row[0] ?? '').padEnd(widths[0] ?? 0)
              : (row[column] ?? '').padStart(widths[column] ?? 0),
          )
          .join('  ')
          .trimEnd(),
      )
      .join('\n');
  return (groups.length === 0 ? [[]] : groups).map(render).join('\n\n');
}
