/** How many readers and workspaces are remembered; the oldest is forgotten past it. */
const REMEMBERED = 10_000;

/**
 * The locale each reader, and each workspace's team, was last answered in, kept in memory. The
 * team language and a person's own choice live in the database, so when it is away an answer can
 * still be in the language it was given in last time instead of English.
 */
export class KnownLanguages {
  private readonly readers = new Map<string, string>();
  private readonly workspaces = new Map<string, string>();

  constructor(private readonly limit = REMEMBERED) {}

  remember(slackTeamId: string, teamLocale: string, reader?: { userId: string; locale: string }): void {
    this.keep(this.workspaces, slackTeamId, teamLocale);
    if (reader) this.keep(this.readers, `${slackTeamId}/${reader.userId}`, reader.locale);
  }

  readerLocale(slackTeamId: string, userId: string): string | undefined {
    return this.readers.get(`${slackTeamId}/${userId}`);
  }

  /** The language of the team last answered for in this workspace. */
  teamLocale(slackTeamId: string): string | undefined {
    return this.workspaces.get(slackTeamId);
  }

  private keep(map: Map<string, string>, key: string, locale: string): void {
    // Re-inserted, so the map's order is least recently answered first.
    map.delete(key);
    map.set(key, locale);
    if (map.size > this.limit) map.delete(map.keys().next().value ?? '');
  }
}
