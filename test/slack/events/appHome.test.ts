import { ActionIds, CallbackIds, MeetingBlocks } from '../../../src/slack/ids';
import type { TeamRecord } from '../../../src/store/repos/teamStore';
import { atTime, scenarioServices, scenarioTeam } from '../../support/digestScenario';
import { ALICE, appHomeOpenedEvent, BOB, buttonAction, CAROL, SALES } from '../../support/fixtures';
import type { RecordedCall } from '../../support/fakeSlackApi';
import { startTestApp, type TestApp } from '../../support/testApp';
import { addActionItem, MEETING_NOW, meetingScenario } from '../meetingSupport';
import { scheduleScenarioDigest } from '../../support/digestScenario';

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { action_id?: string; value?: string }[];
};

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: MEETING_NOW });
});

afterEach(async () => {
  await t.close();
});

async function openHome(userId: string): Promise<RecordedCall> {
  t.fake.clearCalls();
  await t.slack.sendEvent(appHomeOpenedEvent(userId));
  return t.fake.waitFor('views.publish', (call) => call.body.user_id === userId);
}

const blocksOf = (call: RecordedCall) => call.json<{ type: string; blocks: Block[] }>('view')?.blocks ?? [];

describe('App Home for a rep with data', () => {
  let team: TeamRecord;

  beforeEach(async () => {
    let digest;
    ({ team, digest } = await meetingScenario(t));
    const services = scenarioServices(t);
    await atTime(t, '2026-11-28T09:00:00Z', () =>
      services.leads.add(team.id, BOB, { company: 'Initech', ownerId: BOB }),
    );
    await atTime(t, '2026-11-29T09:00:00Z', () =>
      services.deals.create(team, BOB, {
        leadNumber: 1,
        stage: 'DISCOVERY',
        draft: {},
        allowSecondDeal: false,
      }),
    );
    await addActionItem(t, digest, { owner: BOB, text: 'Send Globex the revised offer', due: '2026-12-01' });
    await t.fake.waitFor('chat.postEphemeral');
    await addActionItem(t, digest, { owner: ALICE, text: 'Write the SEO brief', due: '2026-12-10' });
    await t.fake.waitFor('chat.postEphemeral');
    await atTime(t, '2026-12-01T09:00:00Z', () =>
      services.leads.add(team.id, ALICE, { company: 'Umbrella', source: 'seo' }),
    );
    t.clock.set('2026-12-02T10:00:00Z');
  });

  it('shows my stale deals, open deals by stage with days in stage, leads to qualify and action items', async () => {
    const home = await openHome(BOB);
    const text = home.allText();
    expect(text).toContain(':warning: *Stale deals* (1): over 14 days in one stage');
    expect(text).toContain('• `D-1` *Globex* · Offer, 19 days in stage :warning: · EUR\u00a012,000');
    expect(text).toContain('*Your open deals* (2) by stage, longest in it first');
    // The stale deal is listed once, among the stale ones, not again under its stage.
    expect(text.split('`D-1` *Globex*')).toHaveLength(2);
    expect(text).toContain('*Discovery*');
    expect(text).not.toContain('*Offer*');
    expect(text).toContain('• `D-2` *Acme* · 3 days in stage · no value yet');
    expect(text).toContain('*Your leads awaiting qualification* (1)');
    expect(text).toContain('• `L-3` *Initech* · added 4d ago');
    expect(text).toContain('*Your open action items* (1)');
    expect(text).toContain('*Send Globex the revised offer* · due Tue 1 Dec 2026 · :warning: 1 day overdue');
    const blocks = blocksOf(home);
    const capture = blocks.find((block) =>
      block.elements?.some((element) => element.action_id === ActionIds.homeNewLead),
    );
    expect(capture?.elements?.map((element) => element.action_id)).toEqual([
      ActionIds.homeNewLead,
      ActionIds.homeNewDeal,
      ActionIds.homeNewFeedback,
    ]);
    expect(blocks.length).toBeLessThanOrEqual(100);
    const rowButtons = blocks.flatMap((block) => {
      const accessory = (
        block as { accessory?: { type?: string; action_id?: string; text?: { text?: string } } }
      ).accessory;
      // Row buttons only: the language picker at the bottom is a select.
      return accessory?.type === 'button' ? [`${accessory.action_id} ${accessory.text?.text}`] : [];
    });
    expect(rowButtons).toEqual([
      `${ActionIds.dealMove} Move…`,
      `${ActionIds.dealMove} Move…`,
      `${ActionIds.homeQualifyLead} Qualify`,
    ]);
  });

  it('qualifies a lead from its Home row and redraws the Home without it', async () => {
    const home = await openHome(BOB);
    const qualify = blocksOf(home)
      .map((block) => (block as { accessory?: { action_id?: string; value?: string } }).accessory)
      .find((accessory) => accessory?.action_id === ActionIds.homeQualifyLead);
    t.fake.clearCalls();
    await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.homeQualifyLead, { value: qualify?.value ?? '' }),
      view: home,
      userId: BOB,
    });
    const republished = await t.fake.waitFor('views.publish', (call) => call.body.user_id === BOB);
    expect(republished.allText()).not.toContain('`L-3` *Initech*');
    const lead = await t.database.prisma.lead.findFirstOrThrow({ where: { teamId: team.id, number: 3 } });
    expect(lead.status).toBe('qualified');
  });

  it('shows everyone the period’s KPIs so far, the latest digest’s link, the next digest and open action items', async () => {
    const home = await openHome(ALICE);
    const text = home.allText();
    expect(text).toContain(
      '*This period so far*: 30 Nov – 13 Dec 2026, day 3 of 14, against the whole of 16–29 Nov 2026',
    );
    const fields = blocksOf(home).flatMap((block) => (block.fields ?? []).map((field) => field.text));
    // Umbrella on 1 Dec against Initech on 28 Nov. Leads qualified counts the leads created in the
    // period that were qualified by its end: neither is (Acme, qualified on 29 Nov, is older).
    expect(fields).toContain('*Leads created*\n1   → no change');
    expect(fields).toContain('*Leads qualified*\n0   → no change');
    expect(fields).toEqual(expect.arrayContaining([expect.stringMatching(/^\*Win rate\*\nn\/a/)]));
    expect(text).toContain(
      `latest: <https://team-a.slack.com/archives/${SALES}/p1764496800000100|16–29 Nov 2026>`,
    );
    expect(text).toContain('next: not scheduled (`/digest schedule` sets it)');
    expect(text).toContain('*Open action items* (2, 1 overdue)');
    expect(text).toContain(
      `*Send Globex the revised offer* · due Tue 1 Dec 2026 · :warning: 1 day overdue · <@${BOB}>`,
    );
    expect(text).toContain(`*Write the SEO brief* · due Thu 10 Dec 2026 · <@${ALICE}>`);
  });

  it('names the next digest’s time once a schedule exists', async () => {
    await scheduleScenarioDigest(t, team);
    const home = await openHome(ALICE);
    expect(home.allText()).toContain('next: 14 Dec 2026, 09:00 (Europe/Warsaw)');
  });

  it('Done on an action item in the Home marks it done, rewrites the owner’s DM and republishes the Home', async () => {
    const home = await openHome(BOB);
    const done = blocksOf(home)
      .flatMap((block) =>
        block.block_id?.startsWith(MeetingBlocks.actionItemButtonsPrefix) ? (block.elements ?? []) : [],
      )
      .find((element) => element.action_id === ActionIds.actionItemDone);
    expect(done?.value).toBeDefined();
    t.fake.clearCalls();
    await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.actionItemDone, { value: done?.value ?? '' }),
      view: home,
      userId: BOB,
    });
    const republished = await t.fake.waitFor('views.publish', (call) => call.body.user_id === BOB);
    expect(republished.allText()).toContain('*Your open action items*: none.');
    const dmUpdate = t.fake.callsTo('chat.update')[0];
    expect(dmUpdate?.body.channel).toBe(BOB);
    expect(dmUpdate?.allText()).toContain('~Send Globex the revised offer~ done');
    expect(
      (await t.database.prisma.actionItem.findUniqueOrThrow({ where: { id: done?.value ?? '' } })).state,
    ).toBe('done');
  });

  it.each([
    [ActionIds.homeNewLead, CallbackIds.leadModal],
    [ActionIds.homeNewDeal, CallbackIds.dealModal],
    [ActionIds.homeNewFeedback, CallbackIds.feedbackModal],
  ])('%s opens the same form as the command', async (actionId, callbackId) => {
    const home = await openHome(BOB);
    await t.slack.sendBlockActions({
      actions: buttonAction(actionId, { value: 'new' }),
      view: home,
      userId: BOB,
    });
    const opened = await t.fake.waitFor('views.open');
    expect(opened.json<{ callback_id: string }>('view')?.callback_id).toBe(callbackId);
  });
});

