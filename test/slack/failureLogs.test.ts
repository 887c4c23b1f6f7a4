import { createLogger } from '../../src/runtime/logger';
import { ALICE, BOT_TOKEN, SALES, SIGNING_SECRET, TEAM_A } from '../support/fixtures';
import { unavailableDatabaseUrl } from '../support/testDatabase';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * The production logger at debug level, as an operator would run it to chase a problem: what
 * failing commands log must carry the request's ids and never a token, a secret or what was typed.
 */
const COMPANY = 'Globex Confidential Holdings';
const EMAIL = 'jane.roe@globex.example';
const NOTE = 'wants a discount before Friday';
const TYPED = `"${COMPANY}" email:${EMAIL} source:seo note:"${NOTE}"`;

let t: TestApp;
let lines: string[];

async function start(options: { databaseUrl?: string } = {}): Promise<void> {
  lines = [];
  const appLogger = createLogger('debug', 'tandem', {
    write: (line) => lines.push(line),
    secrets: [BOT_TOKEN, SIGNING_SECRET],
  });
  t = await startTestApp({ ...options, appLogger, config: { logLevel: 'debug' } });
}

afterEach(async () => {
  await t.close();
});

function expectNothingSensitive(): void {
  const all = lines.join('\n');
  for (const sensitive of [BOT_TOKEN, SIGNING_SECRET, COMPANY, EMAIL, NOTE, 'Globex', 'jane.roe']) {
    expect({ sensitive, found: all.includes(sensitive) }).toEqual({ sensitive, found: false });
  }
}

const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('logs of failing commands', () => {
  it('name the request, team, user and cause of a database failure, not the typed lead', async () => {
    await start({ databaseUrl: unavailableDatabaseUrl() });

    // A write that cannot even be kept is answered in its ack, with the text to send again.
    const sent = await t.slack.sendCommand({ command: '/lead', text: TYPED });
    expect(JSON.stringify(sent.body)).toContain(COMPANY);

    const failure = entries().find((entry) => String(entry.msg).includes('failed for user'));
    expect(failure).toMatchObject({
      level: 'error',
      msg: `/lead add failed for user ${ALICE} in team ${TEAM_A.id}: database unavailable`,
      request: 'command /lead',
      teamId: TEAM_A.id,
      userId: ALICE,
      channelId: SALES,
      error: { name: expect.any(String), stack: expect.any(Array) },
    });
    expectNothingSensitive();
  });

  it("leave out the lead a failed Slack call carried (the Web API client's debug dumps)", async () => {
    await start();
    const added = await t.slack.sendCommand({ command: '/lead', text: TYPED });
    await t.fake.waitFor(
      'response_url',
      (call) => call.url === added.sent.response_url && call.allText().includes('Added'),
    );

    t.fake.failNext('views.open', { body: { ok: false, error: 'invalid_arguments' } });
    const edit = await t.slack.sendCommand({ command: '/lead', text: 'edit L-1' });
    await t.fake.waitFor('views.open');
    const answer = await t.fake.waitFor('response_url', (call) => call.url === edit.sent.response_url);
    // The form did not open: the author is told so and how to add the lead in one line.
    expect(answer.allText()).toContain('The lead form could not open');

    expect(entries()).toContainEqual(
      expect.objectContaining({
        msg: 'http request body: [omitted: may hold user input]',
        request: 'command /lead',
      }),
    );
    expect(entries()).toContainEqual(
      expect.objectContaining({
        msg: expect.stringContaining(`the lead form could not open for user ${ALICE}: `),
      }),
    );
    expect(entries().some((entry) => String(entry.msg).includes('invalid_arguments'))).toBe(true);
    expectNothingSensitive();
  });

  it('leave out the text of a rejected command, which its acknowledgement echoes back', async () => {
    await start();
    const rejected = await t.slack.sendCommand({ command: '/lead', text: `${TYPED} colour:red` });
    expect(JSON.stringify(rejected.body)).toContain(COMPANY);
    expect(entries()).toContainEqual(
      expect.objectContaining({
        msg: 'ack() call begins (body: [omitted: may hold user input]',
        request: 'command /lead',
      }),
    );
    expectNothingSensitive();
  });
});
