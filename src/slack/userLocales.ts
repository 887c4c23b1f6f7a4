import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock';

/** How long a user's Slack locale is trusted before users.info is asked again. */
export const USER_LOCALE_TTL_MS = 60 * 60 * 1000;
const MAX_CACHED_USERS = 10_000;

type CachedLocale = { locale: string | undefined; fetchedAt: number };

/**
 * Each user's Slack locale (users.info with include_locale), remembered for an hour so a rep
 * typing /lead all day costs one lookup, not one per command. A failed lookup is remembered too
 * (as "no locale") so a Slack outage does not slow every reply; the team's locale is used then.
 */
export class UserLocales {
  private readonly cache = new Map<string, CachedLocale>();

  constructor(private readonly deps: { clock: Clock; logger: Logger; ttlMs?: number }) {}

  async localeOf(client: WebClient, slackTeamId: string, userId: string): Promise<string | undefined> {
    const key = `${slackTeamId}:${userId}`;
    const now = this.deps.clock.now().getTime();
    const cached = this.cache.get(key);
    if (cached && now - cached.fetchedAt < (this.deps.ttlMs ?? USER_LOCALE_TTL_MS)) return cached.locale;
    const locale = await this.fetch(client, userId);
    // Oldest first: Map keeps insertion order, so re-inserting marks the entry fresh.
    this.cache.delete(key);
    this.cache.set(key, { locale, fetchedAt: now });
    if (this.cache.size > MAX_CACHED_USERS) this.cache.delete(this.cache.keys().next().value ?? key);
    return locale;
  }

  private async fetch(client: WebClient, userId: string): Promise<string | undefined> {
    try {
      const answer = await client.users.info({ user: userId, include_locale: true });
      return answer.user?.locale;
    } catch (error) {
      this.deps.logger.warn(`users.info for ${userId} failed; replying in the team's language`, error);
      return undefined;
    }
  }
}
