import { ActionIds, DigestScheduleBlocks, IcpModalBlocks } from '../../src/slack/ids';
import { SCENARIO_NOW, seedScenario } from '../support/digestScenario';
import type { RecordedCall } from '../support/fakeSlackApi';
import { ALICE, BOB, buttonAction, CAROL, DAVE, SALES, TEAM_A } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';
import { command } from './teamsSupport';

const ERIN = 'U0000ERIN';

let t: TestApp;
let teamId: string;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
  teamId = (await seedScenario(t)).id;
  // Dave is the team's admin and Bob its facilitator, as `/tandem settings` names them.
  await t.store.teamMembers.assign(teamId, DAVE, 'admin');
  await t.store.teamMembers.assign(teamId, BOB, 'facilitator');
  t.fake.setUser(CAROL, { is_admin: true });
  t.fake.setUser(ERIN, { is_owner: true });
});

afterEach(async () => {
  await t.close();
});

const digest = (text: string, userId: string) => command(t, '/digest', text, { userId, channelId: SALES });
const ASK_STAFF = `Ask one of them: <@${DAVE}> and <@${BOB}>.`;

async function openedBy(userId: string, name: string, text: string): Promise<RecordedCall> {
  const sent = await t.slack.sendCommand({ command: name, text, userId, channelId: SALES });
  return t.fake.waitFor('views.open', (call) => call.body.trigger_id === sent.sent.trigger_id);
}

describe('what members may not do', () => {
  it('refuses a member posting the digest, naming who can, and posts nothing', async () => {
    const answer = await digest('post', ALICE);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.allText()).toContain(
      `:lock: Only admins or facilitators of team *main* can post or re-post the digest. ${ASK_STAFF}`,
    );
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(await t.database.prisma.digestRun.count()).toBe(0);
  });

  it('refuses a member the digest schedule, whether by command or by submitting the form', async () => {
    const answer = await digest('schedule', ALICE);
    expect(answer.allText()).toContain(
      'Only admins or facilitators of team *main* can change the digest schedule.',
    );
    expect(t.fake.callsTo('views.open')).toHaveLength(0);

    const opened = await openedBy(CAROL, '/digest', 'schedule');
    const refused = await t.slack.submitView(
      opened,
      {
        [DigestScheduleBlocks.channel]: { value: { conversation: SALES } },
        [DigestScheduleBlocks.weekday]: { value: { selected: '1' } },
        [DigestScheduleBlocks.time]: { value: { time: '09:00' } },
        [DigestScheduleBlocks.timeZone]: { value: 'Europe/Warsaw' },
        [DigestScheduleBlocks.cadenceWeeks]: { value: { selected: '2' } },
        [DigestScheduleBlocks.enabled]: { value: { selected: ['enabled'] } },
      },
      { userId: ALICE },
    );
    expect(refused.body).toEqual({
      response_action: 'errors',
      errors: {
        [DigestScheduleBlocks.channel]:
          'Only admins or facilitators of team main can change the digest schedule.',
      },
    });
    expect(await t.store.digestSchedules.get(teamId)).toBeUndefined();
  });

  it('refuses a member editing the ICP by command, button or form, and saves no version', async () => {
    const answer = await command(t, '/icp', 'edit', { userId: ALICE, channelId: SALES });
    expect(answer.allText()).toContain(
      `Only admins or facilitators of team *main* can edit the ideal customer profile. ${ASK_STAFF}`,
    );
    const click = await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.icpEdit, { value: 'edit' }),
      userId: ALICE,
      channelId: SALES,
    });
    const clicked = await t.fake.waitFor('response_url', (call) => call.url === click.sent.response_url);
    expect(clicked.allText()).toContain('can edit the ideal customer profile');
    expect(t.fake.callsTo('views.open')).toHaveLength(0);

    const opened = await openedBy(DAVE, '/icp', 'edit');
    const refused = await t.slack.submitView(
      opened,
      { [IcpModalBlocks.industries]: { value: 'logistics' } },
      { userId: ALICE },
    );
    expect(refused.body).toMatchObject({
      response_action: 'errors',
      errors: { [IcpModalBlocks.industries]: expect.stringContaining('can edit the ideal customer profile') },
    });
    expect(await t.database.prisma.icpVersion.count()).toBe(0);
  });

  it('refuses a member re-posting figures of a digest', async () => {
    const click = await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.digestAmend, { value: 'any-run' }),
      userId: ALICE,
      channelId: SALES,
    });
    const answer = await t.fake.waitFor('response_url', (call) => call.url === click.sent.response_url);
    expect(answer.allText()).toContain('can post or re-post the digest');
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('sends a member to a workspace admin when the team has named no one', async () => {
    await t.database.prisma.teamMember.deleteMany({ where: { teamId } });
    const answer = await digest('post', ALICE);
    expect(answer.allText()).toContain(
      'Ask a Slack workspace admin or owner: they can name admins and facilitators with `/tandem settings`.',
    );
  });

  it('tells a member in their own language', async () => {
    t.fake.setUser(ALICE, { locale: 'pl-PL' });
    const answer = await digest('post', ALICE);
    expect(answer.allText()).toContain(
      `Tylko administratorzy i prowadzący zespołu *main* mogą publikować podsumowanie i publikować je ponownie. Poproś o to jedną z tych osób: <@${DAVE}> i <@${BOB}>.`,
    );
  });
});

describe('what admins and facilitators may do', () => {
  it('lets a facilitator post the digest', async () => {
    const answer = await digest('post', BOB);
    expect(answer.allText()).toContain('Posted the digest');
    expect(
      await t.database.prisma.digestRun.findMany({ select: { status: true, requestedById: true } }),
    ).toEqual([{ status: 'posted', requestedById: BOB }]);
  });

  it('lets Slack workspace admins and owners, and admins named in Tandem, set the schedule and edit the ICP', async () => {
    for (const userId of [CAROL, ERIN, DAVE]) {
      expect(
        (await openedBy(userId, '/digest', 'schedule')).json<{ callback_id: string }>('view')?.callback_id,
      ).toBe('digest_schedule_modal');
    }
    const opened = await openedBy(CAROL, '/icp', 'edit');
    const saved = await t.slack.submitView(
      opened,
      { [IcpModalBlocks.industries]: { value: 'logistics' } },
      {
        userId: CAROL,
      },
    );
    expect(saved.body).toBe('');
    expect(
      await t.database.prisma.icpVersion.findMany({ select: { teamId: true, changedById: true } }),
    ).toEqual([{ teamId, changedById: CAROL }]);
  });
});

it('keeps roles per team: an admin of one team is a member of another', async () => {
  const other = await t.store.teams.create(await t.store.teams.ensure(TEAM_A.id), 'EMEA');
  await t.store.teamChannels.bind(other!, 'C0000EMEA', CAROL, t.clock.now());
  const answer = await command(t, '/digest', 'post', { userId: DAVE, channelId: 'C0000EMEA' });
  expect(answer.allText()).toContain(
    'Only admins or facilitators of team *EMEA* can post or re-post the digest.',
  );
  expect(await t.database.prisma.digestRun.count()).toBe(0);
});
