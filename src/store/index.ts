import type { Database } from './database';
import { DraftStore } from './draftStore';
import { LeadStore } from './leadStore';
import { TeamStore } from './teamStore';

/** All database access, grouped by concept; built once in the composition root. */
export type Store = {
  database: Database;
  teams: TeamStore;
  leads: LeadStore;
  drafts: DraftStore;
};

export function createStore(database: Database): Store {
  return {
    database,
    teams: new TeamStore(database.prisma),
    leads: new LeadStore(database.prisma),
    drafts: new DraftStore(database.prisma),
  };
}
