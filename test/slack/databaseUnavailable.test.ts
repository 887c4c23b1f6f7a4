import { ActionIds, DealModalBlocks, INPUT_ACTION_ID, LeadModalBlocks } from '../../src/slack/ids';
import { unavailableDatabaseUrl } from '../support/testDatabase';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * The database is unreachable (PostgreSQL on a closed port, or SQLite in a folder that vanished):
 * the user is told so and gets back exactly what they typed, as echoed text or the form kept open.
 */
let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ databaseUrl: unavailableDatabaseUrl() });
});

afterEach(async () => {
  await t.close();
});

const UNAVAILABLE = "Tandem's database is not answering right now, so nothing was saved";
const unavailableLines = () => t.logger.lines.filter((line) => line.message.includes('database unavailable'));

/** The answer's text: in the ack when the command could not even be kept (a write), else through the response_url. */
async function answerTo(command: string, text: string): Promise<{ allText(): string }> {
  const sent = await t.slack.sendCommand({ command, text });
  expect(sent.status).toBe(200);
  if (sent.body !== '') return { allText: () => JSON.stringify(sent.body).replace(/\\"/g, '"') };
  return t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url, 15_000);
}

describe('database unavailable', () => {
  it('answers /lead with a clear message and the typed text to resend, logged once', async () => {
    const answer = await answerTo('/lead', 'Acme Corp source:seo note:"call back on Monday"');
    expect(answer.allText()).toContain(UNAVAILABLE);
    expect(answer.allText()).toContain('```/lead Acme Corp source:seo note:"call back on Monday"```');
    expect(unavailableLines()).toHaveLength(1);
    expect(unavailableLines()[0]?.message).not.toContain('call back on Monday');
  });

  it('answers /deal with a clear message and the typed text to resend, logged once', async () => {
    const answer = await answerTo('/deal', 'L-12 qualified value:12000 problems:"slow onboarding"');
    expect(answer.allText()).toContain(UNAVAILABLE);
    expect(answer.allText()).toContain('```/deal L-12 qualified value:12000 problems:"slow onboarding"```');
    expect(unavailableLines()).toHaveLength(1);
    expect(unavailableLines()[0]?.message).not.toContain('slow onboarding');
    expect(t.fake.callsTo('views.open')).toHaveLength(0);
  });

  it('answers /deal that would open the form with the message instead of a form that cannot load', async () => {
    const answer = await answerTo('/deal', 'D-3');
    expect(answer.allText()).toContain(UNAVAILABLE);
    expect(answer.allText()).toContain('```/deal D-3```');
    expect(t.fake.callsTo('views.open')).toHaveLength(0);
  });

  it('keeps the lead form open with its values and says to submit again', async () => {
    const view = { id: 'V1', callback_id: 'lead_modal', private_metadata: '{}', blocks: [] };
    const submitted = await t.slack.submitView(view, {
      [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corp' },
    });
    expect(submitted.body).toEqual({
      response_action: 'errors',
      errors: {
        [LeadModalBlocks.company]:
          'Tandem could not save just now. Everything you typed is still here: press Add lead again in a moment.',
      },
    });
  });

  it('keeps the deal form open with its values and says to submit again', async () => {
    const view = {
      id: 'V2',
      callback_id: 'deal_modal',
      private_metadata: JSON.stringify({ channelId: 'C0000SALES' }),
      blocks: [],
    };
    const submitted = await t.slack.submitView(view, {
      [DealModalBlocks.lead]: { [ActionIds.dealLeadSelect]: { selected: '12' } },
      [DealModalBlocks.stage]: { [ActionIds.dealStageSelect]: { selected: 'QUALIFIED' } },
      [DealModalBlocks.value]: { [INPUT_ACTION_ID]: '12000' },
    });
    // An `errors` answer is what keeps the form open: Slack leaves every typed value in place.
    expect(submitted.body).toEqual({
      response_action: 'errors',
      errors: {
        [DealModalBlocks.stage]: expect.stringContaining(
          'Tandem could not save just now. Everything you typed is still here',
        ),
      },
    });
    expect(t.fake.callsTo('chat.postEphemeral')).toHaveLength(0);
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
