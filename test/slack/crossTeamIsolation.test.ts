import {
  ActionIds,
  CallbackIds,
  DealModalBlocks,
  INPUT_ACTION_ID,
  LeadModalBlocks,
} from '../../src/slack/ids';
import {
  ALICE,
  appHomeOpenedEvent,
  buttonAction,
  MARKETING,
  overflowAction,
  SALES,
  TEAM_A,
  TEAM_B,
} from '../support/fixtures';
import type { SlackRequester } from '../support/slackRequests';
import { teamsByName, twoTeams } from './teamsSupport';
import { startTestApp, type TestApp } from '../support/testApp';
import {
  ACTING_TEAM_COMPANY,
  everythingSent,
  expectNoneOf,
  matches,
  OTHER_TEAM_MARKERS,
  otherTeamSeesItsOwn,
  type Place,
  requesterAt,
  rowsOfTeam,
  seedOtherTeam,
  sendAndAwaitAnswer,
} from './crossTeamIsolationSupport';

/**
 * Every command, the App Home, every picker and button and form, used by someone of one Tandem
 * team against a database that also holds another team's data: nothing of the other team is
 * shown, changed or counted.
 *
 * Each case names where the acting user works and where the other team's people work: two
 * workspaces, and two Tandem teams of one workspace bound to different channels.
 */
type IsolationCase = {
  name: string;
  acting: Place;
  other: Place;
  /** Makes `other` a Tandem team of its own before it is seeded (nothing to do across workspaces). */
  separate?(t: TestApp): Promise<void>;
  /** The Tandem team id the other place's requests act on. */
  otherTeamId(t: TestApp): Promise<string>;
};

const CASES: IsolationCase[] = [
  {
    name: 'two workspaces',
    acting: { slackTeamId: TEAM_A.id, userId: ALICE, channelId: SALES },
    other: { slackTeamId: TEAM_B.id, userId: 'U0000BRAVO', channelId: 'C0000BSALES' },
    otherTeamId: async (t) =>
      (await t.database.prisma.team.findFirstOrThrow({ where: { slackTeamId: TEAM_B.id } })).id,
  },
  {
    name: 'two teams of one workspace',
    acting: { slackTeamId: TEAM_A.id, userId: ALICE, channelId: SALES },
    other: { slackTeamId: TEAM_A.id, userId: 'U0000BRAVO', channelId: MARKETING },
    // #sales is bound to the workspace's first team ("main"), #marketing to EMEA.
    separate: async (t) => {
      await twoTeams(t);
    },
    otherTeamId: async (t) => (await teamsByName(t)).EMEA?.id ?? '',
  },
];

