import type { SlackMessage } from '../../blockKit/message';
import { capBlocks, contextText, fieldsSections, mrkdwnSection } from '../../blockKit/blockKit';
import type { DigestFigures } from '../../domain/digestFigures';
import { formatPeriod, type DigestFormat } from '../format';
import { keyAndOtherLines, kpiField } from './kpiBlocks';

/** The parent's pointer to the figures it leaves to the thread, or nothing when there are none. */
export function moreFiguresPointer(figures: DigestFigures, style: DigestFormat) {
  const count = keyAndOtherLines(figures).other.length;
  return count === 0
    ? []
    : [contextText(`:heavy_plus_sign: ${style.t.t('digest.story.moreInThread', { count })}`)];
}

/** The thread reply with every figure the parent leaves out (rows n/a in both periods dropped). */
export function buildMoreFiguresReply(figures: DigestFigures, style: DigestFormat): SlackMessage | undefined {
  const { t } = style;
  const { other } = keyAndOtherLines(figures);
  if (other.length === 0) return undefined;
  const title = t.t('digest.story.moreFigures', { period: formatPeriod(figures.period, t) });
  return {
    text: title,
    blocks: capBlocks(
      [
        mrkdwnSection(`:heavy_plus_sign: *${title}*`),
        ...fieldsSections(other.map((line) => kpiField(line, figures, style))),
      ],
      t,
    ),
  };
}
