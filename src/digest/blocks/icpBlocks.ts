import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ICP_SECTION_SPECS, ICP_SECTIONS } from '../../domain/icp';
import { PROFILE_ATTRIBUTE_LABELS } from '../../domain/icpProfile';
import type { KnownBlock } from '../../slack/views/message';
import { escapeMrkdwn, truncate } from '../../slack/views/text';
import type { DigestIcp } from '../digestContent';
import { dateLocaleFor, formatCount, formatPercent, type DigestFormat } from '../format';
import { listBlocks, mrkdwnSection } from './blockKit';

const SECTION_HIGHLIGHT_LIMIT = 160;
const FLAGS_SHOWN = 5;

/**
 * The ICP part of the parent message: highlights of the written profile's latest version, where
 * the data disagrees with it, and which lead traits mark a sales-ready lead.
 */
export function buildIcpBlocks(icp: DigestIcp, style: DigestFormat): KnownBlock[] {
  const { written, profile } = icp;
  if (!written) {
    return [
      mrkdwnSection(
        '*Ideal customer profile*\nNo ICP is written yet: write one with `/icp` so the meeting can check the data against it.',
      ),
    ];
  }
  const changed = format(new TZDate(written.changedAt, style.timeZone), 'd MMM yyyy', {
    locale: dateLocaleFor(style.locale),
  });
  const highlights = ICP_SECTIONS.flatMap((section) => {
    const text = written.sections[section];
    if (!text) return [];
    const oneLine = text.replace(/\s*\n\s*/g, '; ');
    return [
      `• *${ICP_SECTION_SPECS[section].label}*: ${escapeMrkdwn(truncate(oneLine, SECTION_HIGHLIGHT_LIMIT))}`,
    ];
  });
  const blocks: KnownBlock[] = [
    mrkdwnSection(
      `*Ideal customer profile* (version ${written.version}, ${changed})\n${highlights.join('\n')}`,
    ),
  ];
  if (!profile) return blocks;
  const flags = profile.flags.map((flag) => `• :warning: ${escapeMrkdwn(flag.text)}`);
  const heading = `*What the data says* (leads of the last ${profile.window.days} days)`;
  blocks.push(
    ...(flags.length === 0
      ? [mrkdwnSection(`${heading}\n• The wins match the written profile.`)]
      : listBlocks([heading, ...flags.slice(0, FLAGS_SHOWN)], { total: 1 + flags.length, maxSections: 1 })),
  );
  if (profile.salesReady.length > 0) {
    const lines = profile.salesReady.map(
      (indicator) =>
        `• ${PROFILE_ATTRIBUTE_LABELS[indicator.attribute]} *${escapeMrkdwn(indicator.label)}*: ` +
        `${formatPercent(Math.round(indicator.offerRatePct), style.locale)} of ${formatCount(indicator.leads, style.locale)} leads reached an offer` +
        (indicator.averageDaysToOffer === null
          ? ''
          : `, in ${formatCount(Math.round(indicator.averageDaysToOffer), style.locale)} days on average`),
    );
    blocks.push(mrkdwnSection(`*Sales-ready leads look like*\n${lines.join('\n')}`));
  }
  return blocks;
}
