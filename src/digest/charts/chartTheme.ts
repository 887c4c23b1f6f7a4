/**
 * Chart colours and sizes. Images are rendered on a white card, so they read the same in Slack's
 * light and dark themes; the palette is Okabe–Ito, distinguishable with colour-blindness.
 */
export const CHART_BACKGROUND = '#ffffff';
export const CHART_TEXT = '#1d1c1d';

export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  purple: '#CC79A7',
  grey: '#7a7a7a',
  olive: '#8c8c2f',
} as const;

/** Bar colours of the lost-reasons chart, in order. */
export const CATEGORY_COLOURS: readonly string[] = Object.values(PALETTE);

export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 320;

/** Longest category label on an axis; longer labels are cut so the URL stays short. */
export const LABEL_LIMIT = 22;

/**
 * Draw order (Chart.js dataset `order`: the lowest is drawn last, on top): lines over bars, so a
 * line's points are never hidden behind a bar.
 */
export const LINE_ORDER = 0;
export const BAR_ORDER = 1;

/** A label cut to the limit at a word's end ("Very long channel…"), mid-word only for one long word. */
export function chartLabel(text: string): string {
  if (text.length <= LABEL_LIMIT) return text;
  const room = text.slice(0, LABEL_LIMIT - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace >= LABEL_LIMIT / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:–-]+$/, '')}…`;
}
