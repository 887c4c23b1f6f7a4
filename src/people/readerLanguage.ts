import type { WebClient } from '@slack/web-api';
import { readerLocale } from '../i18n/locales';
import { createTranslator, type Translator } from '../i18n/translator';
import type { Store } from '../store';
import type { TeamService } from '../services/teamService';
import type { TeamRecord } from '../store/repos/teamStore';
import type { SlackUsers } from './slackUsers';

/**
 * What finding a person's language needs: their choice in Tandem, and (with a client) their Slack
 * locale. With `teams` their choice comes through its short-lived cache (requests); without it,
 * straight from the store (scheduled DMs).
 */
export type ReaderLanguageDependencies = {
  store: Pick<Store, 'teamMembers'>;
  users?: SlackUsers;
  teams?: Pick<TeamService, 'memberLanguage'>;
};

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
    deps.teams
      ? deps.teams.memberLanguage(team.id, userId)
      : deps.store.teamMembers.language(team.id, userId),
    client && deps.users ? deps.users.localeWithin(client, team.slackTeamId, userId) : undefined,
  ]);
  return createTranslator(readerLocale({ chosen, slackLocale, teamLocale: team.locale }));
}
