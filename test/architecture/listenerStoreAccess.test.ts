import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Slack listeners write only through services (src/services), which own the transactions and the
 * pipeline-facts refresh. The store methods listeners still call directly are these reads; a call
 * to any other store method from src/slack fails here. (src/slack/middleware claims event ids and
 * src/slack/oauth.ts keeps Bolt's installations: request plumbing, not listeners.)
 */
const READS_LISTENERS_MAY_CALL = new Set([
  'actionItems.counts',
  'actionItems.open',
  'actionItems.recentlyDone',
  'actionItems.teamIdOf',
  'changes.teamIdOf',
  'deals.dealsOfLead',
  'deals.getByNumber',
  'digestRuns.find',
  'digestRuns.recent',
  'digestSchedules.get',
  'exchangeRates.list',
  'feedback.searchClients',
  'home.latestPostedDigest',
  'home.leadsAwaitingQualification',
  'home.openDealsOf',
  'home.staleDealsOf',
  'leads.findByCompanyName',
  'leads.getByNumber',
  'leads.list',
  'leads.search',
  'meetings.currentPeriod',
  'meetings.details',
  'meetings.find',
  'metrics.digestFigures',
  'pipeline.dealsInStage',
  'pipeline.stageTotals',
  'teamMembers.defaultTeamId',
  'teamMembers.language',
  'teamSettings.announcements',
  'teams.countInWorkspace',
  'teams.defaultOf',
  'teams.inWorkspace',
  'teams.options',
]);

const SLACK = join(__dirname, '../../src/slack');
const NOT_LISTENERS = ['middleware/', 'oauth.ts'];

function listenerFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    const name = relative(SLACK, path) + (entry.isDirectory() ? '/' : '');
    if (NOT_LISTENERS.includes(name)) return [];
    if (entry.isDirectory()) return listenerFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** `repository.method` of each store call in a module's source: `deps.store.leads.list(` → leads.list. */
function storeCallsIn(source: string): string[] {
  return [...source.matchAll(/\bstore\s*\.\s*(\w+)\s*\.\s*(\w+)\s*\(/g)].map(
    (match) => `${match[1]}.${match[2]}`,
  );
}

function storeCalls(): { file: string; call: string }[] {
  return listenerFiles(SLACK).flatMap((path) =>
    storeCallsIn(readFileSync(path, 'utf8')).map((call) => ({ file: relative(SLACK, path), call })),
  );
}

describe('Slack listeners', () => {
  it('call the store only to read; every write goes through a service', () => {
    const calls = storeCalls();
    expect(calls.length).toBeGreaterThan(0);
    const writes = calls.filter(({ call }) => !READS_LISTENERS_MAY_CALL.has(call));
    expect(writes).toEqual([]);
  });

  it('are scanned for writes however the call is laid out (the save the schedule form used to make)', () => {
    const source = 'await deps.store\n  .digestSchedules.save(team.id, schedule);\nstore.teams.options(id);';
    expect(storeCallsIn(source)).toEqual(['digestSchedules.save', 'teams.options']);
    expect(READS_LISTENERS_MAY_CALL.has('digestSchedules.save')).toBe(false);
  });
});
