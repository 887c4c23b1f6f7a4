import type { SlackMessage, KnownBlock } from '../../slack/views/message';
import { buildMeetingButtons } from '../../slack/views/meetingButtons';
import type { DigestContent } from '../digestContent';
import { formatAmount, formatCount, formatDateTime, formatFigure, formatPeriod } from '../format';
import { buildAgendaBlocks } from './agendaBlocks';
import { capBlocks, contextText, divider, header } from './blockKit';
import { buildIcpBlocks } from './icpBlocks';
import { chartImageBlock } from './imageBlocks';
import { buildKpiBlocks } from './kpiBlocks';
import { buildLastMeetingSection } from './lastMeetingBlocks';

export const AMENDED_BLOCK_ID = 'digest_amended';

export function digestTitle(content: DigestContent): string {
  return `Sales & marketing digest · ${formatPeriod(content.figures.period, content.style.locale)}`;
}

/** The notification and screen-reader text: the period and its headline figures in one line. */
export function digestFallbackText(content: DigestContent): string {
  const { figures, style } = content;
  const flow = figures.flow;
  const parts = [
    `${formatCount(flow.leadsCreated.current ?? 0, style.locale)} leads`,
    `lead quality ${formatFigure(figures.kpis.leadQualityPct.current, 'percent', style)}`,
    `${formatCount(flow.wins.current ?? 0, style.locale)} wins worth ${formatAmount(flow.wonValueMinor.current ?? 0, style)}`,
    `win rate ${formatFigure(figures.kpis.winRatePct.current, 'percent', style)}`,
    `spend ${formatAmount(flow.spendMinor.current ?? 0, style)}`,
  ];
  return `${digestTitle(content)}: ${parts.join(', ')}. Charts, ICP and agenda in the message; details in the thread.`;
}

/** The note that marks a posted digest as amended; inserted after the header by chat.update. */
export function amendedNote(amendedAt: Date, content: Pick<DigestContent, 'style'>): KnownBlock {
  return {
    ...contextText(
      `:pencil2: *Amended* ${formatDateTime(amendedAt, content.style.timeZone, content.style.locale)}: late entries changed these figures; the corrected set is in the thread.`,
    ),
    block_id: AMENDED_BLOCK_ID,
  };
}

/** The parent message: header, key figures, chart images, ICP, last meeting, agenda, meeting buttons. */
export function buildDigestMessage(content: DigestContent): SlackMessage {
  const { figures, style } = content;
  const blocks: KnownBlock[] = [
    header(digestTitle(content)),
    contextText(
      `Compared with ${formatPeriod(figures.previousPeriod, style.locale)} · dates in ${figures.period.timeZone} · money in ${figures.currency} · tables and feedback in the thread`,
    ),
    ...buildKpiBlocks(figures, style),
    divider(),
    ...content.images.map(chartImageBlock),
    divider(),
    ...buildIcpBlocks(content.icp, style),
    divider(),
    ...(content.lastMeeting
      ? [...buildLastMeetingSection(content.lastMeeting, { period: figures.period, style }), divider()]
      : []),
    ...buildAgendaBlocks(content),
    buildMeetingButtons(figures.period),
  ];
  return { text: digestFallbackText(content), blocks: capBlocks(blocks) };
}

/** The message as posted with the "amended" note after its header (idempotent). */
export function markAmended(message: SlackMessage, note: KnownBlock): SlackMessage {
  const blocks = message.blocks.filter((block) => block.block_id !== AMENDED_BLOCK_ID);
  return { text: message.text, blocks: capBlocks([...blocks.slice(0, 1), note, ...blocks.slice(1)]) };
}
