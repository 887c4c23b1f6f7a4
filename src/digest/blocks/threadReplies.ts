import { FEEDBACK_KIND_LABELS, type FeedbackKind } from '../../domain/feedback';
import type { KnownBlock, SlackMessage } from '../../slack/views/message';
import { escapeMrkdwn, truncate, userMention } from '../../slack/views/text';
import { buildChannelChart } from '../charts/channelChart';
import { textTable } from '../charts/digestChart';
import { buildFunnelChart } from '../charts/funnelChart';
import { buildLostReasonsChart } from '../charts/lostReasonsChart';
import { buildTrendChart } from '../charts/trendChart';
import type { DigestContent, FeedbackDigestItem, FeedbackDigestList, WishRanking } from '../digestContent';
import { formatAmount, formatCount, formatPeriod } from '../format';
import { labelOf } from '../labels';
import { capBlocks, listBlocks, mrkdwnSection, tableSection } from './blockKit';

/** Feedback kinds in the order their replies are posted. */
export const FEEDBACK_REPLY_ORDER: FeedbackKind[] = ['complaint', 'wish', 'praise', 'objection'];

const FEEDBACK_EMOJI: Record<FeedbackKind, string> = {
  complaint: ':warning:',
  wish: ':bulb:',
  praise: ':star:',
  objection: ':no_entry_sign:',
};

function reply(text: string, blocks: KnownBlock[]): SlackMessage {
  return { text, blocks: capBlocks(blocks) };
}

/** The numbers behind the funnel, channel and trend charts, as tables. */
export function buildChartTablesReply(content: DigestContent): SlackMessage {
  const { figures, labels, style } = content;
  const charts = [
    buildFunnelChart(figures, style),
    buildChannelChart(figures, labels, style),
    buildTrendChart(figures, style),
  ].flatMap((chart) => (chart ? [chart] : []));
  return reply('The figures behind the charts', [
    mrkdwnSection(':bar_chart: *The figures behind the charts*'),
    ...charts.map((chart) => tableSection(`*${chart.title}*`, chart.table)),
  ]);
}

function feedbackLine(item: FeedbackDigestItem, content: DigestContent): string {
  const text = `“${escapeMrkdwn(truncate(item.text.replace(/\s+/g, ' '), 300))}”`;
  const product = item.product ? ` · ${escapeMrkdwn(labelOf(content.labels.products, item.product))}` : '';
  const company = item.company ? ` — ${escapeMrkdwn(item.company)}` : '';
  return `• ${text}${company}${product}`;
}

function wishRankingLine(wish: WishRanking, content: DigestContent): string {
  const product = wish.product === null ? 'No product named' : labelOf(content.labels.products, wish.product);
  const clients = wish.clients === 1 ? '1 client' : `${wish.clients} clients`;
  return `${escapeMrkdwn(product)}: ${clients}, ${wish.mentions} ${wish.mentions === 1 ? 'wish' : 'wishes'}`;
}

/** One reply per feedback kind; wishes ranked by how many clients asked for them. */
export function buildFeedbackReply(list: FeedbackDigestList, content: DigestContent): SlackMessage {
  const label = FEEDBACK_KIND_LABELS[list.kind];
  const period = formatPeriod(content.figures.period, content.style.locale);
  const title = `${FEEDBACK_EMOJI[list.kind]} *${label}* in ${period}: ${formatCount(list.total, content.style.locale)}`;
  if (list.total === 0) {
    return reply(`${label}: none in ${period}`, [mrkdwnSection(`${title}\nNothing logged in this period.`)]);
  }
  const ranking = list.wishRanking ?? [];
  return reply(`${label}: ${list.total} in ${period}`, [
    mrkdwnSection(title),
    ...(ranking.length > 0
      ? listBlocks(
          [
            '*Most asked for* (distinct clients)',
            ...ranking.map((wish, index) => `${index + 1}. ${wishRankingLine(wish, content)}`),
          ],
          { maxSections: 1 },
        )
      : []),
    ...listBlocks(
      list.items.map((item) => feedbackLine(item, content)),
      { total: list.total, maxSections: 4 },
    ),
  ]);
}

