import type { CsvFile } from './periodCsv';
import type { Translator } from '../../i18n/translator';
import { Commands } from '../../slack/ids';
import { section, type SlackMessage } from '../../blockKit/message';
import { userMention } from '../../blockKit/text';

/** The comment the export's files are shared with in the channel (in the team's language). */
export function exportUploadComment(t: Translator, periodLabel: string, requestedBy: string): string {
  return `:inbox_tray: ${t.t('export.uploadComment', { period: periodLabel, user: userMention(requestedBy) })}`;
}

export function buildExportPostedMessage(
  t: Translator,
  periodLabel: string,
  channelId: string,
  files: readonly CsvFile[],
): SlackMessage {
  const [leads, deals] = files;
  const text = t.t('export.posted', {
    period: periodLabel,
    channel: `<#${channelId}>`,
    leads: t.t('export.leadsCreated', { count: leads?.rows ?? 0 }),
    deals: t.t('export.dealsMoved', { count: deals?.rows ?? 0 }),
  });
  return { text, blocks: [section(`:white_check_mark: ${text}`)] };
}

/** Why Slack refused the upload, and what to do about it. */
export function buildExportRefusedMessage(
  t: Translator,
  slackError: string,
  channelId: string,
): SlackMessage {
  const params = { channel: `<#${channelId}>`, command: `${Commands.digest} export`, error: slackError };
  const text =
    slackError === 'not_in_channel' || slackError === 'channel_not_found'
      ? t.t('export.notInChannel', params)
      : slackError === 'missing_scope' || slackError === 'not_allowed_token_type'
        ? t.t('export.noPermission', params)
        : t.t('export.refused', params);
  return { text, blocks: [section(`:warning: ${text}`)] };
}