describe.each(CASES)('team isolation: $name', (scenario) => {
  let t: TestApp;
  let acting: SlackRequester;
  let otherTeamId: string;
  let before: Record<string, unknown[]>;
  const acknowledgements: string[] = [];

  beforeAll(async () => {
    // The other team's data falls in the fortnight 16–29 Nov; the acting team works on 30 Nov.
    t = await startTestApp({ now: '2026-11-20T10:00:00Z' });
    for (const place of [scenario.acting, scenario.other]) t.fake.setUser(place.userId, { is_admin: true });
    const other = requesterAt(t, scenario.other);
    acting = requesterAt(t, scenario.acting);
    await scenario.separate?.(t);
    await seedOtherTeam(t, other, scenario.other, () => scenario.otherTeamId(t));
    const ownView = await otherTeamSeesItsOwn(t, other);
    expect(OTHER_TEAM_MARKERS.filter((marker) => !matches(marker, ownView))).toEqual([]);
    await sendAndAwaitAnswer(t, acting, '/lead', `"${ACTING_TEAM_COMPANY}" source:seo`);
    await sendAndAwaitAnswer(t, acting, '/deal', 'L-1 qualified value:1111');
    otherTeamId = await scenario.otherTeamId(t);
    before = await rowsOfTeam(t, otherTeamId);
    expect(
      Object.fromEntries(
        ['lead', 'deal', 'spend', 'feedback', 'icpVersion', 'icpNote', 'meetingNote', 'actionItem'].map(
          (model) => [model, before[model]?.length],
        ),
      ),
    ).toEqual({
      lead: 3,
      deal: 2,
      spend: 1,
      feedback: 1,
      icpVersion: 1,
      icpNote: 1,
      meetingNote: 1,
      actionItem: 1,
    });
    t.clock.set('2026-11-30T10:00:00Z');
    t.fake.clearCalls();
  });

  afterAll(async () => {
    await t.close();
  });

  const run = async (command: string, text: string) =>
    acknowledgements.push(await sendAndAwaitAnswer(t, acting, command, text));

  it('every command answers with the acting team only', async () => {
    const commands: [string, string][] = [
      ['/lead', 'list'],
      ['/lead', 'list mine'],
      ['/lead', 'show L-1'],
      ['/lead', 'show L-2'],
      ['/lead', 'edit L-2'],
      ['/lead', 'qualify L-2'],
      ['/lead', 'disqualify L-3 reason:"no budget"'],
      ['/lead', 'help'],
      ['/lead', ''],
      ['/deal', 'list'],
      ['/deal', 'list mine'],
      ['/deal', 'list won'],
      ['/deal', 'D-1'],
      ['/deal', 'D-2'],
      ['/deal', 'D-2 won value:1'],
      ['/deal', 'D-2 reopen'],
      ['/deal', 'L-2 qualified value:5'],
      ['/deal', 'L-2'],
      ['/deal', 'help'],
      ['/spend', 'list'],
      ['/spend', 'channels'],
      ['/spend', 'help'],
      ['/spend', ''],
      ['/feedback', 'list'],
      ['/feedback', 'list complaint'],
      ['/feedback', 'help'],
      ['/feedback', ''],
      ['/icp', ''],
      ['/icp', 'history'],
      ['/icp', 'edit'],
      ['/icp', 'help'],
      ['/meeting', ''],
      ['/meeting', 'actions'],
      ['/meeting', 'actions mine'],
      ['/digest', 'status'],
      ['/digest', 'preview'],
      ['/digest', 'export'],
      ['/digest', 'post'],
      ['/digest', 'schedule'],
    ];
    for (const [command, text] of commands) await run(command, text);
    const sent = everythingSent(t, acknowledgements);
    expect(sent).toContain(ACTING_TEAM_COMPANY);
    expectNoneOf(OTHER_TEAM_MARKERS, sent);
    expect(await rowsOfTeam(t, otherTeamId)).toEqual(before);

    // Counted: the acting team's digest reports its one lead and one open deal, not the other team's.
    const actingRun = await t.database.prisma.digestRun.findFirstOrThrow({
      where: { team: { slackTeamId: scenario.acting.slackTeamId }, teamId: { not: otherTeamId } },
    });
    const figures = JSON.parse(actingRun.snapshot ?? '{}') as {
      flow: { leadsCreated: { current: number }; wonValueMinor: { current: number } };
    };
    expect(figures.flow.leadsCreated.current).toBe(1);
    expect(figures.flow.wonValueMinor.current).toBe(0);
    // Every command was answered as designed (found, not found, refused), none by a failure.
    expect(t.logger.lines.filter((line) => line.level === 'error').map((line) => line.message)).toEqual([]);
  });

  it('the App Home shows the acting team only', async () => {
    await acting.sendEvent(appHomeOpenedEvent(scenario.acting.userId), {
      teamId: scenario.acting.slackTeamId,
    });
    const home = await t.fake.waitFor(
      'views.publish',
      (call) => call.body.user_id === scenario.acting.userId,
      15_000,
    );
    expect(home.allText()).toContain(ACTING_TEAM_COMPANY);
    expectNoneOf(OTHER_TEAM_MARKERS, everythingSent(t, acknowledgements));
    expect(await rowsOfTeam(t, otherTeamId)).toEqual(before);
  });

  it('pickers offer nothing of the other team, and its ids in buttons and forms reach nothing of it', async () => {
    const otherRun = await t.database.prisma.digestRun.findFirst({ where: { teamId: otherTeamId } });
    const otherItem = await t.database.prisma.actionItem.findFirstOrThrow({ where: { teamId: otherTeamId } });
    const otherChange = await t.database.prisma.change.findFirstOrThrow({ where: { teamId: otherTeamId } });
    const otherMeeting = await t.database.prisma.meeting.findFirstOrThrow({ where: { teamId: otherTeamId } });

    for (const [actionId, value] of [
      [ActionIds.dealLeadSelect, 'Bravo'],
      [ActionIds.dealLeadSelect, 'L-2'],
      [ActionIds.meetingRecordSelect, 'Zulu'],
      [ActionIds.meetingRecordSelect, 'D-2'],
      [ActionIds.feedbackClientSelect, 'Bravo'],
      [ActionIds.countrySelect, 'Pol'],
    ] as const) {
      const options = await acting.sendBlockSuggestion({ actionId, value });
      acknowledgements.push(JSON.stringify(options.body));
    }

    const message = { ts: '1700000000.000100', blocks: [] };
    const clicks = [
      buttonAction(ActionIds.dealMove, { value: '2' }),
      buttonAction(ActionIds.leadEdit, { value: '2' }),
      buttonAction(ActionIds.undoChange, { value: otherChange.id }),
      buttonAction(ActionIds.actionItemDone, { value: otherItem.id }),
      overflowAction(ActionIds.actionItemSnooze, `${otherItem.id}:7`),
      buttonAction(ActionIds.meetingMarkHeld, {
        value: `${otherMeeting.periodStart.getTime()}_${otherMeeting.periodEnd.getTime()}`,
      }),
      ...(otherRun ? [buttonAction(ActionIds.digestAmend, { value: otherRun.id })] : []),
    ];
    for (const action of clicks) {
      const clicked = await acting.sendBlockActions({ actions: action, message });
      expect(clicked.status).toBe(200);
    }

    const leadForm = { id: 'V1', callback_id: CallbackIds.leadModal, blocks: [] };
    const leadEdit = await acting.submitView(
      leadForm,
      { [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Hijacked Name' } },
      { privateMetadata: JSON.stringify({ number: 2, version: 1, channelId: SALES }) },
    );
    const dealForm = { id: 'V2', callback_id: CallbackIds.dealModal, blocks: [] };
    const dealEdit = await acting.submitView(
      dealForm,
      {
        [DealModalBlocks.stage]: { [ActionIds.dealStageSelect]: { selected: 'WON' } },
        [DealModalBlocks.finalValue]: { [INPUT_ACTION_ID]: '1' },
      },
      { privateMetadata: JSON.stringify({ dealNumber: 2, channelId: SALES }) },
    );
    acknowledgements.push(JSON.stringify(leadEdit.body), JSON.stringify(dealEdit.body));

    // Every click's work after its ack has finished, however long it took, before looking.
    await t.settled();
    expectNoneOf(OTHER_TEAM_MARKERS, everythingSent(t, acknowledgements));
    expect(await rowsOfTeam(t, otherTeamId)).toEqual(before);
  });
});
