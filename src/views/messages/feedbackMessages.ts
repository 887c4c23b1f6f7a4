import { formatCalendarPeriod } from '../../domain/dates';
import {
  FEEDBACK_KINDS,
  FEEDBACK_SOURCES,
  type FeedbackKind,
  type FeedbackSource,
  SENTIMENTS,
  type Sentiment,
} from '../../domain/feedback';
import type { LookbackSpec } from '../../domain/lookbackPeriod';
import type { Translator } from '../../i18n/translator';
import type { FeedbackOverview } from '../../services/feedbackService';
import type { FeedbackRecord, WishCount } from '../../store/repos/feedbackStore';
import { Commands } from '../../slack/ids';
import { context, type KnownBlock, section, type SlackMessage } from '../../blockKit/message';
import { escapeMrkdwn, escapeTruncated, truncate, userMention } from '../../blockKit/text';

const KIND_EMOJI: Record<FeedbackKind, string> = {
  praise: ':star:',
  complaint: ':warning:',
  wish: ':bulb:',
  objection: ':no_entry_sign:',
};

const SECTION_LIMIT = 2900;

function isKind(kind: string): kind is FeedbackKind {
  return (FEEDBACK_KINDS as readonly string[]).includes(kind);
}

export function feedbackReference(feedback: Pick<FeedbackRecord, 'number'>): string {
  return `F-${feedback.number}`;
}

/** "complaint", "wish / product request": a kind as it reads inside a sentence. */
function kindLabel(t: Translator, kind: string): string {
  return isKind(kind) ? t.t(`feedback.kind.${kind}`) : kind;
}

/** "in the last 30 days", "z ostatnich 6 tygodni", "за период 1 нояб. 2026 – 14 нояб. 2026". */
export function lookbackText(t: Translator, period: LookbackSpec): string {
  if (period.kind === 'dates')
    return t.t('feedback.periodDates', { range: formatCalendarPeriod(period.range, t) });
  if (period.unit === 'week')
    return period.count === 1
      ? t.t('feedback.periodLastWeek')
      : t.t('feedback.periodWeeks', { count: period.count });
  return period.count === 1
    ? t.t('feedback.periodLastDay')
    : t.t('feedback.periodDays', { count: period.count });
}

/** "`D-7` *Acme Corp*", "`L-12` *Acme Corp*" or '' when the feedback names no client. */
function clientText(feedback: FeedbackRecord): string {
  if (!feedback.lead) return '';
  const reference = feedback.deal ? `D-${feedback.deal.number}` : `L-${feedback.lead.number}`;
  return `\`${reference}\` *${escapeTruncated(feedback.lead.company, 100)}*`;
}

function facts(t: Translator, feedback: FeedbackRecord): string {
  const sentiment = feedback.sentiment as Sentiment;
  const source = feedback.source as FeedbackSource;
  return [
    feedback.product
      ? t.t('feedback.product', { product: escapeTruncated(feedback.product, 100) })
      : undefined,
    SENTIMENTS.includes(sentiment) ? t.t(`feedback.sentiment.${sentiment}`) : feedback.sentiment,
    FEEDBACK_SOURCES.includes(source) ? t.t(`feedback.source.${source}`) : feedback.source,
  ]
    .filter(Boolean)
    .join(' · ');
}

