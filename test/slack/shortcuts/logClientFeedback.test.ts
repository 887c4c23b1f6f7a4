import { ActionIds, FeedbackModalBlocks, INPUT_ACTION_ID, ShortcutIds } from '../../../src/slack/ids';
import { ALICE, BOB, GENERAL, TEAM_A } from '../../support/fixtures';
import { seedLead } from '../../support/pipelineSeed';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
let teamId: string;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
  teamId = (await t.store.teams.ensure(TEAM_A.id)).id;
  await seedLead(t.database.prisma, teamId, { company: 'Acme Corp', createdAt: '2026-11-01T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

const CLIENT_MESSAGE = {
  ts: '1763892000.000200',
  user: BOB,
  text: 'Honestly the rollout took &lt;3 weeks&gt; longer than promised, see <https://acme.example/ticket|our ticket>',
};

describe('"Log as client feedback" message shortcut', () => {
  it('opens the feedback form with the message text, its author and link, and stores both', async () => {
    const sent = await t.slack.sendMessageShortcut({
      callbackId: ShortcutIds.logClientFeedback,
      message: CLIENT_MESSAGE,
      channelId: GENERAL,
      userId: ALICE,
    });
    expect(sent.status).toBe(200);
    const permalinkCall = await t.fake.waitFor('chat.getPermalink');
    expect(permalinkCall.body).toMatchObject({ channel: GENERAL, message_ts: CLIENT_MESSAGE.ts });
    const permalink = String(permalinkCall.response.body.permalink);

    const opened = await t.fake.waitFor('views.open');
    expect(opened.body.trigger_id).toBe(sent.sent.trigger_id);
    const view = opened.json<{ blocks: { block_id?: string; element?: { initial_value?: string } }[] }>(
      'view',
    );
    const text = view?.blocks.find((block) => block.block_id === FeedbackModalBlocks.text)?.element
      ?.initial_value;
    expect(text).toBe('Honestly the rollout took <3 weeks> longer than promised, see our ticket');
    expect(opened.allText()).toContain(`From a message by <@${BOB}> · <${permalink}|open the message>`);

    const saved = await t.slack.submitView(opened, {
      [FeedbackModalBlocks.kind]: { [ActionIds.feedbackKindSelect]: { selected: 'complaint' } },
      [FeedbackModalBlocks.text]: { [INPUT_ACTION_ID]: text ?? '' },
      [FeedbackModalBlocks.client]: { [ActionIds.feedbackClientSelect]: { selected: 'L-1' } },
      [FeedbackModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'other' } },
    });
    expect(saved.status).toBe(200);
    const confirmation = await t.fake.waitFor('chat.postEphemeral');
    expect(confirmation.body).toMatchObject({ channel: GENERAL, user: ALICE });
    expect(confirmation.allText()).toContain(`said by <@${BOB}> · <${permalink}|message>`);
    expect(await t.database.prisma.feedback.findMany({ where: { teamId } })).toEqual([
      expect.objectContaining({
        kind: 'complaint',
        sentiment: 'negative',
        text: 'Honestly the rollout took <3 weeks> longer than promised, see our ticket',
        messageAuthorId: BOB,
        permalink,
        createdById: ALICE,
      }),
    ]);
  });

  it('still opens the form when Slack gives no permalink (the bot cannot see the channel)', async () => {
    t.fake.failNext('chat.getPermalink', { body: { ok: false, error: 'channel_not_found' } });
    await t.slack.sendMessageShortcut({
      callbackId: ShortcutIds.logClientFeedback,
      message: CLIENT_MESSAGE,
      channelId: GENERAL,
    });
    const opened = await t.fake.waitFor('views.open');
    expect(opened.allText()).toContain(`From a message by <@${BOB}>`);
    expect(opened.allText()).not.toContain('open the message');
    await t.slack.submitView(opened, {
      [FeedbackModalBlocks.kind]: { [ActionIds.feedbackKindSelect]: { selected: 'praise' } },
      [FeedbackModalBlocks.text]: { [INPUT_ACTION_ID]: 'Great rollout' },
      [FeedbackModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'support' } },
    });
    await t.fake.waitFor('chat.postEphemeral');
    expect(await t.database.prisma.feedback.findMany({ where: { teamId } })).toEqual([
      expect.objectContaining({ kind: 'praise', messageAuthorId: BOB, permalink: null }),
    ]);
  });
});
