import type { KnownBlock } from '../../blockKit/message';
import { escapeMrkdwn } from '../../blockKit/text';
import type { DigestContent } from '../digestContent';
import { labelOf } from '../labels';
import { mrkdwnSection } from '../../blockKit/blockKit';

function feedbackTotal(content: DigestContent, kind: string): number {
  return content.feedback.find((list) => list.kind === kind)?.total ?? 0;
}

/** The facts from this digest that start the discussion of each of the meeting's five questions. */
function agendaFacts(content: DigestContent) {
  const { figures, labels } = content;
  const { t } = content.style;
  const topReason = [...figures.lostReasons].sort((a, b) => b.count - a.count)[0];
  const topChannel = [...figures.channels].sort(
    (a, b) => b.wins - a.wins || b.wonValueMinor - a.wonValueMinor,
  )[0];
  const topWish = content.feedback.find((list) => list.kind === 'wish')?.wishRanking?.[0];
  const flags = content.icp.profile?.flags.length;
  const parts = (...facts: (string | false | null | undefined)[]) =>
    facts.filter((fact): fact is string => typeof fact === 'string' && fact !== '').join('; ');
  return {
    agreeOrRefuse: parts(
      `${t.t('digest.agenda.won', { count: figures.flow.wins.current ?? 0 })}, ${t.t('digest.agenda.lost', { count: figures.flow.losses.current ?? 0 })}`,
      topReason &&
        t.t('digest.agenda.topReason', {
          reason: labelOf(labels.lostReasons, topReason.reason, t),
          count: topReason.count,
        }),
      t.t('digest.agenda.objections', { count: feedbackTotal(content, 'objection') }),
    ),
    wonShare: parts(
      figures.leadingProduct
        ? t.t('digest.agenda.leadingProduct', {
            product: labelOf(labels.products, figures.leadingProduct, t),
          })
        : t.t('digest.agenda.noProductWon'),
      topChannel !== undefined &&
        topChannel.wins > 0 &&
        t.t('digest.agenda.mostWinsFrom', { channel: labelOf(labels.channels, topChannel.channel, t) }),
    ),
    buyer: content.icp.profile
      ? t.t('digest.agenda.salesReadyTraits', { count: content.icp.profile.salesReady.length })
      : t.t('digest.agenda.seeIcp'),
    icpMatch:
      flags === undefined
        ? t.t('digest.agenda.noProfile')
        : flags === 0
          ? t.t('digest.agenda.noMismatch')
          : t.t('digest.agenda.mismatches', { count: flags }),
    improve: parts(
      `${t.t('digest.agenda.complaints', { count: feedbackTotal(content, 'complaint') })}, ${t.t('digest.thread.wishes', { count: feedbackTotal(content, 'wish') })}`,
      topWish?.product &&
        t.t('digest.agenda.mostAskedFor', {
          product: escapeMrkdwn(labelOf(labels.products, topWish.product, t)),
          count: topWish.clients,
        }),
      figures.priorityProductsWithoutDemand.length > 0 &&
        t.t('digest.agenda.noDemand', {
          products: t.list(
            figures.priorityProductsWithoutDemand.map((product) => labelOf(labels.products, product, t)),
          ),
        }),
    ),
  };
}

/** The meeting's five questions, each with the facts from this digest that start the discussion. */
export function buildAgendaBlocks(content: DigestContent): KnownBlock[] {
  const { t } = content.style;
  const facts = agendaFacts(content);
  return [
    mrkdwnSection(
      [
        t.t('digest.agenda.heading'),
        t.t('digest.agenda.agreeOrRefuse', { facts: facts.agreeOrRefuse }),
        t.t('digest.agenda.wonShare', { facts: facts.wonShare }),
        t.t('digest.agenda.buyer', { facts: facts.buyer }),
        t.t('digest.agenda.icpMatch', { facts: facts.icpMatch }),
        t.t('digest.agenda.improve', { facts: facts.improve }),
      ].join('\n'),
    ),
  ];
}
