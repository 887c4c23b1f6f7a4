import { ActionIds, CallbackIds, DealModalBlocks, INPUT_ACTION_ID } from '../../../src/slack/ids';
import { ALICE, BOB, SALES, staticSelectAction } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { DAY, HOUR, dealRow, eventRows, leadRow, run } from '../pipelineSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

const deal = (text: string, userId = ALICE) => run(t, '/deal', text, userId);

describe('/deal quick moves: one deal from lead to won', () => {
  it('records every stage change as an event, qualifies the lead, and shows the timeline', async () => {
    await run(t, '/lead', 'Acme Corp source:seo');
    t.clock.advance(HOUR);
    const created = await deal('L-1 lead value:10000 currency:PLN');
    expect(created.text).toContain('Created `D-1` *Acme Corp* · created in Lead');
    expect(created.text).toContain('PLN\u00a010,000');
    expect((await leadRow(t, 1))?.status).toBe('new');

    t.clock.advance(DAY);
    const qualified = await deal('D-1 qualified', BOB);
    expect(qualified.text).toContain('Moved `D-1` *Acme Corp* · Lead → Qualified');
    expect(qualified.text).toContain('lead `L-1` is now qualified');
    expect(await leadRow(t, 1)).toMatchObject({
      status: 'qualified',
      qualifiedAt: new Date('2026-11-24T11:00:00Z'),
    });

    t.clock.advance(DAY);
    await deal('D-1 needs problems:"manual month-end reports" outcomes:"reports in one click"');
    t.clock.advance(2 * DAY);
    await deal('D-1 proposal value:12000');
    t.clock.advance(DAY);
    await deal('D-1 Negotiation discount:10%', BOB);
    t.clock.advance(3 * DAY);
    const won = await deal('D-1 won value:10800');
    expect(won.text).toContain('Negotiation → Won');
    expect(won.text).toContain('PLN\u00a010,800 · discount 10 %');

    const common = { skipped: null, currency: 'PLN', reason: null };
    expect(await eventRows(t, 1)).toEqual([
      {
        ...common,
        fromStage: null,
        toStage: 'LEAD',
        kind: 'create',
        at: '2026-11-23T11:00:00.000Z',
        byUserId: ALICE,
        valueMinor: 1_000_000,
        discountPct: null,
      },
      {
        ...common,
        fromStage: 'LEAD',
        toStage: 'QUALIFIED',
        kind: 'forward',
        at: '2026-11-24T11:00:00.000Z',
        byUserId: BOB,
        valueMinor: 1_000_000,
        discountPct: null,
      },
      {
        ...common,
        fromStage: 'QUALIFIED',
        toStage: 'DISCOVERY',
        kind: 'forward',
        at: '2026-11-25T11:00:00.000Z',
        byUserId: ALICE,
        valueMinor: 1_000_000,
        discountPct: null,
      },
      {
        ...common,
        fromStage: 'DISCOVERY',
        toStage: 'OFFER',
        kind: 'forward',
        at: '2026-11-27T11:00:00.000Z',
        byUserId: ALICE,
        valueMinor: 1_200_000,
        discountPct: null,
      },
      {
        ...common,
        fromStage: 'OFFER',
        toStage: 'NEGOTIATION',
        kind: 'forward',
        at: '2026-11-28T11:00:00.000Z',
        byUserId: BOB,
        valueMinor: 1_200_000,
        discountPct: 10,
      },
      {
        ...common,
        fromStage: 'NEGOTIATION',
        toStage: 'WON',
        kind: 'forward',
        at: '2026-12-01T11:00:00.000Z',
        byUserId: ALICE,
        valueMinor: 1_080_000,
        discountPct: 10,
      },
    ]);
    expect(await dealRow(t, 1)).toMatchObject({
      stage: 'WON',
      valueMinor: 1_080_000,
      discountPct: 10,
      problems: 'manual month-end reports',
      desiredOutcomes: 'reports in one click',
      negotiationRounds: 1,
      closedAt: new Date('2026-12-01T11:00:00Z'),
      version: 6,
    });

    t.clock.advance(HOUR);
    const shown = await deal('show D-1');
    for (const line of [
      '`D-1` *Acme Corp* · lead `L-1`',
      '*Won* on 1 Dec 2026 11:00 · PLN\u00a010,800 · discount 10 %',
      '• 23 Nov 2026 11:00 — created in *Lead* by <@U0000ALICE> · PLN\u00a010,000',
      '• 24 Nov 2026 11:00 — Lead → *Qualified* by <@U0000BOB> · PLN\u00a010,000',
      '• 27 Nov 2026 11:00 — Discovery → *Offer* by <@U0000ALICE> · PLN\u00a012,000',
      '• 28 Nov 2026 11:00 — Offer → *Negotiation* by <@U0000BOB> · PLN\u00a012,000 · discount 10 %',
      '• 1 Dec 2026 11:00 — Negotiation → *Won* by <@U0000ALICE> · PLN\u00a010,800 · discount 10 %',
      '*Time in stage:* Lead 1 d · Qualified 1 d · Discovery 2 d · Offer 1 d · Negotiation 3 d',
      '*Offer preparation:* 2 d',
      '*Negotiation:* 3 d over 1 round',
      '*Time to close* (from the lead): 8 d',
      '*Problems / challenges:* manual month-end reports',
    ]) {
      expect(shown.text).toContain(line);
    }
  });
});

