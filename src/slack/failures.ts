import type { Logger } from '@slack/bolt';
import { NotFoundError } from '../errors';
import { createTranslator, type Translator } from '../i18n/translator';
import { isDatabaseUnavailableError } from '../store/databaseErrors';
import type { SlackDependencies } from './dependencies';
import type { RequestOrigin } from './teamContext';
import { type SlackMessage, section } from '../blockKit/message';
import { echoBlockText, escapeMrkdwn } from '../blockKit/text';

/** Where a failure happened, for the one log line that records it. */
export type FailureContext = { action: string; teamId: string; userId: string };

/**
 * The requesting user's language for an answer that cannot wait for the team: a failure (resolving
 * the team may be what failed) or a rejection inside the acknowledgement. Only their Slack locale
 * (users.info, cached) is asked, for at most `waitMs` when given; without one the answer is English.
 */
export async function requesterTranslator(
  deps: Pick<SlackDependencies, 'users'>,
  origin: RequestOrigin,
  waitMs?: number,
): Promise<Translator> {
  if (!origin.client || !origin.userId) return createTranslator(undefined);
  const lookup = deps.users.localeOf(origin.client, origin.slackTeamId, origin.userId);
  return createTranslator(waitMs === undefined ? await lookup : await settledWithin(lookup, waitMs));
}

/** The promise's value, or undefined once `waitMs` pass first (the promise itself runs on). */
async function settledWithin<T>(promise: Promise<T>, waitMs: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
    timer.unref();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function notFoundText(t: Translator, error: NotFoundError): string {
  const reference = escapeMrkdwn(error.reference);
  if (error.entity === 'Lead') return t.t('failures.leadNotFound', { reference });
  if (error.entity === 'Deal') return t.t('failures.dealNotFound', { reference });
  return t.t('failures.notFound', { reference });
}

/**
 * Logs an unexpected failure once, with context but without what the user typed (it may hold
 * client personal data), and builds the message that gives the user their input back.
 */
export function buildFailureMessage(
  t: Translator,
  error: unknown,
  context: FailureContext,
  logger: Logger,
  echo?: { command: string; text: string },
): SlackMessage {
  if (error instanceof NotFoundError) {
    const text = notFoundText(t, error);
    return { text, blocks: [section(`:mag: ${text}.`)] };
  }
  const unavailable = isDatabaseUnavailableError(error);
  logger.error(
    `${context.action} failed for user ${context.userId} in team ${context.teamId}${unavailable ? ': database unavailable' : ''}`,
    error,
  );
  const headline = t.t(unavailable ? 'failures.databaseUnavailable' : 'failures.unexpected');
  const blocks = [section(headline)];
  if (echo) blocks.push(section(echoBlockText(t, echo.command, echo.text)));
  return { text: t.t('failures.notification'), blocks };
}
