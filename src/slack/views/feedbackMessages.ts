import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  FEEDBACK_SOURCE_LABELS,
  type FeedbackKind,
  type FeedbackSource,
} from '../../domain/feedback';
import type { FeedbackOverview } from '../../services/feedbackService';
import type { FeedbackRecord, WishCount } from '../../store/feedbackStore';
import { Commands } from '../ids';
import { context, type KnownBlock, section, type SlackMessage } from './message';
import { escapeMrkdwn, truncate, userMention } from './text';

const KIND_EMOJI: Record<FeedbackKind, string> = {
  praise: ':star:',
  complaint: ':warning:',
  wish: ':bulb:',
  objection: ':no_entry_sign:',
};

const KIND_PLURALS: Record<FeedbackKind, string> = {
  praise: 'Praise',
  complaint: 'Complaints',
  wish: 'Wishes',
  objection: 'Objections',
};

const SECTION_LIMIT = 2900;

export function feedbackReference(feedback: Pick<FeedbackRecord, 'number'>): string {
  return `F-${feedback.number}`;
}

function kindLabel(kind: string): string {
  return (FEEDBACK_KIND_LABELS[kind as FeedbackKind] ?? kind).toLowerCase();
}

/** "`D-7` *Acme Corp*", "`L-12` *Acme Corp*" or '' when the feedback names no client. */
function clientText(feedback: FeedbackRecord): string {
  if (!feedback.lead) return '';
  const reference = feedback.deal ? `D-${feedback.deal.number}` : `L-${feedback.lead.number}`;
  return `\`${reference}\` *${escapeMrkdwn(truncate(feedback.lead.company, 100))}*`;
}

function facts(feedback: FeedbackRecord): string {
  return [
    feedback.product ? `product ${escapeMrkdwn(truncate(feedback.product, 100))}` : undefined,
    feedback.sentiment,
    FEEDBACK_SOURCE_LABELS[feedback.source as FeedbackSource]?.toLowerCase() ?? feedback.source,
  ]
    .filter(Boolean)
    .join(' · ');
}

function origin(feedback: FeedbackRecord): string {
  const parts = [
    feedback.messageAuthorId ? `said by ${userMention(feedback.messageAuthorId)}` : undefined,
    feedback.permalink ? `<${feedback.permalink}|message>` : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? ` · ${parts.join(' · ')}` : '';
}

export function buildFeedbackSavedMessage(feedback: FeedbackRecord): SlackMessage {
  const client = clientText(feedback);
  const kind = feedback.kind as FeedbackKind;
  return {
    text: `Logged ${feedbackReference(feedback)} ${feedback.kind}`,
    blocks: [
      section(
        `:white_check_mark: Logged \`${feedbackReference(feedback)}\` ${KIND_EMOJI[kind] ?? ''} ${kindLabel(kind)}` +
          `${client ? ` from ${client}` : ''}\n>${escapeMrkdwn(truncate(feedback.text, 2500)).replace(/\n/g, '\n>')}`,
      ),
      context(`${facts(feedback)}${origin(feedback)}`),
    ],
  };
}

/** One line per wished-for product: distinct clients first, the way the meeting ranks requests. */
function wishLines(wishes: WishCount[], periodLabel: string): string[] {
  return wishes
    .filter((wish): wish is WishCount & { product: string } => wish.product !== null)
    .map((wish) => {
      const clients = wish.clients === 1 ? '1 client' : `${wish.clients} clients`;
      const mentions = wish.mentions === 1 ? '1 mention' : `${wish.mentions} mentions`;
      return `• *${escapeMrkdwn(truncate(wish.product, 100))}* — asked for by ${clients} ${escapeMrkdwn(periodLabel)} (${mentions})`;
    });
}

function feedbackLine(feedback: FeedbackRecord, formatAge: (date: Date) => string): string {
  const client = clientText(feedback);
  const kind = feedback.kind as FeedbackKind;
  return (
    `\`${feedbackReference(feedback)}\` ${KIND_EMOJI[kind] ?? ''} ${client ? `${client}: ` : ''}` +
    `“${escapeMrkdwn(truncate(feedback.text.replace(/\s+/g, ' '), 200))}” · ${facts(feedback)} · ` +
    `${userMention(feedback.createdById)} ${formatAge(feedback.createdAt)}${origin(feedback)}`
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
  overview: FeedbackOverview,
  formatAge: (date: Date) => string,
): SlackMessage {
  const { window, kind, items, countsByKind } = overview;
  const period = window.label;
  const what = kind ? KIND_PLURALS[kind] : 'Feedback';
  const counts = FEEDBACK_KINDS.map((each) => `${each} ${countsByKind.get(each) ?? 0}`).join(' · ');
  const blocks: KnownBlock[] = [section(`*${what} ${escapeMrkdwn(period)}*\n${counts}`)];
  const wishes = wishLines(overview.wishes, window.label);
  if (wishes.length > 0) {
    blocks.push(section('*Most requested* (wishes by product, counted by distinct clients)'));
    blocks.push(...chunkedSections(wishes));
  }
  if (items.length === 0) {
    blocks.push(
      section(`Nothing logged ${escapeMrkdwn(period)}. Log feedback with \`${Commands.feedback}\`.`),
    );
  } else {
    blocks.push(section(`*Latest ${items.length}*`));
    blocks.push(...chunkedSections(items.map((item) => feedbackLine(item, formatAge))));
  }
  return { text: `${what} ${period}: ${counts}`, blocks };
}

export function buildFeedbackHelpMessage(): SlackMessage {
  const command = Commands.feedback;
  return {
    text: `How to use ${command}`,
    blocks: [
      section(
        `*${command}* logs what clients say: praise, complaints, wishes and objections.\n` +
          `• \`${command}\` — open the form\n` +
          `• \`${command} complaint L-12 "delivery took three weeks"\` — log in one line (a lead L-… or deal D-… is optional)\n` +
          `• \`${command} wish D-7 "export to Excel" product:analytics source:call\` — with a product and source\n` +
          `• \`${command} list [kind] [period]\` — e.g. \`${command} list wish 6w\`, \`${command} list 2026-11-01..2026-11-14\` (default: the last 30 days)\n` +
          `• Message menu → *Log as client feedback* — file a client's message with its author and link`,
      ),
      context(
        `Kinds: ${FEEDBACK_KINDS.join(', ')} · keys: product, source (${Object.keys(FEEDBACK_SOURCE_LABELS).join(', ')}), ` +
          'sentiment (positive, neutral, negative; by default from the kind)',
      ),
    ],
  };
}
