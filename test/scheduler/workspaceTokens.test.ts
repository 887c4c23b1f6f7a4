import type { Installation } from '@slack/bolt';
import { TokenCipher } from '../../src/security/tokenCipher';
import { PrismaInstallationStore } from '../../src/store/repos/installationStore';
import type { TeamRecord } from '../../src/store/repos/teamStore';
import { SCENARIO_NOW, seedScenario, scheduleScenarioDigest } from '../support/digestScenario';
import { eventually } from '../support/eventually';
import type { RecordedCall } from '../support/fakeSlackApi';
import { ALICE, BOB, TEAM_A, TEAM_B } from '../support/fixtures';
import {
  botTokenOf,
  installThroughOAuth,
  oauthV2AccessAnswer,
  testOAuthConfig,
  workspaceInstallation,
} from '../support/installations';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * Many workspaces (OAuth): there is no SLACK_BOT_TOKEN, so work no Slack request started posts in
 * each workspace with that workspace's own installation token, and skips workspaces without one.
 */
const TEAM_C = 'T0000TEAMC';
const TEAM_D = 'T0000TEAMD';
const ORG = 'E0000GRID';
const channelOf = (slackTeamId: string) => `C${slackTeamId.slice(1)}`;
/** Monday 30 Nov 2026, 09:00 Warsaw: every schedule below is due. */
const DUE = new Date('2026-11-30T08:00:00Z');
const minutesAfterDue = (minutes: number) => new Date(DUE.getTime() + minutes * 60_000);

let t: TestApp;
const oauth = testOAuthConfig();

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW, config: { slackBotToken: undefined, oauth } });
  // Slack's side of the install: the code names the workspace that is installing.
  t.fake.setHandler('oauth.v2.access', ({ body }) =>
    oauthV2AccessAnswer(String(body.code).replace(/^code-/, '')),
  );
});

afterEach(async () => {
  await t.close();
});

const install = (slackTeamId: string) => installThroughOAuth(t.baseUrl, { code: `code-${slackTeamId}` });

async function schedule(team: TeamRecord): Promise<void> {
  await scheduleScenarioDigest(t, team, { channelId: channelOf(team.slackTeamId) });
}

async function scheduledTeam(slackTeamId: string): Promise<TeamRecord> {
  const team = slackTeamId === TEAM_A.id ? await seedScenario(t) : await t.store.teams.ensure(slackTeamId);
  await schedule(team);
  return team;
}

const postsIn = (slackTeamId: string): RecordedCall[] =>
  t.fake.callsTo('chat.postMessage').filter((call) => call.body.channel === channelOf(slackTeamId));
const acceptedParents = (slackTeamId: string) =>
  postsIn(slackTeamId).filter((call) => call.body.thread_ts === undefined && call.response.body.ok === true);
const runOf = (team: TeamRecord) =>
  t.database.prisma.digestRun.findFirstOrThrow({ where: { teamId: team.id } });
const logged = (text: string) => t.logger.lines.filter((line) => line.message.includes(text));

