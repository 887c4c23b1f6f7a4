import { ActionIds, DealModalBlocks, INPUT_ACTION_ID, LeadModalBlocks } from '../../../src/slack/ids';
import { ALICE, SALES } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { DAY, buttonValue, click, clickUndo, eventRows, leadRow, run } from '../pipelineSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
  await run(t, '/lead', 'Acme Corp');
});

afterEach(async () => {
  await t.close();
});

type FormView = {
  private_metadata: string;
  blocks: { block_id?: string; element?: { initial_option?: { value: string } } }[];
};

describe('deal form entry points', () => {
  it('opens the move form from a confirmation’s Move… button', async () => {
    const created = await run(t, '/deal', 'L-1 offer value:12000');
    expect(buttonValue(created, ActionIds.dealMove)).toBe('1');
    await t.slack.sendBlockActions({
      actions: {
        type: 'button',
        action_id: ActionIds.dealMove,
        value: '1',
        block_id: 'b',
        action_ts: '1',
      } as never,
      message: { ts: '1700000000.000100', blocks: created.blocks },
      channelId: SALES,
    });
    const opened = await t.fake.waitFor('views.open');
    const view = opened.json<FormView>('view');
    expect(JSON.parse(view?.private_metadata ?? '{}')).toEqual({
      channelId: SALES,
      dealNumber: 1,
      version: 1,
    });
    expect(
      view?.blocks.find((block) => block.block_id === DealModalBlocks.stage)?.element?.initial_option?.value,
    ).toBe('OFFER');
  });

  it('preselects the lead when the form is opened for one', async () => {
    const sent = await t.slack.sendCommand({ command: '/deal', text: 'L-1' });
    const opened = await t.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === sent.sent.trigger_id,
    );
    const lead = opened
      .json<FormView>('view')
      ?.blocks.find((block) => block.block_id === DealModalBlocks.lead);
    expect(lead?.element?.initial_option?.value).toBe('1');
  });

  it('reopens a closed deal when the form puts it in an open stage, and refuses to leave it closed', async () => {
    await run(t, '/deal', 'L-1 negotiation value:12000');
    await run(t, '/deal', 'D-1 won value:11000');
    t.clock.advance(DAY);
    const sent = await t.slack.sendCommand({ command: '/deal', text: 'D-1', channelId: SALES });
    const form = await t.fake.waitFor('views.open', (call) => call.body.trigger_id === sent.sent.trigger_id);

    const stillWon = await t.slack.submitView(form, {
      [DealModalBlocks.stage]: { [ActionIds.dealStageSelect]: { selected: 'WON' } },
      [DealModalBlocks.finalValue]: { [INPUT_ACTION_ID]: '11000' },
    });
    expect(stillWon.body).toEqual({
      response_action: 'errors',
      errors: { [DealModalBlocks.stage]: 'D-1 is Won, which is final: choose an open stage to reopen it' },
    });

    await t.slack.submitView(form, {
      [DealModalBlocks.stage]: { [ActionIds.dealStageSelect]: { selected: 'OFFER' } },
      [DealModalBlocks.value]: { [INPUT_ACTION_ID]: '11000' },
    });
    await t.fake.waitFor('chat.postEphemeral', (call) => call.allText().includes('Won → Offer (reopened)'));
    expect((await eventRows(t, 1)).map((event) => [event.fromStage, event.toStage, event.kind])).toEqual([
      [null, 'NEGOTIATION', 'create'],
      ['NEGOTIATION', 'WON', 'forward'],
      ['WON', 'OFFER', 'reopen'],
    ]);
  });
});

describe('lead confirmations carry Undo', () => {
  it('undoes an edit made in the lead form', async () => {
    const sent = await t.slack.sendCommand({ command: '/lead', text: 'edit L-1', channelId: SALES });
    const form = await t.fake.waitFor('views.open', (call) => call.body.trigger_id === sent.sent.trigger_id);
    await t.slack.submitView(form, { [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Group' } });
    const updated = await t.fake.waitFor('chat.postEphemeral', (call) =>
      call.allText().includes('Updated `L-1`'),
    );
    expect((await leadRow(t, 1))?.company).toBe('Acme Group');

    const answer = { text: updated.allText(), blocks: updated.json<never[]>('blocks') ?? [] };
    const undone = await click(t, answer, ActionIds.undoChange, ALICE);
    expect(undone.text).toContain('Undone: `L-1` is back to what it was before your update.');
    expect(await leadRow(t, 1)).toMatchObject({ company: 'Acme Corp', companyKey: 'acme corp', version: 3 });
    expect((await clickUndo(t, answer)).text).toContain('already undone');
  });
});
