import type { types } from '@slack/bolt';
import type { KnownBlock } from '../../slack/views/message';
import type { ChartImage } from '../charts/chartImage';
import { contextText } from './blockKit';

const TITLE_LIMIT = 2000;

export function chartBlockId(key: string): string {
  return `digest_chart_${key}`;
}

/** An image block of a chart, or a note in its place saying why it is not shown and where its figures are. */
export function chartImageBlock(image: ChartImage): KnownBlock {
  if ('problem' in image) {
    return contextText(
      `:bar_chart: *${image.chart.title}*: the chart image is not shown because ${image.problem}. Its figures are in the thread.`,
    );
  }
  const block: types.ImageBlock = {
    type: 'image',
    block_id: chartBlockId(image.chart.key),
    image_url: image.url,
    alt_text: image.chart.altText,
    title: { type: 'plain_text', text: image.chart.title.slice(0, TITLE_LIMIT) },
  };
  return block;
}

/** The note that replaces an image Slack could not download, so the message can be posted without it. */
export function undownloadableImageNote(block: types.ImageBlock): KnownBlock {
  const title = block.title?.text ?? 'A chart';
  return contextText(
    `:bar_chart: *${title}*: Slack could not download the chart image, so it is left out. Its figures are in the thread.`,
  );
}

/**
 * The message with image blocks replaced by notes: those at `indexes` (the blocks Slack named in
 * its `invalid_blocks` answer), or every image when Slack did not say which.
 */
export function withoutImages(blocks: KnownBlock[], indexes?: ReadonlySet<number>): KnownBlock[] {
  return blocks.map((block, index) =>
    block.type === 'image' && (indexes === undefined || indexes.has(index))
      ? undownloadableImageNote(block)
      : block,
  );
}
