import type { Clock } from '../clock';

/**
 * How long a request's team, a member's language and a workspace's team count are reused without
 * reading them again. Every command reads them before its work (docs/BENCHMARKS.md, "Right after
 * start"); they change only through the settings and team commands. A change made in this process
 * clears the cache at once; one made by another instance on the same database is seen within this.
 */
export const TEAM_CONTEXT_TTL_MS = 5_000;

/** Above this many entries, expired ones are dropped when the next one is added. */
const PRUNE_ABOVE = 2_000;

type Entry = { expiresAt: number; value: Promise<unknown> };

/**
 * A short-lived cache of the reads that pick a request's team. Concurrent reads of one key share
 * one query (a burst of commands right after start asks the database once); a failed read is not
 * kept.
 */
export class TeamContextCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = TEAM_CONTEXT_TTL_MS,
  ) {}

  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.clock.now().getTime();
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > now) return cached.value as Promise<T>;
    if (this.entries.size >= PRUNE_ABOVE) this.pruneExpired(now);
    const value = load();
    const entry = { expiresAt: now + this.ttlMs, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  /** After any write to teams, channels, defaults or languages: every later read goes to the database. */
  clear(): void {
    this.entries.clear();
  }

  private pruneExpired(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
