import { ActionIds, CallbackIds, FeedbackModalBlocks, INPUT_ACTION_ID } from '../../../src/slack/ids';
import { ALICE, BOB, SALES, staticSelectAction, TEAM_A } from '../../support/fixtures';
import { seedDeal, seedLead } from '../../support/pipelineSeed';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
let teamId: string;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
  teamId = (await t.store.teams.ensure(TEAM_A.id)).id;
  const acme = await seedLead(t.database.prisma, teamId, {
    company: 'Acme Corp',
    createdAt: '2026-11-01T10:00:00Z',
  });
  await seedLead(t.database.prisma, teamId, { company: 'Beta GmbH', createdAt: '2026-11-02T10:00:00Z' });
  await seedDeal(t.database.prisma, teamId, acme, [{ stage: 'LEAD', at: '2026-11-03T10:00:00Z' }]);
  await t.database.prisma.teamOption.create({
    data: { teamId, kind: 'product', key: 'analytics', label: 'Analytics' },
  });
});

afterEach(async () => {
  await t.close();
});

async function feedbackRows() {
  return t.database.prisma.feedback.findMany({
    where: { teamId },
    orderBy: { number: 'asc' },
    include: { lead: { select: { number: true } }, deal: { select: { number: true } } },
  });
}

/**
 * Sends `/feedback <text>` and returns the answer as JSON text: in the ack when rejected before any
 * database work, else posted to the response_url.
 */
async function feedback(text: string, userId = ALICE): Promise<string> {
  const sent = await t.slack.sendCommand({ command: '/feedback', text, userId, channelId: SALES });
  expect(sent.status).toBe(200);
  if (sent.body !== '') return JSON.stringify(sent.body);
  return JSON.stringify(
    (await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url)).body,
  );
}

