import { daysBetween } from '../../domain/calendar';
import { formatCalendarPeriod } from '../../domain/dates';
import { SPEND_FIELDS } from '../../domain/spend';
import { teamOptionLabel } from '../../i18n/teamOptionLabel';
import type { Translator } from '../../i18n/translator';
import type { SpendReport } from '../../services/spendService';
import type { SpendRecord } from '../../store/repos/spendStore';
import type { TeamOptionRecord } from '../../store/repos/teamStore';
import { Commands } from '../../slack/ids';
import { context, type KnownBlock, section, type SlackMessage } from '../../blockKit/message';
import { escapeMrkdwn, escapeTruncated, truncate, userMention } from '../../blockKit/text';

const SECTION_LIMIT = 2900;

/** "1 Nov 2026 – 14 Nov 2026 (14 days)". */
function periodText(t: Translator, spend: SpendRecord): string {
  const days = daysBetween(spend.periodStart, spend.periodEnd);
  const range = formatCalendarPeriod({ start: spend.periodStart, end: spend.periodEnd }, t);
  return `${range} (${t.t('common.days', { count: days })})`;
}

export function buildSpendAddedMessage(t: Translator, spend: SpendRecord): SlackMessage {
  const days = daysBetween(spend.periodStart, spend.periodEnd);
  const amount = t.money(spend.amountMinor, spend.currency);
  const recorded = t.t('spend.recorded', {
    amount,
    channel: escapeMrkdwn(spend.channel),
    period: periodText(t, spend),
  });
  const perDay =
    days > 1
      ? t.t('spend.perDay', { amount: t.money(Math.round(spend.amountMinor / days), spend.currency) })
      : '';
  return {
    text: t.t('spend.recordedText', { amount, channel: spend.channel }),
    blocks: [
      section(
        `:white_check_mark: ${recorded}${perDay}${spend.note ? `\n${escapeTruncated(spend.note, 500)}` : ''}`,
      ),
      context(t.t('spend.recordedHint', { command: Commands.spend })),
    ],
  };
}

export function buildSpendChannelsMessage(t: Translator, channels: TeamOptionRecord[]): SlackMessage {
  const lines = channels.map(
    (channel) =>
      `• \`${escapeMrkdwn(channel.key)}\` — ${escapeMrkdwn(teamOptionLabel(t, 'channel', channel))}`,
  );
  const example = `${Commands.spend} ${channels[0]?.key ?? 'paid_search'} 4500 PLN period:2026-11`;
  return {
    text: t.t('spend.channelsText', {
      channels: channels.map((channel) => teamOptionLabel(t, 'channel', channel)).join(', '),
    }),
    blocks: [
      section(truncate(`${t.t('spend.channelsHeading')}\n${lines.join('\n')}`, SECTION_LIMIT)),
      context(t.t('spend.example', { example: escapeMrkdwn(example) })),
    ],
  };
}

/** `/spend list`: each channel's share of the period, then the entries behind it. */
export function buildSpendListMessage(t: Translator, report: SpendReport): SlackMessage {
  const period = formatCalendarPeriod(report.window, t);
  if (report.entries.length === 0) {
    return {
      text: t.t('spend.listEmptyText', { period }),
      blocks: [section(t.t('spend.listEmpty', { period, example: SPEND_FIELDS.channel.example }))],
    };
  }
  const totals = new Map<string, number>();
  for (const share of report.shares)
    totals.set(share.currency, (totals.get(share.currency) ?? 0) + share.shareMinor);
  const total = [...totals]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([currency, minor]) => t.money(minor, currency))
    .join(' + ');
  const shareLines = report.shares.map(
    (share) => `• *${escapeMrkdwn(share.channel)}* ${t.money(share.shareMinor, share.currency)}`,
  );
  const entryLines = report.entries.map(
    (entry) =>
      t.t('spend.entry', {
        channel: escapeMrkdwn(entry.channel),
        amount: t.money(entry.amountMinor, entry.currency),
        period: periodText(t, entry),
        user: userMention(entry.createdById),
      }) + `${entry.note ? ` · ${escapeTruncated(entry.note, 100)}` : ''}`,
  );
  const entryCount = report.shares.reduce((sum, share) => sum + share.entries, 0);
  const entriesHeading =
    entryCount > report.entries.length
      ? t.t('spend.entriesFirst', { shown: report.entries.length, count: entryCount })
      : t.t('spend.entries', { count: entryCount });
  const blocks: KnownBlock[] = [
    section(
      truncate(`${t.t('spend.listHeading', { period, total })}\n${shareLines.join('\n')}`, SECTION_LIMIT),
    ),
    section(truncate(`${entriesHeading}\n${entryLines.join('\n')}`, SECTION_LIMIT)),
    context(t.t('spend.listHint', { command: Commands.spend })),
  ];
  return { text: t.t('spend.listText', { period, total }), blocks };
}

export function buildSpendHelpMessage(t: Translator, channels: TeamOptionRecord[]): SlackMessage {
  const command = Commands.spend;
  return {
    text: t.t('help.title', { command }),
    blocks: [
      section(t.t('help.spend', { command })),
      context(
        t.t('help.spendChannels', {
          channels: channels.map((channel) => `\`${channel.key}\``).join(', '),
        }),
      ),
    ],
  };
}