describe('/deal form: a second deal to LOST', () => {
  it('opens a deal through the form, shows each stage’s fields, and requires the lost reason', async () => {
    await run(t, '/lead', 'Beta Ltd');
    const opened = await t.slack.sendCommand({ command: '/deal', text: '', channelId: SALES });
    const form = await t.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === opened.sent.trigger_id,
    );
    const view = form.json<{ callback_id: string; blocks: { block_id?: string }[] }>('view');
    expect(view?.callback_id).toBe(CallbackIds.dealModal);
    expect(view?.blocks.map((block) => block.block_id)).toEqual([
      DealModalBlocks.lead,
      DealModalBlocks.stage,
      DealModalBlocks.value,
      DealModalBlocks.currency,
      DealModalBlocks.discount,
      DealModalBlocks.expectedClose,
    ]);

    const options = await t.slack.sendBlockSuggestion({
      actionId: ActionIds.dealLeadSelect,
      value: 'beta',
      view: form,
    });
    expect(options.body).toEqual({
      options: [{ text: { type: 'plain_text', text: 'L-1 · Beta Ltd' }, value: '1' }],
    });
    const byId = await t.slack.sendBlockSuggestion({
      actionId: ActionIds.dealLeadSelect,
      value: 'L-1',
      view: form,
    });
    expect((byId.body as { options: { value: string }[] }).options.map((each) => each.value)).toEqual(['1']);

    await t.slack.sendBlockActions({
      actions: staticSelectAction(ActionIds.dealStageSelect, 'DISCOVERY', { blockId: DealModalBlocks.stage }),
      view: form,
      values: { [DealModalBlocks.value]: { [INPUT_ACTION_ID]: '5 000' } },
    });
    const discovery = await t.fake.waitFor('views.update');
    expect(discovery.body.view_id).toBe(
      form.response.body.view && (form.response.body.view as { id: string }).id,
    );
    const discoveryBlocks =
      discovery.json<{ blocks: { block_id?: string; element?: { initial_value?: string } }[] }>('view')
        ?.blocks ?? [];
    expect(discoveryBlocks.map((block) => block.block_id)).toContain(DealModalBlocks.problems);
    expect(
      discoveryBlocks.find((block) => block.block_id === DealModalBlocks.value)?.element?.initial_value,
    ).toBe('5 000');

    const noLead = await t.slack.submitView(discovery, {
      [DealModalBlocks.stage]: { [ActionIds.dealStageSelect]: { selected: 'DISCOVERY' } },
    });
    expect(noLead.body).toEqual({
      response_action: 'errors',
      errors: { [DealModalBlocks.lead]: 'Choose the lead this deal is for' },
    });

    const saved = await t.slack.submitView(discovery, {
      [DealModalBlocks.lead]: { [ActionIds.dealLeadSelect]: { selected: '1' } },
      [DealModalBlocks.stage]: { [ActionIds.dealStageSelect]: { selected: 'DISCOVERY' } },
      [DealModalBlocks.value]: { [INPUT_ACTION_ID]: '5 000' },
      [DealModalBlocks.currency]: { [INPUT_ACTION_ID]: 'EUR' },
      [DealModalBlocks.problems]: { [INPUT_ACTION_ID]: 'no pipeline visibility' },
    });
    expect(saved.status).toBe(200);
    const confirmation = await t.fake.waitFor('chat.postEphemeral', (call) =>
      call.allText().includes('Created `D-1`'),
    );
    expect(confirmation.body).toMatchObject({ channel: SALES, user: ALICE });
    expect(confirmation.allText()).toContain('EUR\u00a05,000');

    t.clock.advance(2 * DAY);
    const moving = await t.slack.sendCommand({ command: '/deal', text: 'D-1', channelId: SALES });
    const moveForm = await t.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === moving.sent.trigger_id,
    );
    expect(moveForm.allText()).toContain('`D-1` *Beta Ltd* is in *Discovery*');
    t.fake.clearCalls();
    await t.slack.sendBlockActions({
      actions: staticSelectAction(ActionIds.dealStageSelect, 'LOST', { blockId: DealModalBlocks.stage }),
      view: moveForm,
    });
    const lostForm = await t.fake.waitFor('views.update');
    expect(lostForm.allText()).toContain('Price too high');
    expect(lostForm.allText()).toContain('Other (say what)');

    const otherWithoutText = await t.slack.submitView(lostForm, {
      [DealModalBlocks.stage]: { [ActionIds.dealStageSelect]: { selected: 'LOST' } },
      [DealModalBlocks.lostReason]: { [INPUT_ACTION_ID]: { selected: 'other' } },
    });
    expect(otherWithoutText.body).toEqual({
      response_action: 'errors',
      errors: { [DealModalBlocks.lostReasonOther]: 'Say what the other reason was' },
    });

    const lost = await t.slack.submitView(lostForm, {
      [DealModalBlocks.stage]: { [ActionIds.dealStageSelect]: { selected: 'LOST' } },
      [DealModalBlocks.value]: { [INPUT_ACTION_ID]: '5000' },
      [DealModalBlocks.currency]: { [INPUT_ACTION_ID]: 'EUR' },
      [DealModalBlocks.lostReason]: { [INPUT_ACTION_ID]: { selected: 'other' } },
      [DealModalBlocks.lostReasonOther]: { [INPUT_ACTION_ID]: 'built it in-house' },
    });
    expect(lost.status).toBe(200);
    await t.fake.waitFor('chat.postEphemeral', (call) => call.allText().includes('Discovery → Lost'));

    const common = {
      skipped: null,
      currency: 'EUR',
      valueMinor: 500_000,
      discountPct: null,
      byUserId: ALICE,
    };
    expect(await eventRows(t, 1)).toEqual([
      {
        ...common,
        fromStage: null,
        toStage: 'DISCOVERY',
        kind: 'create',
        at: '2026-11-23T10:00:00.000Z',
        reason: null,
      },
      {
        ...common,
        fromStage: 'DISCOVERY',
        toStage: 'LOST',
        kind: 'forward',
        at: '2026-11-25T10:00:00.000Z',
        reason: 'built it in-house',
      },
    ]);
    expect(await dealRow(t, 1)).toMatchObject({
      stage: 'LOST',
      lostReason: 'other',
      lostReasonText: 'built it in-house',
      problems: 'no pipeline visibility',
    });
    expect((await leadRow(t, 1))?.status).toBe('qualified');

    const shown = await deal('show D-1');
    expect(shown.text).toContain('*Lost* on 25 Nov 2026 10:00 · EUR\u00a05,000');
    expect(shown.text).toContain(
      '• 25 Nov 2026 10:00 — Discovery → *Lost* by <@U0000ALICE> · EUR\u00a05,000 · reason: built it in-house',
    );
    expect(shown.text).toContain('*Lost reason:* Other: built it in-house');
    expect(shown.text).toContain('*Time to close* (from the lead): 2 d');
  });
});
