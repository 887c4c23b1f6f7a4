import type { WebClient } from '@slack/web-api';
import type { ReportingPeriod } from '../../domain/digestFigures';
import { composePeriodExport } from '../../digest/export/periodExport';
import type { SlackDependencies } from '../dependencies';
import type { TeamContext } from '../teamContext';
import {
  buildExportPostedMessage,
  buildExportRefusedMessage,
  exportUploadComment,
} from '../../digest/export/exportMessages';
import type { SlackMessage } from '../../blockKit/message';

/** Slack's refusals an export explains to the user; anything else is an unexpected failure. */
const EXPLAINED_UPLOAD_ERRORS = new Set([
  'not_in_channel',
  'channel_not_found',
  'missing_scope',
  'not_allowed_token_type',
  'file_uploads_disabled',
  'file_upload_size_restricted',
]);

function slackErrorOf(error: unknown): string | undefined {
  const code = (error as { data?: { error?: unknown } } | undefined)?.data?.error;
  return typeof code === 'string' ? code : undefined;
}

/**
 * `/digest export [period]`: uploads the period's leads, deals and KPIs as CSV files to the channel
 * the command came from (files.uploadV2), with a comment in the team's language, and tells the
 * caller what was shared in theirs.
 */
export async function exportPeriod(
  deps: SlackDependencies,
  client: WebClient,
  context: TeamContext,
  period: ReportingPeriod,
  request: { channelId: string; userId: string },
): Promise<SlackMessage> {
  const { team, t, teamT } = context;
  const { periodLabel, files } = await composePeriodExport(deps.store, team, period);
  try {
    await client.files.uploadV2({
      channel_id: request.channelId,
      initial_comment: exportUploadComment(teamT, periodLabel, request.userId),
      file_uploads: files.map((file) => ({
        content: file.content,
        filename: file.filename,
        title: file.title,
      })),
    });
  } catch (error) {
    const code = slackErrorOf(error);
    if (code && EXPLAINED_UPLOAD_ERRORS.has(code))
      return buildExportRefusedMessage(t, code, request.channelId);
    throw error;
  }
  return buildExportPostedMessage(t, periodLabel, request.channelId, files);
}
