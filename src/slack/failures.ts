import type { Logger } from '@slack/bolt';
import { NotFoundError } from '../errors';
import { isDatabaseUnavailableError } from '../store/databaseErrors';
import { type SlackMessage, section } from './views/message';
import { echoBlockText, escapeMrkdwn } from './views/text';

/** Where a failure happened, for the one log line that records it. */
export type FailureContext = { action: string; teamId: string; userId: string };

/**
 * Logs an unexpected failure once, with context but without what the user typed (it may hold
 * client personal data), and builds the message that gives the user their input back.
 */
export function buildFailureMessage(
  error: unknown,
  context: FailureContext,
  logger: Logger,
  echo?: { command: string; text: string },
): SlackMessage {
  if (error instanceof NotFoundError) {
    return { text: error.message, blocks: [section(`:mag: ${escapeMrkdwn(error.message)}.`)] };
  }
  const unavailable = isDatabaseUnavailableError(error);
  logger.error(
    `${context.action} failed for user ${context.userId} in team ${context.teamId}${unavailable ? ': database unavailable' : ''}`,
    error,
  );
  const headline = unavailable
    ? ":x: Tandem's database is not answering right now, so nothing was saved. Send it again in a minute."
    : ':x: Tandem could not finish this (the error is logged for your admin). Nothing was saved.';
  const blocks = [section(headline)];
  if (echo) blocks.push(section(echoBlockText(echo.command, echo.text)));
  return { text: 'Tandem could not save this; nothing was saved. Please try again in a minute.', blocks };
}
