import type { DigestFigures } from '../../domain/digestFigures';
import type { SlackMessage } from '../../blockKit/message';
import type { FigureDrift } from '../drift';
import { formatFigure, formatPeriod, type DigestFormat } from '../format';
import { capBlocks, listBlocks, mrkdwnSection } from '../../blockKit/blockKit';
import { kpiLabel } from './kpiBlocks';

function driftLine(drift: FigureDrift, style: DigestFormat): string {
  const { line } = drift;
  return `• *${kpiLabel(line, style.t)}*: ${formatFigure(drift.posted, line.kind, style)} → ${formatFigure(drift.now, line.kind, style)}`;
}

/** The thread reply with a posted period's corrected figures: only those that changed. */
export function buildAmendedFiguresReply(input: {
  current: DigestFigures;
  drifts: FigureDrift[];
  lateEntries: number;
  summary: string;
  style: DigestFormat;
}): SlackMessage {
  const { current, style } = input;
  const { t } = style;
  const title = t.t('digest.amended.title', { period: formatPeriod(current.period, t) });
  return {
    text: `${title}: ${input.summary}`,
    blocks: capBlocks(
      [
        mrkdwnSection(`:pencil2: *${title}*\n${input.summary}.`),
        ...listBlocks(
          input.drifts.map((drift) => driftLine(drift, style)),
          { t, maxSections: 2 },
        ),
      ],
      t,
    ),
  };
}
