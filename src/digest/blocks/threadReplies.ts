import type { FeedbackKind } from '../../domain/feedback';
import type { Translator } from '../../i18n/translator';
import type { KnownBlock, SlackMessage } from '../../blockKit/message';
import { escapeMrkdwn, escapeTruncated, userMention } from '../../blockKit/text';
import { buildChannelChart } from '../charts/channelChart';
import { buildChannelCohortTable } from '../charts/channelCohortTable';
import { textTable } from '../charts/digestChart';
import { buildFunnelChart } from '../charts/funnelChart';
import { buildLostReasonsChart } from '../charts/lostReasonsChart';
import { buildTrendChart } from '../charts/trendChart';
import type { DigestContent, FeedbackDigestItem, FeedbackDigestList, WishRanking } from '../digestContent';
import { formatAmount, formatPeriod } from '../format';
import { labelOf } from '../labels';
import { capBlocks, listBlocks, mrkdwnSection, tableSection } from '../../blockKit/blockKit';
import { buildIcpDataBlocks } from './icpBlocks';
import { buildMoreFiguresReply } from './moreFiguresReply';

/** Feedback kinds in the order their replies are posted. */
export const FEEDBACK_REPLY_ORDER: FeedbackKind[] = ['complaint', 'wish', 'praise', 'objection'];

const FEEDBACK_EMOJI: Record<FeedbackKind, string> = {
  complaint: ':warning:',
  wish: ':bulb:',
  praise: ':star:',
  objection: ':no_entry_sign:',
};

/** A feedback kind's name in the translator's language ("Complaint", "Skarga"). */
export function feedbackKindLabel(kind: FeedbackKind, t: Translator): string {
  return t.t(`digest.feedbackKind.${kind}`);
}

function reply(text: string, blocks: KnownBlock[], t: Translator): SlackMessage {
  return { text, blocks: capBlocks(blocks, t) };
}

/** The numbers behind the funnel, channel and trend charts, as tables. */
export function buildChartTablesReply(content: DigestContent): SlackMessage {
  const { figures, labels, style } = content;
  const { t } = style;
  const charts = [
    buildFunnelChart(figures, style),
    buildChannelChart(figures, labels, style),
    buildChannelCohortTable(figures, labels, style),
    buildTrendChart(figures, style),
  ].flatMap((chart) => (chart ? [chart] : []));
  const title = t.t('digest.thread.chartFigures');
  return reply(
    title,
    [
      mrkdwnSection(`:bar_chart: *${title}*`),
      ...charts.map((chart) => tableSection(`*${chart.title}*`, chart.table, t)),
    ],
    t,
  );
}

function feedbackLine(item: FeedbackDigestItem, content: DigestContent): string {
  const { t } = content.style;
  const text = t.t('digest.thread.quote', {
    text: escapeTruncated(item.text.replace(/\s+/g, ' '), 300),
  });
  const product = item.product ? ` · ${escapeMrkdwn(labelOf(content.labels.products, item.product, t))}` : '';
  const company = item.company ? ` — ${escapeMrkdwn(item.company)}` : '';
  return `• ${text}${company}${product}`;
}

function wishRankingLine(wish: WishRanking, content: DigestContent): string {
  const { t } = content.style;
  const product =
    wish.product === null
      ? t.t('digest.thread.noProductNamed')
      : labelOf(content.labels.products, wish.product, t);
  const clients = t.t('digest.thread.clients', { count: wish.clients });
  const wishes = t.t('digest.thread.wishes', { count: wish.mentions });
  return `${escapeMrkdwn(product)}: ${clients}, ${wishes}`;
}

/**
 * One reply for a feedback kind with entries (the empty kinds share one line); wishes ranked by how
 * many clients asked for them.
 */
export function buildFeedbackReply(list: FeedbackDigestList, content: DigestContent): SlackMessage {
  const { t } = content.style;
  const label = feedbackKindLabel(list.kind, t);
  const period = formatPeriod(content.figures.period, t);
  const title = `${FEEDBACK_EMOJI[list.kind]} ${t.t('digest.thread.feedbackTitle', { label, period, count: t.number(list.total) })}`;
  const ranking = list.wishRanking ?? [];
  return reply(
    t.t('digest.thread.feedbackCount', { label, period, count: list.total }),
    [
      mrkdwnSection(title),
      ...(ranking.length > 0
        ? listBlocks(
            [
              t.t('digest.thread.mostAskedFor'),
              ...ranking.map((wish, index) => `${index + 1}. ${wishRankingLine(wish, content)}`),
            ],
            { t, maxSections: 1 },
          )
        : []),
      ...listBlocks(
        list.items.map((item) => feedbackLine(item, content)),
        { t, total: list.total, maxSections: 4 },
      ),
    ],
    t,
  );
}

