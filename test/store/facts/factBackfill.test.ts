import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factFillStatements } from '../../../src/store/readModel/facts/refreshFacts';
import { sqlDialect } from '../../../src/store/db/sqlDialect';

// A database migrated from before the fact tables gets its facts from the migration's backfill:
// it must be what the app itself derives (src/store/readModel/facts), word for word. Changing how a fact is
// derived therefore takes a new migration that fills the tables again, with a "-- Backfill" part.

const MIGRATIONS = join(__dirname, '..', '..', '..', 'prisma');
const BACKFILL = '-- Backfill';

/** The SQL without comments, every run of white space as one space. */
function squeezed(sql: string): string {
  return sql
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

it.each(['sqlite', 'postgresql'] as const)(
  'the latest %s backfill of the fact tables is what the app derives',
  (provider) => {
    const folder = join(MIGRATIONS, provider, 'migrations');
    const scripts = readdirSync(folder)
      .filter((name) => /^\d+_/.test(name))
      .sort()
      .map((name) => readFileSync(join(folder, name, 'migration.sql'), 'utf8'))
      .filter((script) => script.includes(BACKFILL));
    const latest = scripts.at(-1);
    if (!latest) throw new Error(`no ${provider} migration fills the fact tables`);
    const derived = factFillStatements(sqlDialect(provider), 'all').map(
      (statement) => `${squeezed(provider === 'sqlite' ? statement.sql : statement.text)};`,
    );
    expect(squeezed(latest.slice(latest.indexOf(BACKFILL)))).toBe(derived.join(' '));
  },
);
