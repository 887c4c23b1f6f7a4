import { daysBetween, formatCalendarRange } from '../../domain/calendar';
import { formatMoney } from '../../domain/money';
import { SPEND_FIELDS } from '../../domain/spend';
import type { SpendReport } from '../../services/spendService';
import type { SpendRecord } from '../../store/spendStore';
import type { TeamOptionRecord } from '../../store/teamStore';
import { Commands } from '../ids';
import { context, type KnownBlock, section, type SlackMessage } from './message';
import { escapeMrkdwn, truncate, userMention } from './text';

const SECTION_LIMIT = 2900;

function periodText(spend: SpendRecord): string {
  const days = daysBetween(spend.periodStart, spend.periodEnd);
  return `${formatCalendarRange({ start: spend.periodStart, end: spend.periodEnd })} (${days} day${days === 1 ? '' : 's'})`;
}

export function buildSpendAddedMessage(spend: SpendRecord): SlackMessage {
  const days = daysBetween(spend.periodStart, spend.periodEnd);
  const perDay = formatMoney(Math.round(spend.amountMinor / days), spend.currency);
  const amount = formatMoney(spend.amountMinor, spend.currency);
  return {
    text: `Recorded ${amount} on ${spend.channel}`,
    blocks: [
      section(
        `:white_check_mark: Recorded *${amount}* on *${escapeMrkdwn(spend.channel)}* for ${periodText(spend)}` +
          `${days > 1 ? `, about ${perDay} a day` : ''}${spend.note ? `\n${escapeMrkdwn(truncate(spend.note, 500))}` : ''}`,
      ),
      context(
        `Reports count it per day, so any period gets its share · \`${Commands.spend} list\` for this month`,
      ),
    ],
  };
}

export function buildSpendChannelsMessage(channels: TeamOptionRecord[]): SlackMessage {
  const lines = channels.map(
    (channel) => `• \`${escapeMrkdwn(channel.key)}\` — ${escapeMrkdwn(channel.label)}`,
  );
  return {
    text: `Channels: ${channels.map((channel) => channel.key).join(', ')}`,
    blocks: [
      section(
        truncate(
          `*The team's channels* (spend and lead sources use the same list):\n${lines.join('\n')}`,
          SECTION_LIMIT,
        ),
      ),
      context(`e.g. \`${Commands.spend} ${channels[0]?.key ?? 'paid_search'} 4500 PLN period:2026-11\``),
    ],
  };
}

/** `/spend list`: each channel's share of the period, then the entries behind it. */
export function buildSpendListMessage(report: SpendReport): SlackMessage {
  const period = formatCalendarRange(report.window);
  if (report.entries.length === 0) {
    return {
      text: `No spend recorded for ${period}`,
      blocks: [
        section(`No spend recorded for ${period}. Record some with \`${SPEND_FIELDS.channel.example}\`.`),
      ],
    };
  }
  const totals = new Map<string, number>();
  for (const share of report.shares)
    totals.set(share.currency, (totals.get(share.currency) ?? 0) + share.shareMinor);
  const totalText = [...totals]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([currency, minor]) => formatMoney(minor, currency))
    .join(' + ');
  const shareLines = report.shares.map(
    (share) => `• *${escapeMrkdwn(share.channel)}* ${formatMoney(share.shareMinor, share.currency)}`,
  );
  const entryLines = report.entries.map(
    (entry) =>
      `• ${escapeMrkdwn(entry.channel)} ${formatMoney(entry.amountMinor, entry.currency)} over ${periodText(entry)} · ${userMention(entry.createdById)}` +
      `${entry.note ? ` · ${escapeMrkdwn(truncate(entry.note, 100))}` : ''}`,
  );
  const entryCount = report.shares.reduce((sum, share) => sum + share.entries, 0);
  const shownOf =
    entryCount > report.entries.length ? ` (first ${report.entries.length} of ${entryCount})` : '';
  const blocks: KnownBlock[] = [
    section(
      truncate(`*Spend in ${period}: ${totalText}*, spread per day\n${shareLines.join('\n')}`, SECTION_LIMIT),
    ),
    section(truncate(`*Entries overlapping the period*${shownOf}\n${entryLines.join('\n')}`, SECTION_LIMIT)),
    context(
      `A spend over several days counts in each period by the days it covers · \`${Commands.spend} list 2026-11-01..2026-11-14\``,
    ),
  ];
  return { text: `Spend in ${period}: ${totalText}`, blocks };
}

export function buildSpendHelpMessage(channels: TeamOptionRecord[]): SlackMessage {
  const command = Commands.spend;
  return {
    text: 'How to use /spend',
    blocks: [
      section(
        `*${command}* records what marketing spent per channel.\n` +
          `• \`${command}\` — open the form\n` +
          `• \`${command} paid_search 4500 PLN period:2026-11-01..2026-11-14\` — one line; both days count\n` +
          `• \`${command} seo "12 000,50" period:2026-11 note:"agency retainer"\` — a whole month; the currency defaults to the team's\n` +
          `• \`${command} list [2026-11 | 2026-11-01..2026-11-14]\` — spend per channel in a period (default: this month)\n` +
          `• \`${command} channels\` — the channel list · \`${command} help\` — this help`,
      ),
      context(`Channels: ${channels.map((channel) => escapeMrkdwn(channel.key)).join(', ')}`),
    ],
  };
}
