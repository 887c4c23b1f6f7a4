import type { WebClient } from '@slack/web-api';
import { readerLocale } from '../i18n/locales';
import { createTranslator, type Translator } from '../i18n/translator';
import type { Store } from '../store';
import type { TeamRecord } from '../store/teamStore';
import { settledWithin } from '../runtime/settledWithin';
import type { SlackUsers } from './slackUsers';

/** How long an answer waits for its user's Slack locale before it speaks without it (a slow users.info costs the language, not the time). */
export const USER_LOCALE_WAIT_MS = 1500;

/** What finding a person's language needs: their choice in Tandem, and (with a client) their Slack locale. */
export type ReaderLanguageDependencies = { store: Pick<Store, 'teamMembers'>; users?: SlackUsers };

/**
 * A translator for one person of a team, for what only they see (replies, forms, App Home, DMs):
 * see `readerLocale` for the order. Without a client their Slack locale is not asked.
 */
export async function readerTranslator(
  deps: ReaderLanguageDependencies,
  team: Pick<TeamRecord, 'id' | 'slackTeamId' | 'locale'>,
  userId: string,
  client?: WebClient,
): Promise<Translator> {
  const [chosen, slackLocale] = await Promise.all([
    deps.store.teamMembers.language(team.id, userId),
    client && deps.users
      ? settledWithin(deps.users.localeOf(client, team.slackTeamId, userId), USER_LOCALE_WAIT_MS)
      : undefined,
  ]);
  return createTranslator(readerLocale({ chosen, slackLocale, teamLocale: team.locale }));
}