/** Why deals were lost: the reasons table and each lost deal with what its rep wrote. */
export function buildLostReasonsReply(content: DigestContent): SlackMessage {
  const { figures, labels, style } = content;
  const chart = buildLostReasonsChart(figures, labels, style);
  const period = formatPeriod(figures.period, style.locale);
  if (!chart) {
    return reply(`No deals lost in ${period}`, [mrkdwnSection(`:x: *Lost deals* in ${period}: none.`)]);
  }
  const details = content.lostDeals.items.map((deal) => {
    const reason = labelOf(labels.lostReasons, deal.reason);
    const why = deal.reasonText
      ? `: “${escapeMrkdwn(truncate(deal.reasonText.replace(/\s+/g, ' '), 240))}”`
      : '';
    const value = deal.valueMinor === null ? 'no value' : formatAmount(deal.valueMinor, style);
    return `• \`D-${deal.dealNumber}\` ${escapeMrkdwn(deal.company)} — *${escapeMrkdwn(reason)}*${why} (${value}, ${userMention(deal.ownerId)})`;
  });
  return reply(`Lost deals in ${period}`, [
    tableSection(`:x: *Lost deals by reason* in ${period}`, chart.table),
    ...listBlocks(details, { total: content.lostDeals.total, maxSections: 4 }),
  ]);
}

/** Wins and value per product (the leader, priority products nobody asked for) and each rep's activity. */
export function buildProductsAndRepsReply(content: DigestContent): SlackMessage {
  const { figures, labels, style } = content;
  const period = formatPeriod(figures.period, style.locale);
  const products = [...figures.products].sort((a, b) => b.wonValueMinor - a.wonValueMinor || b.wins - a.wins);
  const productTable = textTable(
    ['Product', 'Wins', 'Won value'],
    products.map((product) => [
      labelOf(labels.products, product.product),
      formatCount(product.wins, style.locale),
      formatAmount(product.wonValueMinor, style),
    ]),
  );
  const notes = [
    figures.leadingProduct
      ? `Leader: *${escapeMrkdwn(labelOf(labels.products, figures.leadingProduct))}*`
      : 'No product was won in this period.',
    ...(figures.priorityProductsWithoutDemand.length > 0
      ? [
          `:mag: Priority products with no demand: ${figures.priorityProductsWithoutDemand
            .map((product) => `*${escapeMrkdwn(labelOf(labels.products, product))}*`)
            .join(', ')}`,
        ]
      : []),
  ];
  const reps = [...figures.reps].sort((a, b) => b.wins - a.wins || b.offers - a.offers || b.leads - a.leads);
  const repLines = reps.map(
    (rep) =>
      `• ${userMention(rep.userId)}: ${rep.leads} leads, ${rep.discoveryMeetings} discovery meetings, ${rep.offers} offers, ${rep.wins} wins`,
  );
  return reply(`Products and reps in ${period}`, [
    products.length > 0
      ? tableSection(`:package: *Products* in ${period}`, productTable)
      : mrkdwnSection(`:package: *Products* in ${period}: no wins.`),
    mrkdwnSection(notes.join('\n')),
    mrkdwnSection(`:busts_in_silhouette: *Rep activity* in ${period}`),
    ...(repLines.length > 0
      ? listBlocks(repLines, { maxSections: 3 })
      : [mrkdwnSection('No rep activity recorded.')]),
  ]);
}

/** The thread under the digest, in posting order. */
export function buildDigestThread(content: DigestContent): SlackMessage[] {
  const feedback = FEEDBACK_REPLY_ORDER.map(
    (kind) => content.feedback.find((list) => list.kind === kind) ?? { kind, items: [], total: 0 },
  );
  return [
    buildChartTablesReply(content),
    ...feedback.map((list) => buildFeedbackReply(list, content)),
    buildLostReasonsReply(content),
    buildProductsAndRepsReply(content),
  ];
}