describe('scheduled digests in many workspaces', () => {
  it("posts each workspace's digest with that workspace's own token", async () => {
    await install(TEAM_A.id);
    await install(TEAM_B.id);
    const teamA = await scheduledTeam(TEAM_A.id);
    const teamB = await scheduledTeam(TEAM_B.id);

    await t.app.scheduler.runDueJobs(DUE);

    expect(acceptedParents(TEAM_A.id)).toHaveLength(1);
    expect(acceptedParents(TEAM_B.id)).toHaveLength(1);
    // The parent, every thread reply and the permalink lookup: each with its workspace's token.
    for (const slackTeamId of [TEAM_A.id, TEAM_B.id]) {
      expect(postsIn(slackTeamId).length).toBeGreaterThan(1);
      for (const call of postsIn(slackTeamId)) {
        expect(call.token).toBe(botTokenOf(slackTeamId));
        expect(call.headers.authorization).toBe(`Bearer ${botTokenOf(slackTeamId)}`);
      }
    }
    const permalinks = t.fake.callsTo('chat.getPermalink');
    expect(permalinks.map((call) => [call.body.channel, call.token]).sort()).toEqual(
      [
        [channelOf(TEAM_A.id), botTokenOf(TEAM_A.id)],
        [channelOf(TEAM_B.id), botTokenOf(TEAM_B.id)],
      ].sort(),
    );
    expect(await runOf(teamA)).toMatchObject({ status: 'posted', attempts: 1 });
    expect(await runOf(teamB)).toMatchObject({ status: 'posted', attempts: 1 });
  });

  it('gives up, once and logged, the retry of a workspace Tandem was uninstalled from', async () => {
    await install(TEAM_A.id);
    await install(TEAM_C);
    const teamC = await scheduledTeam(TEAM_C);
    // C's first attempt fails; its retry is due a minute later.
    t.fake.failNext('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
    await t.app.scheduler.runDueJobs(DUE);
    expect(await runOf(teamC)).toMatchObject({ status: 'failed', attempts: 1 });
    const teamA = await scheduledTeam(TEAM_A.id);
    await t.slack.sendEvent({ type: 'app_uninstalled' }, { teamId: TEAM_C });
    await eventually(() => logged(`Tandem was uninstalled from ${TEAM_C}`)[0]);
    t.fake.clearCalls();

    for (const minutes of [1, 5, 20, 90, 300]) await t.app.scheduler.runDueJobs(minutesAfterDue(minutes));

    expect(postsIn(TEAM_C)).toHaveLength(0);
    expect(await runOf(teamC)).toMatchObject({
      status: 'abandoned',
      lastError: 'not_installed',
      nextAttemptAt: null,
      attempts: 2,
    });
    expect(logged(`skipped: Tandem has no active installation in ${TEAM_C}`)).toHaveLength(1);
    // The workspace still installed gets its digest, once, with its own token.
    expect(acceptedParents(TEAM_A.id)).toHaveLength(1);
    expect(postsIn(TEAM_A.id).every((call) => call.token === botTokenOf(TEAM_A.id))).toBe(true);
    expect(await runOf(teamA)).toMatchObject({ status: 'posted', attempts: 1 });
  });

  it('posts nothing for a scheduled workspace that never installed Tandem, and says so once', async () => {
    await install(TEAM_A.id);
    await scheduledTeam(TEAM_A.id);
    const teamD = await scheduledTeam(TEAM_D);

    await t.app.scheduler.runDueJobs(DUE);
    await t.app.scheduler.runDueJobs(minutesAfterDue(1));
    await t.app.scheduler.runDueJobs(minutesAfterDue(10));

    expect(acceptedParents(TEAM_A.id)).toHaveLength(1);
    expect(postsIn(TEAM_D)).toHaveLength(0);
    expect(await runOf(teamD)).toMatchObject({
      status: 'abandoned',
      lastError: 'not_installed',
      attempts: 1,
    });
    expect(logged(`skipped: Tandem has no active installation in ${TEAM_D}`)).toHaveLength(1);
  });

  it("posts with the org's token in a workspace of an Enterprise Grid org-wide installation", async () => {
    const orgToken = 'xoxb-org-wide-installed-token';
    const installations = new PrismaInstallationStore(
      t.database.prisma,
      new TokenCipher(oauth.tokenKeys),
      t.clock,
    );
    const orgInstall: Installation<'v2', true> = {
      ...workspaceInstallation(TEAM_B.id),
      team: undefined,
      enterprise: { id: ORG, name: 'Grid Org' },
      bot: { ...workspaceInstallation(TEAM_B.id).bot!, token: orgToken },
      isEnterpriseInstall: true,
    };
    await installations.storeInstallation(orgInstall);
    const teamB = await scheduledTeam(TEAM_B.id);
    // A request from the workspace through the org-wide installation tells which org it is in.
    const sent = await t.slack.sendCommand({
      command: '/lead',
      text: '',
      teamId: TEAM_B.id,
      fields: { enterprise_id: ORG, is_enterprise_install: 'true' },
    });
    const opened = await t.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === sent.sent.trigger_id,
      15_000,
    );
    expect(opened.token).toBe(orgToken);
    expect(await t.database.prisma.team.findUniqueOrThrow({ where: { id: teamB.id } })).toMatchObject({
      enterpriseId: ORG,
    });

    await t.app.scheduler.runDueJobs(DUE);

    expect(acceptedParents(TEAM_B.id)).toHaveLength(1);
    expect(postsIn(TEAM_B.id).every((call) => call.token === orgToken)).toBe(true);
  });
});

describe('reminders in many workspaces', () => {
  async function overdueItem(team: TeamRecord, ownerId: string) {
    const meeting = await t.store.meetings.open(
      team.id,
      { start: new Date('2026-11-15T23:00:00Z'), end: new Date('2026-11-29T23:00:00Z') },
      t.clock.now(),
    );
    await t.store.actionItems.create(
      team.id,
      meeting.id,
      { ownerId, text: 'Send the offer', dueDate: new Date('2026-11-30T00:00:00Z') },
      ALICE,
      t.clock.now(),
    );
  }

  it("DMs overdue action items with the owner's workspace token, and skips an uninstalled workspace for the day", async () => {
    await install(TEAM_A.id);
    const teamA = await t.store.teams.ensure(TEAM_A.id);
    const teamD = await t.store.teams.ensure(TEAM_D);
    await overdueItem(teamA, ALICE);
    await overdueItem(teamD, BOB);
    const dmsTo = (userId: string) =>
      t.fake.callsTo('chat.postMessage').filter((call) => call.body.channel === userId);

    // 09:00 UTC (the teams' zone) on 2 Dec, and again a minute later.
    await t.app.scheduler.runDueJobs(new Date('2026-12-02T09:00:00Z'));
    await t.app.scheduler.runDueJobs(new Date('2026-12-02T09:01:00Z'));

    expect(dmsTo(ALICE).map((call) => call.token)).toEqual([botTokenOf(TEAM_A.id)]);
    expect(dmsTo(BOB)).toHaveLength(0);
    expect(
      logged(
        `overdue action-item reminder(s) of team ${teamD.id} skipped: Tandem has no active installation`,
      ),
    ).toHaveLength(1);
  });
});
