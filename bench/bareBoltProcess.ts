import { App, LogLevel } from '@slack/bolt';
import { SIGNING_SECRET } from '../test/support/fixtures';

/**
 * The floor for ack latency: a Bolt app that only acknowledges `/lead`, in a process of its own like
 * Tandem's. `node --import tsx bench/bareBoltProcess.ts` prints `listening on port N`.
 */
async function main(): Promise<void> {
  const app = new App({
    signingSecret: SIGNING_SECRET,
    // A fixed identity: no auth.test to a Slack this machine cannot reach.
    authorize: async () => ({ botToken: 'xoxb-bare', botId: 'B0000BARE', botUserId: 'U0000BARE' }),
    logLevel: LogLevel.ERROR,
  });
  app.command('/lead', async ({ ack }) => {
    await ack();
  });
  const server = (await app.start(0)) as import('node:http').Server;
  const address = server.address();
  console.log(`listening on port ${typeof address === 'object' && address ? address.port : 0}`);
}

void main();
