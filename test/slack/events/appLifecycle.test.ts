import { TokenCipher } from '../../../src/security/tokenCipher';
import { PrismaInstallationStore } from '../../../src/store/repos/installationStore';
import { eventually } from '../../support/eventually';
import { seedLead } from '../../support/pipelineSeed';
import { BOT_USER_ID, TEAM_A, TEAM_B } from '../../support/fixtures';
import { botTokenOf, testOAuthConfig, workspaceInstallation } from '../../support/installations';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
const oauth = testOAuthConfig();

async function installAndSchedule(slackTeamId: string): Promise<string> {
  const installations = new PrismaInstallationStore(
    t.database.prisma,
    new TokenCipher(oauth.tokenKeys),
    t.clock,
  );
  await installations.storeInstallation(workspaceInstallation(slackTeamId));
  const team = await t.store.teams.ensure(slackTeamId);
  await t.store.digestSchedules.save(
    team.id,
    {
      channelId: 'C0000SALES',
      weekday: 1,
      time: '09:00',
      timeZone: 'UTC',
      cadenceWeeks: 2,
      anchorDate: '2026-11-02',
      enabled: true,
    },
    'U0000ALICE',
    t.clock.now(),
  );
  return team.id;
}

const installationOf = (slackTeamId: string) =>
  t.database.prisma.installation.findUniqueOrThrow({ where: { installationKey: `team:${slackTeamId}` } });

/** Waits until the workspace's tokens are gone (the event is handled after its ack). */
const tokensDeleted = (slackTeamId: string) =>
  eventually(async () => ((await installationOf(slackTeamId)).revokedAt ? true : undefined), {
    what: `${slackTeamId} revoked`,
  });

const refusals = (teamId: string) =>
  t.logger.lines.filter((line) =>
    line.message.includes(`Tandem has no active installation for team:${teamId}`),
  ).length;

/** The token `/lead` opens its form with, or undefined when the workspace is refused. */
async function openLeadModal(teamId: string): Promise<string | undefined> {
  const refusedBefore = refusals(teamId);
  const sent = await t.slack.sendCommand({ command: '/lead', text: '', teamId });
  // Authorization runs before the ack: a refused workspace is logged by now and no listener runs.
  if (refusals(teamId) > refusedBefore) return undefined;
  return (await t.fake.waitFor('views.open', (call) => call.body.trigger_id === sent.sent.trigger_id)).token;
}

beforeEach(async () => {
  t = await startTestApp({ config: { slackBotToken: undefined, oauth } });
});

afterEach(async () => {
  await t.close();
});

describe('app_uninstalled', () => {
  it("deletes that workspace's tokens and stops its digests, keeps its data, and leaves other workspaces alone", async () => {
    const teamA = await installAndSchedule(TEAM_A.id);
    const teamB = await installAndSchedule(TEAM_B.id);
    await seedLead(t.database.prisma, teamA, { company: 'Acme Corp', createdAt: '2026-11-20' });
    expect(await openLeadModal(TEAM_A.id)).toBe(botTokenOf(TEAM_A.id));

    const sent = await t.slack.sendEvent({ type: 'app_uninstalled' }, { teamId: TEAM_A.id });
    expect(sent.status).toBe(200);
    await tokensDeleted(TEAM_A.id);

    expect(await installationOf(TEAM_A.id)).toMatchObject({
      botToken: null,
      installationJson: null,
      revokedAt: t.clock.now(),
    });
    expect((await t.store.digestSchedules.get(teamA))?.enabled).toBe(false);
    expect(await t.database.prisma.lead.count({ where: { teamId: teamA } })).toBe(1);
    expect(
      await eventually(() =>
        t.logger.lines.find((line) => line.message.startsWith('Tandem was uninstalled')),
      ),
    ).toMatchObject({
      message: `Tandem was uninstalled from ${TEAM_A.id}: tokens of 1 installation(s) deleted, 1 digest schedule(s) turned off; the data stays until npm run team:purge`,
    });

    expect(await installationOf(TEAM_B.id)).toMatchObject({ revokedAt: null });
    expect((await t.store.digestSchedules.get(teamB))?.enabled).toBe(true);
    expect(await openLeadModal(TEAM_B.id)).toBe(botTokenOf(TEAM_B.id));
    expect(await openLeadModal(TEAM_A.id)).toBeUndefined();
  });
});

describe('tokens_revoked', () => {
  it('treats a revoked bot token like an uninstall', async () => {
    const teamA = await installAndSchedule(TEAM_A.id);
    await t.slack.sendEvent(
      { type: 'tokens_revoked', tokens: { bot: [BOT_USER_ID] } },
      { teamId: TEAM_A.id },
    );
    await tokensDeleted(TEAM_A.id);
    expect((await t.store.digestSchedules.get(teamA))?.enabled).toBe(false);
    expect(await openLeadModal(TEAM_A.id)).toBeUndefined();
  });

  it('keeps the installation when only user tokens were revoked (Tandem holds none)', async () => {
    const teamA = await installAndSchedule(TEAM_A.id);
    await t.slack.sendEvent(
      { type: 'tokens_revoked', tokens: { oauth: ['U0000ALICE'] } },
      { teamId: TEAM_A.id },
    );
    await eventually(() => t.logger.lines.find((line) => line.message.startsWith('user tokens revoked')));
    expect(await installationOf(TEAM_A.id)).toMatchObject({ revokedAt: null });
    expect((await t.store.digestSchedules.get(teamA))?.enabled).toBe(true);
    expect(await openLeadModal(TEAM_A.id)).toBe(botTokenOf(TEAM_A.id));
  });
});

describe('in single-workspace mode (SLACK_BOT_TOKEN)', () => {
  it('stops the digests on uninstall; there are no stored tokens to delete', async () => {
    await t.close();
    t = await startTestApp();
    const team = await t.store.teams.ensure(TEAM_A.id);
    await t.store.digestSchedules.save(
      team.id,
      {
        channelId: 'C0000SALES',
        weekday: 1,
        time: '09:00',
        timeZone: 'UTC',
        cadenceWeeks: 2,
        anchorDate: '2026-11-02',
        enabled: true,
      },
      'U0000ALICE',
      t.clock.now(),
    );
    await t.slack.sendEvent({ type: 'app_uninstalled' }, { teamId: TEAM_A.id });
    const line = await eventually(() =>
      t.logger.lines.find((each) => each.message.startsWith('Tandem was uninstalled')),
    );
    expect(line.message).toContain('tokens of 0 installation(s) deleted, 1 digest schedule(s) turned off');
    expect((await t.store.digestSchedules.get(team.id))?.enabled).toBe(false);
  });
});
