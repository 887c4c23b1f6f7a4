import { createTranslator } from '../../src/i18n/translator';
import { INPUT_ACTION_ID, LeadModalBlocks } from '../../src/slack/ids';
import { takeDatabaseAway } from '../support/databaseAway';
import { ALICE, BOB, SALES, TEAM_A } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * The database goes away after Tandem has answered a Polish or Russian team: what it says then is
 * still in the language of the person (or, for someone it has not answered yet, of their team),
 * although both live in the database. English only when nothing is known (databaseUnavailable.test.ts).
 */
let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

/** The answer to a command: in its ack when it could not even be kept, else at its response_url. */
async function answerTo(command: string, text: string, userId: string): Promise<string> {
  const sent = await t.slack.sendCommand({ command, text, userId, channelId: SALES });
  if (sent.body !== '') return JSON.stringify(sent.body);
  const answer = await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url, 15_000);
  return answer.allText();
}

describe.each(['pl', 'ru'] as const)('the database away from a %s team', (language) => {
  const said = createTranslator(language);
  const english = createTranslator('en');

  beforeEach(async () => {
    const team = await t.store.teams.ensure(TEAM_A.id);
    await t.database.prisma.team.update({ where: { id: team.id }, data: { locale: language } });
    // Alice (Slack in en-US) has been answered once, in the team's language.
    expect(await answerTo('/lead', 'help', ALICE)).toContain(said.t('help.title', { command: '/lead' }));
    takeDatabaseAway(t.store);
  });

  it('answers a command in the language its author was last answered in, echoing the text', async () => {
    const answer = await answerTo('/lead', 'Acme Corp source:seo', ALICE);
    expect(answer).toContain(said.t('failures.databaseUnavailable').slice(0, 30));
    expect(answer).not.toContain(english.t('failures.databaseUnavailable').slice(0, 30));
    expect(answer).toContain('/lead Acme Corp source:seo');
  });

  it('keeps a form open with its message in that language', async () => {
    const view = { id: 'V1', callback_id: 'lead_modal', private_metadata: '{}', blocks: [] };
    const submitted = await t.slack.submitView(
      view,
      { [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corp' } },
      { userId: ALICE },
    );
    expect(JSON.stringify(submitted.body)).toContain(
      said.t('modals.couldNotSave', { button: said.t('leadForm.submitNew') }),
    );
  });

  it("answers someone not yet answered in the language of the workspace's team", async () => {
    const answer = await answerTo('/deal', 'L-1 won', BOB);
    expect(answer).toContain(said.t('failures.databaseUnavailable').slice(0, 30));
  });
});
