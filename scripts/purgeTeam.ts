// Deletes everything Tandem holds about one Slack workspace, in one transaction:
//   npm run team:purge -- <slack team id>          shows what would be deleted, deletes nothing
//   npm run team:purge -- <slack team id> --yes    deletes it
// Uses DATABASE_URL (default file:./data/tandem.db). See docs/SECURITY.md → "Purging a workspace".
import { createStore } from '../src/store';
import { openDatabase } from '../src/store/db/database';
import { redactUrl } from '../src/store/db/databaseUrl';

const USAGE = 'usage: npm run team:purge -- <slack team id, e.g. T0123ABCD> [--yes]';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const confirmed = args.includes('--yes');
  const teamIds = args.filter((arg) => !arg.startsWith('--'));
  const [slackTeamId] = teamIds;
  if (teamIds.length !== 1 || !slackTeamId || !/^[TE][A-Z0-9]+$/.test(slackTeamId)) {
    console.error(
      `${USAGE}\n(the Slack team id starts with T, or E for an Enterprise Grid org; got ${teamIds.join(' ') || 'none'})`,
    );
    return 2;
  }
  const databaseUrl = process.env.DATABASE_URL ?? 'file:./data/tandem.db';
  const database = openDatabase(databaseUrl);
  try {
    const store = createStore(database);
    const counts = await store.workspaces.countRows(slackTeamId);
    if (counts.teams === 0 && counts.installations === 0) {
      console.log(`Nothing to purge: ${redactUrl(databaseUrl)} holds no data of workspace ${slackTeamId}.`);
      return 0;
    }
    const rows = Object.entries(counts.rows)
      .filter(([, count]) => count > 0)
      .map(([table, count]) => `${table} ${count}`)
      .join(', ');
    console.log(
      `Workspace ${slackTeamId} in ${redactUrl(databaseUrl)}: ${counts.teams} team(s), ${counts.installations} installation(s)` +
        (rows ? `; rows: ${rows}` : ''),
    );
    if (!confirmed) {
      console.log(
        `Nothing was deleted. To delete all of it for good, run: npm run team:purge -- ${slackTeamId} --yes`,
      );
      return 1;
    }
    const purged = await store.workspaces.purge(slackTeamId);
    console.log(
      `Purged workspace ${slackTeamId}: ${purged.teams} team(s) with all their rows, ${purged.installations} installation(s).`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`team:purge failed, nothing was deleted: ${message.replace(/\s*\n\s*/g, ' ')}`);
    process.exit(1);
  });
