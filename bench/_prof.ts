import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import { createBenchDatabase } from './benchDatabase';
import { loadBenchTeam } from './loadTeam';
import { startFakeSlackApi } from '../test/support/fakeSlackApi';
import { SIGNING_SECRET } from '../test/support/fixtures';
import { commandPayload, payloadContext } from '../test/support/slackPayloads';
import { signSlackRequest } from '../test/support/slackSigner';
async function main() {
  const engine = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'postgresql';
  const db = await createBenchDatabase(engine, 'postgresql://postgres@127.0.0.1:5432/test');
  await loadBenchTeam(db.url, 2000);
  const fake = await startFakeSlackApi({ triggerIdTtlMs: 3600000 });
  const child = fork('./appProcess.ts', [db.url, fake.url, 'cache-auth-test'], { execArgv: ['--import', 'tsx', '--cpu-prof', '--cpu-prof-dir=/tmp/b8/prof'] });
  const port: number = await new Promise((r) => child.on('message', (m: any) => m.type === 'listening' && r(m.port)));
  const context = payloadContext(fake);
  let n = 0;
  const result = await autocannon({ url: `http://127.0.0.1:${port}/slack/events`, connections: 10, duration: 4,
    requests: [{ method: 'POST', setupRequest: (req) => {
      const body = new URLSearchParams(commandPayload(context, { command: '/lead', text: `"Prof ${++n}" source:paid_search` }) as any).toString();
      return { ...req, body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...signSlackRequest(body, { signingSecret: SIGNING_SECRET }) } };
    } }] });
  console.log('req/s', result.requests.average, 'p50', result.latency.p50);
  await new Promise((r) => setTimeout(r, 3000));
  child.send({ type: 'exit' });
  await new Promise((r) => child.once('exit', r));
  await fake.close(); await db.drop();
}
main();
