import { ICP_SECTIONS } from '../../domain/icp';
import {
  attributeLabel,
  attributeValueLabel,
  icpFlagText,
  sectionLabel,
} from '../../views/text/icpProfileText';
import type { KnownBlock } from '../../blockKit/message';
import { escapeMrkdwn, escapeTruncated } from '../../blockKit/text';
import type { DigestIcp } from '../digestContent';
import type { DigestFormat } from '../format';
import type { DigestLabels } from '../labels';
import { listBlocks, mrkdwnSection } from '../../blockKit/blockKit';

const SECTION_HIGHLIGHT_LIMIT = 160;
const FLAGS_SHOWN = 5;

/**
 * The ICP part of the parent message: highlights of the written profile's latest version when it
 * changed since the last digest, else one line pointing to `/icp`. What the data says about it is a
 * thread reply (`buildIcpDataBlocks`).
 */
export function buildIcpBlocks(icp: DigestIcp, style: DigestFormat, lastDigestAt?: Date): KnownBlock[] {
  const { t } = style;
  const { written } = icp;
  if (!written) return [mrkdwnSection(t.t('digest.icp.none'))];
  const changed = t.date(written.changedAt, 'd MMM yyyy', style.timeZone);
  // The previous digest went out when this period began: a profile not rewritten since is one line.
  const unchanged = lastDigestAt !== undefined && written.changedAt < lastDigestAt;
  return unchanged
    ? [mrkdwnSection(t.t('digest.story.icpUnchanged', { version: String(written.version), date: changed }))]
    : [writtenIcpSection(written, changed, style)];
}

function writtenIcpSection(
  written: NonNullable<DigestIcp['written']>,
  changed: string,
  style: DigestFormat,
): KnownBlock {
  const { t } = style;
  const highlights = ICP_SECTIONS.flatMap((section) => {
    const text = written.sections[section];
    if (!text) return [];
    const oneLine = text.replace(/\s*\n\s*/g, '; ');
    return [`• *${sectionLabel(t, section)}*: ${escapeTruncated(oneLine, SECTION_HIGHLIGHT_LIMIT)}`];
  });
  const title = t.t('digest.icp.title', { version: String(written.version), date: changed });
  return mrkdwnSection(`${title}\n${highlights.join('\n')}`);
}

/** Where the data disagrees with the written profile, and which traits mark a sales-ready lead. */
export function buildIcpDataBlocks(
  profile: DigestIcp['profile'],
  labels: DigestLabels,
  style: DigestFormat,
): KnownBlock[] {
  const { t } = style;
  const blocks: KnownBlock[] = [];
  if (!profile) return blocks;
  const flags = profile.flags.map((flag) => `• :warning: ${icpFlagText(t, flag, labels)}`);
  const heading = t.t('digest.icp.dataHeading', { count: profile.window.days });
  blocks.push(
    ...(flags.length === 0
      ? [mrkdwnSection(`${heading}\n• ${t.t('digest.icp.winsMatch')}`)]
      : listBlocks([heading, ...flags.slice(0, FLAGS_SHOWN)], {
          t,
          total: 1 + flags.length,
          maxSections: 1,
        })),
  );
  if (profile.salesReady.length > 0) {
    const lines = profile.salesReady.map((indicator) => {
      const reached = t.t('digest.icp.reachedOffer', {
        percent: t.percent(indicator.offerRatePct, 0),
        count: indicator.leads,
      });
      const days =
        indicator.averageDaysToOffer === null
          ? ''
          : `, ${t.t('digest.icp.averageDays', { count: Math.round(indicator.averageDaysToOffer) })}`;
      const value = attributeValueLabel(t, indicator.attribute, indicator.value, labels);
      return `• ${attributeLabel(t, indicator.attribute)} *${escapeMrkdwn(value)}*: ${reached}${days}`;
    });
    blocks.push(mrkdwnSection(`${t.t('digest.icp.salesReadyHeading')}\n${lines.join('\n')}`));
  }
  return blocks;
}