/** How a text appears inside JSON. */
function inJson(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

describe('/feedback quick form', () => {
  it('logs a complaint about a lead with the sentiment from the kind and confirms privately', async () => {
    const answer = await feedback('complaint L-1 "delivery took three weeks"');
    expect(answer).toContain('Logged `F-1`');
    expect(answer).toContain('complaint from `L-1` *Acme Corp*');
    expect(answer).toContain('delivery took three weeks');
    expect(await feedbackRows()).toEqual([
      expect.objectContaining({
        number: 1,
        kind: 'complaint',
        text: 'delivery took three weeks',
        sentiment: 'negative',
        source: 'other',
        product: null,
        lead: { number: 1 },
        deal: null,
        createdById: ALICE,
        permalink: null,
        createdAt: new Date('2026-11-23T10:00:00Z'),
      }),
    ]);
  });

  it('takes a deal, product (matched to the team list), source and an overriding sentiment', async () => {
    const answer = await feedback(
      'wish D-1 “export to Excel” product:Analytics source:call sentiment:positive',
    );
    expect(answer).toContain('wish / product request from `D-1` *Acme Corp*');
    const [row] = await feedbackRows();
    expect(row).toMatchObject({
      kind: 'wish',
      product: 'analytics',
      source: 'call',
      sentiment: 'positive',
      lead: { number: 1 },
      deal: { number: 1 },
    });
  });

  it('numbers feedback in order and needs no client', async () => {
    await feedback('praise "great onboarding"');
    await feedback('objection L-2 too expensive for now', BOB);
    expect(
      (await feedbackRows()).map((row) => [
        row.number,
        row.kind,
        row.text,
        row.sentiment,
        row.lead?.number ?? null,
      ]),
    ).toEqual([
      [1, 'praise', 'great onboarding', 'positive', null],
      [2, 'objection', 'too expensive for now', 'negative', 2],
    ]);
  });

  it.each([
    ['rant L-1 "late"', '*kind*: “rant” is not a kind of feedback; use praise, complaint, wish, objection'],
    ['complaint L-1', '*text*: Say what the client said'],
    ['complaint L-9 "late"', '*client*: L-9 is not a lead of this team'],
    ['complaint D-4 "late"', '*client*: D-4 is not a deal of this team'],
    ['complaint L-1 price: too high', '*price*: “price:” is not a feedback key'],
    [
      'wish "SSO" source:fax',
      '*source*: “fax” is not a source; use call, email, meeting, review_site, support, other',
    ],
    ['wish "SSO" sentiment:angry', '*sentiment*: “angry” is not a sentiment'],
    ['praise "ok" "unclosed', 'is never closed'],
    ['list banana', '*list*: “banana” is not a list filter'],
    ['list 0d', '*period*: “0d” must be between 1 and 730 days'],
    ['list 2026-11-14..2026-11-01', '*period*: “2026-11-14..2026-11-01” is not a period'],
  ])('rejects %s, naming the field and echoing the text back', async (text, expected) => {
    const answer = await feedback(text);
    expect(answer).toContain(inJson(expected));
    expect(answer).toContain(inJson(`/feedback ${text}`));
    expect(await feedbackRows()).toHaveLength(0);
  });

  it('explains itself on help', async () => {
    const help = await feedback('help');
    expect(help).toContain('/feedback complaint L-12');
    expect(help).toContain('Log as client feedback');
  });
});

describe('/feedback modal', () => {
  it('opens the form, defaults the sentiment when a kind is picked, and saves with the picked client', async () => {
    await t.slack.sendCommand({ command: '/feedback', text: '', channelId: SALES });
    const opened = await t.fake.waitFor('views.open');
    const view = opened.json<{ callback_id: string; blocks: { block_id: string }[] }>('view');
    expect(view?.callback_id).toBe(CallbackIds.feedbackModal);
    expect(view?.blocks.map((block) => block.block_id)).toEqual([
      FeedbackModalBlocks.kind,
      FeedbackModalBlocks.text,
      FeedbackModalBlocks.client,
      FeedbackModalBlocks.productChoice,
      FeedbackModalBlocks.productText,
      'feedback_sentiment_unset',
      FeedbackModalBlocks.source,
    ]);

    const typed = {
      [FeedbackModalBlocks.kind]: { [ActionIds.feedbackKindSelect]: { selected: 'complaint' } },
      [FeedbackModalBlocks.text]: { [INPUT_ACTION_ID]: 'Invoices arrive late' },
    };
    await t.slack.sendBlockActions({
      actions: staticSelectAction(ActionIds.feedbackKindSelect, 'complaint', {
        blockId: FeedbackModalBlocks.kind,
      }),
      view: opened,
      values: typed,
    });
    const updated = await t.fake.waitFor('views.update');
    const rerendered = updated.json<{
      blocks: {
        block_id: string;
        element?: { initial_value?: string; initial_option?: { value: string } };
      }[];
    }>('view');
    const byId = (id: string) => rerendered?.blocks.find((block) => block.block_id === id)?.element;
    expect(byId('feedback_sentiment_complaint')?.initial_option?.value).toBe('negative');
    expect(byId(FeedbackModalBlocks.text)?.initial_value).toBe('Invoices arrive late');

    const suggestions = await t.slack.sendBlockSuggestion({
      actionId: ActionIds.feedbackClientSelect,
      value: 'acme',
      view: updated,
    });
    expect(suggestions.body).toEqual({
      option_groups: [
        {
          label: { type: 'plain_text', text: 'Leads' },
          options: [{ text: { type: 'plain_text', text: 'L-1 Acme Corp' }, value: 'L-1' }],
        },
        {
          label: { type: 'plain_text', text: 'Deals' },
          options: [{ text: { type: 'plain_text', text: 'D-1 Acme Corp (Lead)' }, value: 'D-1' }],
        },
      ],
    });

    const values = {
      ...typed,
      [FeedbackModalBlocks.client]: { [ActionIds.feedbackClientSelect]: { selected: 'D-1' } },
      [FeedbackModalBlocks.productChoice]: { [INPUT_ACTION_ID]: { selected: 'analytics' } },
      feedback_sentiment_complaint: { [INPUT_ACTION_ID]: { selected: 'negative' } },
      [FeedbackModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'email' } },
    };
    const bothProducts = await t.slack.submitView(updated, {
      ...values,
      [FeedbackModalBlocks.productText]: { [INPUT_ACTION_ID]: 'Routing' },
    });
    expect(bothProducts.body).toEqual({
      response_action: 'errors',
      errors: {
        [FeedbackModalBlocks.productText]: 'Pick a product from the list or type another one, not both',
      },
    });

    const saved = await t.slack.submitView(updated, values);
    expect(saved.status).toBe(200);
    const confirmation = await t.fake.waitFor('chat.postEphemeral');
    expect(confirmation.body).toMatchObject({ channel: SALES, user: ALICE });
    expect(confirmation.allText()).toContain('Logged `F-1`');
    expect(await feedbackRows()).toEqual([
      expect.objectContaining({
        kind: 'complaint',
        text: 'Invoices arrive late',
        sentiment: 'negative',
        source: 'email',
        product: 'analytics',
        deal: { number: 1 },
        lead: { number: 1 },
      }),
    ]);
  });

  it('takes the default sentiment when none is picked and reports a vanished client under its field', async () => {
    await t.slack.sendCommand({ command: '/feedback', text: '', channelId: SALES });
    const opened = await t.fake.waitFor('views.open');
    const values = {
      [FeedbackModalBlocks.kind]: { [ActionIds.feedbackKindSelect]: { selected: 'wish' } },
      [FeedbackModalBlocks.text]: { [INPUT_ACTION_ID]: 'Dark mode' },
      [FeedbackModalBlocks.client]: { [ActionIds.feedbackClientSelect]: { selected: 'L-7' } },
      [FeedbackModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'meeting' } },
    };
    const missing = await t.slack.submitView(opened, values);
    expect(missing.body).toEqual({
      response_action: 'errors',
      errors: { [FeedbackModalBlocks.client]: 'L-7 is not a lead of this team' },
    });
    const saved = await t.slack.submitView(opened, {
      ...values,
      [FeedbackModalBlocks.client]: { [ActionIds.feedbackClientSelect]: { selected: 'L-2' } },
    });
    expect(saved.status).toBe(200);
    expect(await feedbackRows()).toEqual([
      expect.objectContaining({ kind: 'wish', sentiment: 'neutral', lead: { number: 2 } }),
    ]);
  });
});