/** Why deals were lost: the reasons table and each lost deal with what its rep wrote. */
export function buildLostReasonsReply(content: DigestContent): SlackMessage {
  const { figures, labels, style } = content;
  const { t } = style;
  const chart = buildLostReasonsChart(figures, labels, style);
  const period = formatPeriod(figures.period, t);
  if (!chart) {
    return reply(
      t.t('digest.thread.noLost', { period }),
      [mrkdwnSection(`:x: ${t.t('digest.thread.noLostTitle', { period })}`)],
      t,
    );
  }
  const details = content.lostDeals.items.map((deal) => {
    const reason = labelOf(labels.lostReasons, deal.reason, t);
    const why = deal.reasonText
      ? `: ${t.t('digest.thread.quote', { text: escapeTruncated(deal.reasonText.replace(/\s+/g, ' '), 240) })}`
      : '';
    // One deal's value, exactly and in its own currency; totals are the ones in the team's.
    const value =
      deal.valueMinor === null ? t.t('digest.thread.noValue') : t.money(deal.valueMinor, deal.currency);
    return `• \`D-${deal.dealNumber}\` ${escapeMrkdwn(deal.company)} — *${escapeMrkdwn(reason)}*${why} (${value}, ${userMention(deal.ownerId)})`;
  });
  return reply(
    t.t('digest.thread.lostDeals', { period }),
    [
      tableSection(`:x: ${t.t('digest.thread.lostByReason', { period })}`, chart.table, t),
      ...listBlocks(details, { t, total: content.lostDeals.total, maxSections: 4 }),
    ],
    t,
  );
}

/** Wins and value per product (the leader, priority products nobody asked for) and each rep's activity. */
export function buildProductsAndRepsReply(content: DigestContent): SlackMessage {
  const { figures, labels, style } = content;
  const { t } = style;
  const period = formatPeriod(figures.period, t);
  const productLabel = (product: string) => labelOf(labels.products, product, t);
  const products = [...figures.products].sort((a, b) => b.wonValueMinor - a.wonValueMinor || b.wins - a.wins);
  const productTable = textTable(
    [t.t('digest.chart.product'), t.t('digest.kpi.wins'), t.t('digest.kpi.wonValue')],
    products.map((product) => [
      productLabel(product.product),
      t.number(product.wins),
      formatAmount(product.wonValueMinor, style),
    ]),
  );
  const notes = [
    figures.leadingProduct
      ? t.t('digest.thread.leader', { product: escapeMrkdwn(productLabel(figures.leadingProduct)) })
      : t.t('digest.thread.noProductWon'),
    ...(figures.priorityProductsWithoutDemand.length > 0
      ? [
          `:mag: ${t.t('digest.thread.priorityWithoutDemand', {
            products: t.list(
              figures.priorityProductsWithoutDemand.map(
                (product) => `*${escapeMrkdwn(productLabel(product))}*`,
              ),
            ),
          })}`,
        ]
      : []),
  ];
  const reps = [...figures.reps].sort((a, b) => b.wins - a.wins || b.offers - a.offers || b.leads - a.leads);
  const repLines = reps.map((rep) => {
    const activity = [
      t.t('digest.leads', { count: rep.leads }),
      t.t('digest.thread.discoveryMeetings', { count: rep.discoveryMeetings }),
      t.t('digest.thread.offers', { count: rep.offers }),
      t.t('digest.thread.wins', { count: rep.wins }),
    ];
    return `• ${userMention(rep.userId)}: ${activity.join(', ')}`;
  });
  return reply(
    t.t('digest.thread.productsAndReps', { period }),
    [
      products.length > 0
        ? tableSection(`:package: ${t.t('digest.thread.products', { period })}`, productTable, t)
        : mrkdwnSection(`:package: ${t.t('digest.thread.productsNoWins', { period })}`),
      mrkdwnSection(notes.join('\n')),
      mrkdwnSection(`:busts_in_silhouette: ${t.t('digest.thread.repActivity', { period })}`),
      ...(repLines.length > 0
        ? listBlocks(repLines, { t, maxSections: 3 })
        : [mrkdwnSection(t.t('digest.thread.noRepActivity'))]),
    ],
    t,
  );
}

/** One reply for every feedback kind with nothing logged: "Nothing logged in …: praise, objection." */
export function buildEmptyFeedbackReply(kinds: FeedbackKind[], content: DigestContent): SlackMessage {
  const { t } = content.style;
  const text = t.t('digest.story.feedbackNone', {
    period: formatPeriod(content.figures.period, t),
    kinds: t.list(kinds.map((kind) => feedbackKindLabel(kind, t).toLocaleLowerCase(t.locale))),
  });
  return reply(text, [mrkdwnSection(`:speech_balloon: ${text}`)], t);
}

/** What the data says about the ICP (mismatches, sales-ready traits), when there is a profile. */
export function buildIcpDataReply(content: DigestContent): SlackMessage | undefined {
  const blocks = buildIcpDataBlocks(content.icp.profile, content.labels, content.style);
  if (blocks.length === 0) return undefined;
  const { t } = content.style;
  return reply(t.t('digest.story.icpData'), blocks, t);
}

/** The thread under the digest, in posting order; feedback kinds with nothing logged share one reply. */
export function buildDigestThread(content: DigestContent): SlackMessage[] {
  const feedback = FEEDBACK_REPLY_ORDER.map(
    (kind) => content.feedback.find((list) => list.kind === kind) ?? { kind, items: [], total: 0 },
  );
  const empty = feedback.filter((list) => list.total === 0).map((list) => list.kind);
  const optional = [buildMoreFiguresReply(content.figures, content.style), buildIcpDataReply(content)];
  return [
    buildChartTablesReply(content),
    ...optional.flatMap((message) => (message ? [message] : [])),
    ...feedback.filter((list) => list.total > 0).map((list) => buildFeedbackReply(list, content)),
    ...(empty.length > 0 ? [buildEmptyFeedbackReply(empty, content)] : []),
    buildLostReasonsReply(content),
    buildProductsAndRepsReply(content),
  ];
}
