import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlackApi, type FakeSlackApi } from './support/fakeSlackApi';
import { BOT_TOKEN, SIGNING_SECRET } from './support/fixtures';
import { createSlackRequester } from './support/slackRequests';
import { exitOf, freePort, spawnTandem, startTandem, stopTandem } from './support/tandemProcess';

/** `npm start` as a user runs it: the real entry point in its own process, on the embedded database. */
let fake: FakeSlackApi;
let directory: string;

beforeEach(async () => {
  fake = await startFakeSlackApi();
  directory = mkdtempSync(join(tmpdir(), 'tandem-main-'));
});

afterEach(async () => {
  await fake.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves /lead from the embedded database, and the lead survives a restart', async () => {
    const port = await freePort();
    const environment = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.url,
      PORT: String(port),
      DATABASE_URL: `file:${join(directory, 'tandem.db')}`,
    };
    const slack = createSlackRequester({
      appUrl: `http://127.0.0.1:${port}/slack/events`,
      signingSecret: SIGNING_SECRET,
      fake,
    });

    const first = await startTandem(environment);
    expect(first.output()).toMatch(/applied \d+ migration\(s\) to the embedded database/);
    const added = await slack.sendCommand({ command: '/lead', text: 'Acme Corp source:seo' });
    await fake.waitFor(
      'response_url',
      (call) => call.url === added.sent.response_url && call.allText().includes('Added `L-1`'),
    );
    expect(await stopTandem(first.child)).toBe(0);

    const second = await startTandem(environment);
    expect(second.output()).not.toContain('applied');
    const listed = await slack.sendCommand({ command: '/lead', text: 'list' });
    const answer = await fake.waitFor('response_url', (call) => call.url === listed.sent.response_url);
    expect(answer.allText()).toContain('`L-1` *Acme Corp*');
    expect(await stopTandem(second.child)).toBe(0);
  });

  it('runs the compiled app, which a SIGTERM sent to npm reaches: it stops gracefully and exits 0', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['start'], {
      cwd: join(__dirname, '..'),
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? directory,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.url,
        PORT: String(port),
        DATABASE_URL: `file:${join(directory, 'tandem.db')}`,
      },
    });
    let output = '';
    npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = exitOf(npm);
    while (!output.includes('listening on port')) {
      if (npm.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(output).toContain('> exec node dist/main.js');
    npm.kill('SIGTERM');
    const code = await exited;
    expect({ code, signal: npm.signalCode }).toEqual({ code: 0, signal: null });
    expect(output).toContain('SIGTERM received: finishing requests in progress');
    expect(output).toMatch(/"level":"info".*"msg":"stopped"/);
  });

  it('refuses to start with one line per bad variable and no stack trace', async () => {
    const child = spawnTandem({ PORT: 'eighty' });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await exitOf(child);
    expect(code).toBe(1);
    expect(stderr).toContain('- SLACK_BOT_TOKEN is missing');
    expect(stderr).toContain('- PORT must be a whole number from 0 to 65535');
    expect(stderr).toContain('- SLACK_SIGNING_SECRET is missing');
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
