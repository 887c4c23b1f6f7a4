import type { Logger } from '@slack/bolt';
import { NotFoundError } from '../errors';
import { DEFAULT_LANGUAGE, readerLocale } from '../i18n/locales';
import { createTranslator, type Translator } from '../i18n/translator';
import { isDatabaseUnavailableError } from '../store/db/databaseErrors';
import { settledWithin } from '../runtime/settledWithin';
import { type RequestOrigin, resolveTeam, type TeamLookupDependencies } from './teamContext';
import { type SlackMessage, section } from '../blockKit/message';
import { escapeMrkdwn } from '../blockKit/text';
import { echoBlockText } from '../views/messages/commandEcho';

/** Where a failure happened, for the one log line that records it. */
export type FailureContext = { action: string; teamId: string; userId: string };

/** The longest a failure's answer waits for the user's language (the database may be what failed). */
const LANGUAGE_WAIT_MS = 2000;

/**
 * The requesting user's language for an answer that cannot wait for long: a failure (resolving
 * the team may be what failed) or a rejection inside the acknowledgement. Their language in their
 * team (src/people/readerLanguage.ts) is waited for at most `waitMs` (2 s unless given); when it cannot be
 * had in time, the language they were last answered in counts (src/people/knownLanguages.ts), then
 * their Slack locale if Tandem speaks it (not Slack's en-US), then the team's last known language,
 * else the answer is English.
 */
export async function requesterTranslator(
  deps: TeamLookupDependencies,
  origin: RequestOrigin,
  waitMs?: number,
): Promise<Translator> {
  const { client, userId } = origin;
  if (!client || !userId) return createTranslator(undefined);
  // Asked at once (and cached, so the team's lookup below shares it): if the team is slow to come,
  // a Slack language Tandem speaks still answers in time.
  const slackLocale = deps.users.localeOf(client, origin.slackTeamId, userId);
  // Without the database: the language this person was last answered in, else their Slack locale
  // over the language of the workspace's team last answered for, else English.
  const known = deps.users.languages;
  const slackOnly = async () =>
    createTranslator(
      known.readerLocale(origin.slackTeamId, userId) ??
        readerLocale({
          chosen: undefined,
          slackLocale: await slackLocale,
          teamLocale: known.teamLocale(origin.slackTeamId) ?? DEFAULT_LANGUAGE,
        }),
    );
  const lookup = resolveTeam(deps, origin).then(
    (context) => context.t,
    () => slackOnly(),
  );
  return (
    (await settledWithin(lookup, waitMs ?? LANGUAGE_WAIT_MS)) ??
    (await settledWithin(slackOnly(), 0)) ??
    createTranslator(known.readerLocale(origin.slackTeamId, userId) ?? known.teamLocale(origin.slackTeamId))
  );
}

/** "Lead L-12 does not exist in this team": what a record deleted meanwhile (or never there) is told as. */
export function notFoundText(t: Translator, error: NotFoundError): string {
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