describe('App Home for a brand-new user', () => {
  it('welcomes them with the capture buttons and empty team figures, without an error', async () => {
    await scenarioTeam(t);
    const home = await openHome(CAROL);
    const text = home.allText();
    expect(text).toContain('Welcome to Tandem');
    expect(text).toContain(`Hi <@${CAROL}>!`);
    expect(text).toContain('latest: none posted yet');
    expect(text).toContain('next: not scheduled');
    expect(text).toContain('*Open action items*: none.');
    expect(text).not.toContain('could not');
    expect(
      blocksOf(home).some((block) =>
        block.elements?.some((element) => element.action_id === ActionIds.homeNewLead),
      ),
    ).toBe(true);
    expect(t.logger.lines.filter((line) => line.level === 'error')).toEqual([]);
  });

  it('publishes a short notice instead of a blank tab when its data cannot be loaded', async () => {
    await scenarioTeam(t);
    await t.database.prisma.$executeRawUnsafe('DROP TABLE "ActionItem"');
    const home = await openHome(CAROL);
    expect(home.allText()).toContain('Tandem could not load your Home just now');
    expect(t.logger.lines.filter((line) => line.level === 'error')).toHaveLength(1);
  });

  it('publishes nothing for the Messages tab', async () => {
    await t.slack.sendEvent(appHomeOpenedEvent(CAROL, 'messages'));
    await t.settled();
    expect(t.fake.callsTo('views.publish')).toHaveLength(0);
  });
});
