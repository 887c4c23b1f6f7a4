import type { types } from '@slack/bolt';
import type { Translator } from '../../i18n/translator';
import type { KnownBlock } from '../../blockKit/message';
import type { ChartImage, ChartImageProblem } from '../charts/chartImage';
import { contextText } from '../../blockKit/blockKit';
import { plainText } from '../../blockKit/elements';

const TITLE_LIMIT = 2000;

export function chartBlockId(key: string): string {
  return `digest_chart_${key}`;
}

function problemText(problem: ChartImageProblem, t: Translator): string {
  return problem.kind === 'short_url_too_long'
    ? t.t('digest.image.shortUrlTooLong')
    : t.t('digest.image.noShortUrl', { reason: problem.reason });
}

/** An image block of a chart, or a note in its place saying why it is not shown and where its figures are. */
export function chartImageBlock(image: ChartImage, t: Translator): KnownBlock {
  if ('problem' in image) {
    return contextText(
      `:bar_chart: ${t.t('digest.image.notShown', { title: image.chart.title, problem: problemText(image.problem, t) })}`,
    );
  }
  const block: types.ImageBlock = {
    type: 'image',
    block_id: chartBlockId(image.chart.key),
    image_url: image.url,
    alt_text: image.chart.altText,
    title: plainText(image.chart.title, TITLE_LIMIT),
  };
  return block;
}

/** The note that replaces an image Slack could not download, so the message can be posted without it. */
export function undownloadableImageNote(block: types.ImageBlock, t: Translator): KnownBlock {
  const title = block.title?.text ?? t.t('digest.image.untitled');
  return contextText(`:bar_chart: ${t.t('digest.image.undownloadable', { title })}`);
}

/**
 * The message with image blocks replaced by notes: those at `indexes` (the blocks Slack named in
 * its `invalid_blocks` answer), or every image when Slack did not say which.
 */
export function withoutImages(
  blocks: KnownBlock[],
  t: Translator,
  indexes?: ReadonlySet<number>,
): KnownBlock[] {
  return blocks.map((block, index) =>
    block.type === 'image' && (indexes === undefined || indexes.has(index))
      ? undownloadableImageNote(block, t)
      : block,
  );
}
