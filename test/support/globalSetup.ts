import { dropAbandonedSchemas } from './abandonedSchemas';

/** Before a PostgreSQL run: drops test schemas that earlier runs provably abandoned, and only those. */
export default async function globalSetup(): Promise<void> {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) return;
  const dropped = await dropAbandonedSchemas(url);
  if (dropped.length > 0) console.warn(`dropped ${dropped.length} abandoned test schemas`);
}
