import { TokenCipher } from '../../../src/security/tokenCipher';
import { PrismaInstallationStore } from '../../../src/store/repos/installationStore';
import { eventually } from '../../support/eventually';
import { BOT_USER_ID, CAROL, MARKETING, SALES, TEAM_A, TEAM_B } from '../../support/fixtures';
import { botTokenOf, testOAuthConfig, workspaceInstallation } from '../../support/installations';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
const oauth = testOAuthConfig();

/** A workspace installed through OAuth with two teams, each bound to a channel and posting its digest there. */
async function installTwoTeams(slackTeamId: string): Promise<string[]> {
  const installations = new PrismaInstallationStore(
    t.database.prisma,
    new TokenCipher(oauth.tokenKeys),
    t.clock,
  );
  await installations.storeInstallation(workspaceInstallation(slackTeamId));
  const first = await t.store.teams.ensure(slackTeamId);
  const second = await t.store.teams.create(first, 'EMEA');
  if (!second) throw new Error('EMEA was not created');
  for (const [team, channelId] of [
    [first, SALES],
    [second, MARKETING],
  ] as const) {
    await t.store.teamChannels.bind(team, channelId, CAROL, t.clock.now());
    await t.store.teamMembers.assign(team.id, CAROL, 'admin');
    await t.store.digestSchedules.save(
      team.id,
      {
        channelId,
        weekday: 1,
        time: '09:00',
        timeZone: 'UTC',
        cadenceWeeks: 2,
        anchorDate: '2026-11-02',
        enabled: true,
      },
      CAROL,
      t.clock.now(),
    );
  }
  return [first.id, second.id];
}

const enabledSchedules = async (teamIds: string[]) =>
  (await Promise.all(teamIds.map((teamId) => t.store.digestSchedules.get(teamId)))).map(
    (each) => each?.enabled,
  );

const revoked = (slackTeamId: string) =>
  eventually(
    async () =>
      (
        await t.database.prisma.installation.findUniqueOrThrow({
          where: { installationKey: `team:${slackTeamId}` },
        })
      ).revokedAt ?? undefined,
    { what: `${slackTeamId} revoked` },
  );

beforeEach(async () => {
  t = await startTestApp({ config: { slackBotToken: undefined, oauth } });
});

afterEach(async () => {
  await t.close();
});

describe('a workspace with several teams', () => {
  it('answers every team of the workspace with the one installation', async () => {
    await installTwoTeams(TEAM_A.id);
    for (const channelId of [SALES, MARKETING]) {
      const sent = await t.slack.sendCommand({ command: '/lead', text: '', teamId: TEAM_A.id, channelId });
      const opened = await t.fake.waitFor(
        'views.open',
        (call) => call.body.trigger_id === sent.sent.trigger_id,
      );
      expect(opened.token).toBe(botTokenOf(TEAM_A.id));
    }
  });

  it("stops every team's digest on app_uninstalled and on a revoked bot token, and no other workspace's", async () => {
    const teamsA = await installTwoTeams(TEAM_A.id);
    const teamsB = await installTwoTeams(TEAM_B.id);
    await t.slack.sendEvent({ type: 'app_uninstalled' }, { teamId: TEAM_A.id });
    await revoked(TEAM_A.id);
    expect(await enabledSchedules(teamsA)).toEqual([false, false]);
    expect(await enabledSchedules(teamsB)).toEqual([true, true]);

    await t.slack.sendEvent(
      { type: 'tokens_revoked', tokens: { bot: [BOT_USER_ID] } },
      { teamId: TEAM_B.id },
    );
    await revoked(TEAM_B.id);
    expect(await enabledSchedules(teamsB)).toEqual([false, false]);
    // The data stays until the documented purge, which takes every team of the workspace.
    expect(await t.database.prisma.teamChannel.count()).toBe(4);
    expect(await t.store.workspaces.purge(TEAM_A.id)).toEqual({ teams: 2, installations: 1 });
    expect(await t.database.prisma.teamChannel.findMany({ select: { slackTeamId: true } })).toEqual([
      { slackTeamId: TEAM_B.id },
      { slackTeamId: TEAM_B.id },
    ]);
    expect(await t.database.prisma.teamMember.count()).toBe(2);
  });
});
