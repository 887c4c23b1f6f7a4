import type { CsvFile } from '../../digest/export/periodCsv';
import { section, type SlackMessage } from './message';
import { userMention } from './text';

/** The comment the export's files are shared with in the channel. */
export function exportUploadComment(periodLabel: string, requestedBy: string): string {
  return `:inbox_tray: Tandem export for *${periodLabel}*, requested by ${userMention(requestedBy)}: the leads created, the deals that moved and the KPIs, as CSV.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function buildExportPostedMessage(
  periodLabel: string,
  channelId: string,
  files: readonly CsvFile[],
): SlackMessage {
  const [leads, deals] = files;
  const contents = `${plural(leads?.rows ?? 0, 'lead')} created and ${plural(deals?.rows ?? 0, 'deal')} that moved, with the KPIs`;
  const text = `Exported ${periodLabel} to <#${channelId}>: ${contents}.`;
  return { text, blocks: [section(`:white_check_mark: ${text}`)] };
}

/** Why Slack refused the upload, and what to do about it. */
export function buildExportRefusedMessage(slackError: string, channelId: string): SlackMessage {
  const again = 'then run `/digest export` again';
  const text =
    slackError === 'not_in_channel' || slackError === 'channel_not_found'
      ? `Tandem cannot share files in <#${channelId}> because it is not a member: invite it with \`/invite @Tandem\`, ${again}.`
      : slackError === 'missing_scope' || slackError === 'not_allowed_token_type'
        ? `Tandem has no permission to upload files here (scope files:write): reinstall it from its app settings, ${again}.`
        : `Slack refused the upload (\`${slackError}\`); ${again} in a minute.`;
  return { text, blocks: [section(`:warning: ${text}`)] };
}
