import type { KnownBlock } from '../../blockKit/message';
import { escapeMrkdwn } from '../../blockKit/text';
import type { DigestContent } from '../digestContent';
import { labelOf } from '../labels';
import { mrkdwnSection } from '../../blockKit/blockKit';

function feedbackTotal(content: DigestContent, kind: string): number {
  return content.feedback.find((list) => list.kind === kind)?.total ?? 0;
}

/** The rows with the highest positive score: one leader, or all those tied for first place. */
function leaders<T>(rows: readonly T[], score: (row: T) => number): T[] {
  const top = Math.max(0, ...rows.map(score));
  return top > 0 ? rows.filter((row) => score(row) === top) : [];
}

/** The facts from this digest that start the discussion of each of the meeting's five questions. */
function agendaFacts(content: DigestContent) {
  const { figures, labels } = content;
  const { t } = content.style;
  const sortedLabels = (keys: string[], of: Record<string, string>) =>
    t.list(keys.map((key) => labelOf(of, key, t)).sort((a, b) => a.localeCompare(b, t.locale)));
  const topReasons = leaders(figures.lostReasons, (row) => row.count);
  const topChannels = leaders(figures.channels, (row) => row.wins);
  const leader = <T>(rows: T[], one: (row: T) => string, tied: (rows: T[]) => string) =>
    rows.length === 0 ? undefined : rows.length === 1 && rows[0] ? one(rows[0]) : tied(rows);
  const topWish = content.feedback.find((list) => list.kind === 'wish')?.wishRanking?.[0];
  const flags = content.icp.profile?.flags.length;
  const parts = (...facts: (string | false | null | undefined)[]) =>
    facts.filter((fact): fact is string => typeof fact === 'string' && fact !== '').join('; ');
  return {
    agreeOrRefuse: parts(
      `${t.t('digest.agenda.won', { count: figures.flow.wins.current ?? 0 })}, ${t.t('digest.agenda.lost', { count: figures.flow.losses.current ?? 0 })}`,
      leader(
        topReasons,
        (top) =>
          t.t('digest.agenda.topReason', {
            reason: labelOf(labels.lostReasons, top.reason, t),
            count: top.count,
          }),
        (tied) =>
          t.t('digest.agenda.topReasonsTied', {
            reasons: sortedLabels(
              tied.map((row) => row.reason),
              labels.lostReasons,
            ),
            count: tied[0]?.count ?? 0,
          }),
      ),
      t.t('digest.agenda.objections', { count: feedbackTotal(content, 'objection') }),
    ),
    wonShare: parts(
      figures.leadingProduct
        ? t.t('digest.agenda.leadingProduct', {
            product: labelOf(labels.products, figures.leadingProduct, t),
          })
        : t.t('digest.agenda.noProductWon'),
      leader(
        topChannels,
        (top) => t.t('digest.agenda.mostWinsFrom', { channel: labelOf(labels.channels, top.channel, t) }),
        (tied) =>
          t.t('digest.agenda.mostWinsFromTied', {
            channels: sortedLabels(
              tied.map((row) => row.channel),
              labels.channels,
            ),
            count: tied[0]?.wins ?? 0,
          }),
      ),
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
