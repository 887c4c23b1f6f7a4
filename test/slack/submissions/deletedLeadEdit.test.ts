import { ActionIds, INPUT_ACTION_ID, LeadModalBlocks } from '../../../src/slack/ids';
import { ALICE, buttonAction, SALES } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { run, teamId } from '../pipelineSupport';

/**
 * The lead edit form of a lead deleted since it opened (its creation undone) says the lead is gone,
 * in the user's language, instead of asking to press Save again forever. Both engines run this file.
 */
let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

it.each([
  ['en', 'Lead L-1 does not exist in this team.'],
  ['pl', 'Lead L-1 nie istnieje w tym zespole.'],
] as const)('says so in %s when the lead was deleted meanwhile', async (language, message) => {
  await t.database.prisma.team.update({ where: { id: await teamId(t) }, data: { locale: language } });
  await run(t, '/lead', 'Acme');
  const clicked = await t.slack.sendBlockActions({
    actions: buttonAction(ActionIds.leadEdit, { value: '1' }),
    channelId: SALES,
    userId: ALICE,
  });
  expect(clicked.status).toBe(200);
  const opened = await t.fake.waitFor('views.open');
  await t.database.prisma.lead.deleteMany({ where: { number: 1 } });

  const submitted = await t.slack.submitView(
    opened,
    { [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corp' } },
    { userId: ALICE },
  );
  expect(submitted.body).toEqual({
    response_action: 'errors',
    errors: { [LeadModalBlocks.company]: message },
  });
});
