// Applies the committed migrations to DATABASE_URL (default file:./data/tandem.db): npm run db:migrate
import { redactUrl } from '../src/store/db/databaseUrl';
import { applyMigrations } from '../src/store/db/migrations';

const databaseUrl = process.env.DATABASE_URL ?? 'file:./data/tandem.db';

applyMigrations(databaseUrl, { log: (message) => console.log(message) })
  .then(({ applied }) => {
    if (applied.length === 0) return;
    console.log(`applied ${applied.length} migration(s) to ${redactUrl(databaseUrl)}`);
  })
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`db:migrate failed: ${message.replace(/\s*\n\s*/g, ' ')}`);
    process.exit(1);
  });
