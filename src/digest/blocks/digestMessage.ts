import type { Translator } from '../../i18n/translator';
import type { SlackMessage, KnownBlock } from '../../blockKit/message';
import { buildMeetingButtons } from '../../views/messages/meetingButtons';
import type { DigestContent } from '../digestContent';
import { describeDriftList } from '../drift';
import { formatAmount, formatDateTime, formatFigure, formatPeriod } from '../format';
import { buildAgendaBlocks } from './agendaBlocks';
import { capBlocks, contextText, divider, header } from '../../blockKit/blockKit';
import { buildIcpBlocks } from './icpBlocks';
import { chartImageBlock } from './imageBlocks';
import { buildHeadlineBlocks } from './headlineBlocks';
import { buildKpiBlocks } from './kpiBlocks';
import { moreFiguresPointer } from './moreFiguresReply';
import { buildLastMeetingSection } from './lastMeetingBlocks';

export const AMENDED_BLOCK_ID = 'digest_amended';

export function digestTitle(content: DigestContent): string {
  const { t } = content.style;
  return t.t('digest.title', { period: formatPeriod(content.figures.period, t) });
}

/** The notification and screen-reader text: the period and its headline figures in one line. */
export function digestFallbackText(content: DigestContent): string {
  const { figures, style } = content;
  const { t } = style;
  const flow = figures.flow;
  const parts = [
    t.t('digest.leads', { count: flow.leadsCreated.current ?? 0 }),
    t.t('digest.fallback.leadQuality', {
      value: formatFigure(figures.kpis.leadQualityPct.current, 'percent', style),
    }),
    t.t('digest.fallback.wins', {
      count: flow.wins.current ?? 0,
      amount: formatAmount(flow.wonValueMinor.current ?? 0, style),
    }),
    t.t('digest.fallback.winRate', {
      value: formatFigure(figures.kpis.winRatePct.current, 'percent', style),
    }),
    t.t('digest.fallback.spend', { amount: formatAmount(flow.spendMinor.current ?? 0, style) }),
  ];
  return t.t('digest.fallback.text', { title: digestTitle(content), figures: parts.join(', ') });
}

/** The note that marks a posted digest as amended; inserted after the header by chat.update. */
export function amendedNote(amendedAt: Date, content: Pick<DigestContent, 'style'>): KnownBlock {
  const { t, timeZone } = content.style;
  return {
    ...contextText(
      `:pencil2: ${t.t('digest.amended.note', { when: formatDateTime(amendedAt, timeZone, t) })}`,
    ),
    block_id: AMENDED_BLOCK_ID,
  };
}

/** The parent message: header, headline, key figures, chart images, ICP, last meeting, agenda, meeting buttons. */
export function buildDigestMessage(content: DigestContent): SlackMessage {
  const { figures, style } = content;
  const { t } = style;
  const blocks: KnownBlock[] = [
    header(digestTitle(content)),
    contextText(
      [
        ...(content.transitionalDays === undefined
          ? []
          : [`:arrows_counterclockwise: ${t.t('digest.transitional', { count: content.transitionalDays })}`]),
        t.t('digest.context', {
          previous: formatPeriod(figures.previousPeriod, t),
          timeZone: figures.period.timeZone,
          currency: figures.currency,
        }),
        ...(content.previousDrift
          ? [
              t.t('digest.previousAsNow', {
                previous: formatPeriod(figures.previousPeriod, t),
                figures: describeDriftList(content.previousDrift, style),
              }),
            ]
          : []),
      ].join(' · '),
    ),
    ...buildHeadlineBlocks(figures, style),
    ...buildKpiBlocks(figures, style),
    ...moreFiguresPointer(figures, style),
    divider(),
    ...content.images.map((image) => chartImageBlock(image, t)),
    divider(),
    ...buildIcpBlocks(content.icp, style, figures.period.start),
    divider(),
    ...(content.lastMeeting
      ? [...buildLastMeetingSection(content.lastMeeting, { period: figures.period, style }), divider()]
      : []),
    ...buildAgendaBlocks(content),
    buildMeetingButtons(figures.period, t),
  ];
  return { text: digestFallbackText(content), blocks: capBlocks(blocks, t) };
}

/** The message as posted with the "amended" note after its header (idempotent). */
export function markAmended(message: SlackMessage, note: KnownBlock, t: Translator): SlackMessage {
  const blocks = message.blocks.filter((block) => block.block_id !== AMENDED_BLOCK_ID);
  return { text: message.text, blocks: capBlocks([...blocks.slice(0, 1), note, ...blocks.slice(1)], t) };
}