function origin(t: Translator, feedback: FeedbackRecord): string {
  const parts = [
    feedback.messageAuthorId
      ? t.t('feedback.saidBy', { user: userMention(feedback.messageAuthorId) })
      : undefined,
    feedback.permalink ? `<${feedback.permalink}|${t.t('feedback.messageLink')}>` : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? ` · ${parts.join(' · ')}` : '';
}

export function buildFeedbackSavedMessage(t: Translator, feedback: FeedbackRecord): SlackMessage {
  const client = clientText(feedback);
  const params = {
    reference: feedbackReference(feedback),
    emoji: isKind(feedback.kind) ? KIND_EMOJI[feedback.kind] : '',
    kind: kindLabel(t, feedback.kind),
    client,
  };
  const quote = truncate(escapeMrkdwn(feedback.text).replace(/\n/g, '\n>'), 2500);
  return {
    text: t.t('feedback.loggedText', params),
    blocks: [
      section(
        `:white_check_mark: ${t.t(client ? 'feedback.loggedFrom' : 'feedback.logged', params)}\n>${quote}`,
      ),
      context(`${facts(t, feedback)}${origin(t, feedback)}`),
    ],
  };
}

/** One line per wished-for product: distinct clients first, the way the meeting ranks requests. */
function wishLines(t: Translator, wishes: WishCount[], period: string): string[] {
  return wishes
    .filter((wish): wish is WishCount & { product: string } => wish.product !== null)
    .map((wish) =>
      t.t('feedback.wish', {
        product: escapeTruncated(wish.product, 100),
        clients: t.t('feedback.clients', { count: wish.clients }),
        period,
        mentions: t.t('feedback.mentions', { count: wish.mentions }),
      }),
    );
}

function feedbackLine(t: Translator, feedback: FeedbackRecord, formatAge: (date: Date) => string): string {
  const client = clientText(feedback);
  const emoji = isKind(feedback.kind) ? KIND_EMOJI[feedback.kind] : '';
  return (
    `\`${feedbackReference(feedback)}\` ${emoji} ${client ? `${client}: ` : ''}` +
    `“${escapeTruncated(feedback.text.replace(/\s+/g, ' '), 200)}” · ${facts(t, feedback)} · ` +
    `${userMention(feedback.createdById)} ${formatAge(feedback.createdAt)}${origin(t, feedback)}`
  );
}

/** Sections of at most ~2900 characters, so long lists never break Block Kit's limit. */
function chunkedSections(lines: string[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let chunk: string[] = [];
  for (const line of lines) {
    if (chunk.length > 0 && [...chunk, line].join('\n').length > SECTION_LIMIT) {
      blocks.push(section(chunk.join('\n')));
      chunk = [];
    }
    chunk.push(truncate(line, SECTION_LIMIT));
  }
  if (chunk.length > 0) blocks.push(section(chunk.join('\n')));
  return blocks;
}

export function buildFeedbackListMessage(
  t: Translator,
  overview: FeedbackOverview,
  formatAge: (date: Date) => string,
): SlackMessage {
  const { window, kind, items, countsByKind } = overview;
  const period = escapeMrkdwn(lookbackText(t, window.period));
  const heading = t.t(kind ? `feedback.heading.${kind}` : 'feedback.heading.all', { period });
  const counts = FEEDBACK_KINDS.map((each) =>
    t.t(`feedback.count.${each}`, { count: countsByKind.get(each) ?? 0 }),
  ).join(' · ');
  const blocks: KnownBlock[] = [section(`*${heading}*\n${counts}`)];
  const wishes = wishLines(t, overview.wishes, period);
  if (wishes.length > 0) {
    blocks.push(section(t.t('feedback.mostRequested')));
    blocks.push(...chunkedSections(wishes));
  }
  if (items.length === 0) {
    blocks.push(section(t.t('feedback.nothingLogged', { period, command: Commands.feedback })));
  } else {
    blocks.push(section(t.t('feedback.latest', { count: items.length })));
    blocks.push(...chunkedSections(items.map((item) => feedbackLine(t, item, formatAge))));
  }
  return { text: `${heading}: ${counts}`, blocks };
}

export function buildFeedbackHelpMessage(t: Translator): SlackMessage {
  const command = Commands.feedback;
  const code = (words: readonly string[]) => words.map((word) => `\`${word}\``).join(', ');
  return {
    text: t.t('help.title', { command }),
    blocks: [
      section(t.t('help.feedback', { command })),
      context(
        t.t('help.feedbackKeys', {
          kinds: code(FEEDBACK_KINDS),
          sources: code(FEEDBACK_SOURCES),
          sentiments: code(SENTIMENTS),
        }),
      ),
    ],
  };
}
