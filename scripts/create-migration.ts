// Writes a new migration for both databases from the changes in prisma/models.prisma.
//   npm run db:migration -- <name>    writes prisma/<provider>/migrations/<YYYYMMDDHHMMSS>_<name>/migration.sql
//   npm run db:migration -- --check   exits 1 when the models have changes that no migration covers
// PostgreSQL needs a reachable server for its shadow schema: SHADOW_DATABASE_URL, by default
// postgresql://postgres@127.0.0.1:5432/test (a temporary schema is created there and dropped).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DatabaseProvider } from '../src/store/db/databaseUrl';
import { redactUrl } from '../src/store/db/databaseUrl';
import { DEFAULT_SHADOW_DATABASE_URL, diffMigrationsToSchema, migrationLockToml } from './lib/schema-engine';

const root = resolve(__dirname, '..');
const providers: DatabaseProvider[] = ['sqlite', 'postgresql'];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const name = slug(args.find((arg) => !arg.startsWith('--')) ?? '');
  if (!check && name === '') throw new Error('usage: npm run db:migration -- <name>  (or -- --check)');

  // In check mode the schemas must already be in sync; otherwise bring them up to date first.
  execFileSync(process.execPath, [join(root, 'scripts/sync-schemas.mjs'), ...(check ? ['--check'] : [])], {
    stdio: 'inherit',
  });

  // Compute every provider before writing anything, so the two histories never diverge.
  const scripts = new Map<DatabaseProvider, string>();
  for (const provider of providers) scripts.set(provider, await pendingScript(provider));
  const changed = providers.filter((provider) => scripts.get(provider) !== '');
  if (changed.length === 0) {
    console.log('no changes');
    return;
  }
  if (check) {
    console.error(
      `models.prisma has changes without a migration (${changed.join(', ')}): run npm run db:migration -- <name>`,
    );
    process.exitCode = 1;
    return;
  }

  const folder = `${timestamp()}_${name}`;
  for (const provider of changed) {
    const migrationsDir = join(root, 'prisma', provider, 'migrations');
    const dir = join(migrationsDir, folder);
    if (existsSync(dir)) throw new Error(`${dir} already exists`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), scripts.get(provider) ?? '');
    const lockPath = join(migrationsDir, 'migration_lock.toml');
    if (!existsSync(lockPath)) writeFileSync(lockPath, migrationLockToml(provider));
    console.log(`wrote ${join('prisma', provider, 'migrations', folder, 'migration.sql')}`);
  }
}

async function pendingScript(provider: DatabaseProvider): Promise<string> {
  const shadowDatabaseUrl = process.env.SHADOW_DATABASE_URL ?? DEFAULT_SHADOW_DATABASE_URL;
  try {
    return await diffMigrationsToSchema({
      provider,
      migrationsDir: join(root, 'prisma', provider, 'migrations'),
      schemaPath: join(root, 'prisma', provider, 'schema.prisma'),
      shadowDatabaseUrl,
    });
  } catch (error) {
    const where = provider === 'postgresql' ? ` (shadow database ${redactUrl(shadowDatabaseUrl)})` : '';
    throw new Error(`${provider}${where}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/** Like Prisma: lower case, anything else becomes "_". */
function slug(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
}

/** UTC YYYYMMDDHHMMSS, the prefix `prisma migrate dev` uses. */
function timestamp(): string {
  return new Date().toISOString().replace(/\D/g, '').slice(0, 14);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // Engine errors end with a Rust span trace ("   0: sql_schema_connector::…"); keep the message only.
  const summary = message.split(/\n\s+\d+: /)[0]?.replace(/\s*\n\s*/g, ' ');
  console.error(`db:migration failed: ${summary}`);
  process.exit(1);
});
