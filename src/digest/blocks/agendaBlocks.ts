import type { KnownBlock } from '../../slack/views/message';
import { escapeMrkdwn } from '../../slack/views/text';
import type { DigestContent } from '../digestContent';
import { labelOf } from '../labels';
import { mrkdwnSection } from './blockKit';

function feedbackTotal(content: DigestContent, kind: string): number {
  return content.feedback.find((list) => list.kind === kind)?.total ?? 0;
}

/** The meeting's five questions, each with the facts from this digest that start the discussion. */
export function buildAgendaBlocks(content: DigestContent): KnownBlock[] {
  const { figures, labels } = content;
  const wins = figures.flow.wins.current ?? 0;
  const losses = figures.flow.losses.current ?? 0;
  const topReason = [...figures.lostReasons].sort((a, b) => b.count - a.count)[0];
  const topChannel = [...figures.channels].sort(
    (a, b) => b.wins - a.wins || b.wonValueMinor - a.wonValueMinor,
  )[0];
  const topWish = content.feedback.find((list) => list.kind === 'wish')?.wishRanking?.[0];
  const flags = content.icp.profile?.flags.length;
  const facts = {
    agreeOrRefuse:
      `${wins} won, ${losses} lost` +
      (topReason
        ? `; most often lost on ${labelOf(labels.lostReasons, topReason.reason)} (${topReason.count})`
        : '') +
      `; ${feedbackTotal(content, 'objection')} objections logged`,
    wonShare:
      (figures.leadingProduct
        ? `leading product ${labelOf(labels.products, figures.leadingProduct)}`
        : 'no product won') +
      (topChannel && topChannel.wins > 0
        ? `; most wins from ${labelOf(labels.channels, topChannel.channel)}`
        : ''),
    buyer: content.icp.profile
      ? `${content.icp.profile.salesReady.length} sales-ready traits in the data`
      : 'see the ICP section',
    icpMatch:
      flags === undefined
        ? 'no data-derived profile yet'
        : flags === 0
          ? 'no mismatch found'
          : `${flags} mismatches between the written ICP and the wins`,
    improve:
      `${feedbackTotal(content, 'complaint')} complaints, ${feedbackTotal(content, 'wish')} wishes` +
      (topWish?.product
        ? `; most asked for ${escapeMrkdwn(labelOf(labels.products, topWish.product))} (${topWish.clients} clients)`
        : '') +
      (figures.priorityProductsWithoutDemand.length > 0
        ? `; no demand for ${figures.priorityProductsWithoutDemand.map((product) => labelOf(labels.products, product)).join(', ')}`
        : ''),
  };
  return [
    mrkdwnSection(
      [
        '*Agenda*',
        `1. Why did clients agree or refuse? _(${facts.agreeOrRefuse})_`,
        `2. What do the won cases share? _(${facts.wonShare})_`,
        `3. What marks a buyer? _(${facts.buyer})_`,
        `4. Does the ICP match the sales-ready profile? _(${facts.icpMatch})_`,
        `5. What should we improve? _(${facts.improve})_`,
      ].join('\n'),
    ),
  ];
}
