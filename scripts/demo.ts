// `npm run demo`: seeds a realistic team on the embedded database, posts its digest through the
// real app to a local Slack stand-in (no Slack account, no network) and writes what Slack received.
import { join, relative } from 'node:path';
import { runDemo } from '../src/devtools/runDemo';

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  const started = Date.now();
  console.log('Seeding a demo team (300 leads, 13 weeks) on ./data/demo.db and posting its digest…');
  const result = await runDemo({
    outputDir: join(root, 'demo-output'),
    databasePath: join(root, 'data', 'demo.db'),
  });
  console.log(`
Digest for ${result.period} posted to the local Slack stand-in in ${((Date.now() - started) / 1000).toFixed(1)} s.
  Seeded:   ${result.leads} leads, ${result.deals} deals, ${result.spendRows} spend entries, ${result.feedback} feedback items
  Posted:   1 parent message with ${result.images} chart images, ${result.replies} thread replies
  Headline: ${result.headline}

  Open ${relative(process.cwd(), result.htmlPath)}   (the digest and its thread; charts drawn offline)
  Read ${relative(process.cwd(), result.jsonPath)}   (the Block Kit payloads exactly as sent)`);
}

main().catch((error: unknown) => {
  console.error(
    `The demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
