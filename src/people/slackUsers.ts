import { KnownLanguages } from './knownLanguages';
import type { Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock';
import type { WorkspaceStanding } from '../domain/teamRoles';
import { settledWithin } from '../runtime/settledWithin';

/** How long what users.info said about a user is trusted before it is asked again. */
export const USER_PROFILE_TTL_MS = 60 * 60 * 1000;
/** A failed lookup is retried sooner, so a Slack hiccup does not strip an admin of rights for an hour. */
export const FAILED_LOOKUP_TTL_MS = 60 * 1000;
const MAX_CACHED_USERS = 10_000;

/** What Tandem reads from users.info: the user's locale, and whether they run the workspace. */
export type SlackUserProfile = { locale: string | undefined; standing: WorkspaceStanding };

type CachedProfile = { profile: Promise<SlackUserProfile & { failed: boolean }>; fetchedAt: number };

const NO_STANDING: WorkspaceStanding = { isAdmin: false, isOwner: false };

/**
 * Each user's Slack locale and admin/owner flags (one users.info with include_locale), remembered
 * for an hour so a rep typing /lead all day costs one lookup, not one per command, and a burst of
 * commands from one user shares a single lookup. A failed lookup is remembered for a minute (no
 * locale, no admin rights) so a Slack outage does not slow every reply: the team's locale is used
 * then, and only roles given in Tandem count.
 */
/** How long an answer waits for its user's Slack locale before it speaks without it. */
export const USER_LOCALE_WAIT_MS = 1500;

export class SlackUsers {
  private readonly cache = new Map<string, CachedProfile>();
  /** The language each reader was last answered in, for answers given while the database is away. */
  readonly languages = new KnownLanguages();

  constructor(
    private readonly deps: {
      clock: Clock;
      logger: Logger;
      ttlMs?: number;
      /** How long an answer waits for a locale (USER_LOCALE_WAIT_MS unless given). */
      localeWaitMs?: number;
    },
  ) {}

  /**
   * The user's locale if users.info answers within the wait, else undefined: a slow or failing
   * lookup costs an answer its user's language, not its time (the lookup runs on and is cached).
   */
  async localeWithin(client: WebClient, slackTeamId: string, userId: string): Promise<string | undefined> {
    return settledWithin(
      this.localeOf(client, slackTeamId, userId),
      this.deps.localeWaitMs ?? USER_LOCALE_WAIT_MS,
    );
  }

  async localeOf(client: WebClient, slackTeamId: string, userId: string): Promise<string | undefined> {
    return (await this.profileOf(client, slackTeamId, userId)).locale;
  }

  /** Whether Slack says the user is an admin or owner of the workspace (they are admins of every team). */
  async standingOf(client: WebClient, slackTeamId: string, userId: string): Promise<WorkspaceStanding> {
    return (await this.profileOf(client, slackTeamId, userId)).standing;
  }

  private async profileOf(client: WebClient, slackTeamId: string, userId: string): Promise<SlackUserProfile> {
    const key = `${slackTeamId}:${userId}`;
    const now = this.deps.clock.now().getTime();
    const cached = this.cache.get(key);
    if (cached) {
      const profile = await cached.profile;
      const ttl = profile.failed ? FAILED_LOOKUP_TTL_MS : (this.deps.ttlMs ?? USER_PROFILE_TTL_MS);
      if (now - cached.fetchedAt < ttl) return profile;
    }
    const profile = this.fetch(client, userId);
    // Oldest first: Map keeps insertion order, so re-inserting marks the entry fresh.
    this.cache.delete(key);
    this.cache.set(key, { profile, fetchedAt: now });
    if (this.cache.size > MAX_CACHED_USERS) this.cache.delete(this.cache.keys().next().value ?? key);
    return profile;
  }

  private async fetch(client: WebClient, userId: string): Promise<SlackUserProfile & { failed: boolean }> {
    try {
      const { user } = await client.users.info({ user: userId, include_locale: true });
      return {
        locale: user?.locale,
        standing: { isAdmin: user?.is_admin === true, isOwner: user?.is_owner === true },
        failed: false,
      };
    } catch (error) {
      this.deps.logger.warn(
        `users.info for ${userId} failed; replying in the team's language, with Tandem roles only`,
        error,
      );
      return { locale: undefined, standing: NO_STANDING, failed: true };
    }
  }
}
