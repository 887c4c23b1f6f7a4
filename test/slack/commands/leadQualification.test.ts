import { ActionIds, CallbackIds, LeadModalBlocks } from '../../../src/slack/ids';
import { ALICE, SALES } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { DAY, buttonValue, leadRow, run, teamId } from '../pipelineSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
  await run(t, '/lead', 'Acme Corp source:seo');
});

afterEach(async () => {
  await t.close();
});

const lead = (text: string, userId = ALICE) => run(t, '/lead', text, userId);

describe('/lead qualify and disqualify', () => {
  it('qualifies with a time, disqualifies with a reason, and audits both for undo', async () => {
    t.clock.advance(DAY);
    const qualified = await lead('qualify L-1');
    expect(qualified.text).toContain('`L-1` *Acme Corp* is now *qualified*');
    expect(qualified.text).toContain('Open a deal with `/deal L-1 discovery`');
    expect(buttonValue(qualified, ActionIds.undoChange)).toBeTruthy();
    expect(await leadRow(t, 1)).toMatchObject({
      status: 'qualified',
      qualifiedAt: new Date('2026-11-24T10:00:00Z'),
      statusChangedAt: new Date('2026-11-24T10:00:00Z'),
      version: 2,
    });
    expect((await lead('qualify L-1')).text).toContain(
      '`L-1` *Acme Corp* is already qualified; nothing changed.',
    );

    t.clock.advance(DAY);
    await run(t, '/deal', 'L-1 discovery');
    const disqualified = await lead('disqualify L-1 reason:"no budget this year"');
    expect(disqualified.text).toContain('is now *disqualified* — no budget this year');
    expect(disqualified.text).toContain('Its open deal `D-1` (Discovery) stays open');
    expect(await leadRow(t, 1)).toMatchObject({
      status: 'disqualified',
      statusReason: 'no budget this year',
      qualifiedAt: null,
    });

    const changes = await t.database.prisma.change.findMany({
      where: { teamId: await teamId(t), entityType: 'lead' },
      orderBy: { createdAt: 'asc' },
    });
    expect(changes.map((change) => change.action)).toEqual(['create', 'qualify', 'disqualify']);
  });

  it.each([
    [
      'disqualify L-1',
      '*reason*: Disqualifying a lead needs a reason — for example `/lead disqualify L-3 reason:"no budget"`',
    ],
    ['qualify', '*id*: Say which lead to qualify'],
    ['qualify Acme', '*id*: “Acme” is not a lead id'],
    ['qualify L-1 source:seo', '*source*: “source” is not understood here; the only key is reason'],
  ])('rejects %s naming the field and echoing the text', async (text, expected) => {
    const answer = await lead(text);
    expect(answer.text).toContain(expected);
    expect(answer.text).toContain(`/lead ${text}`);
    expect((await leadRow(t, 1))?.status).toBe('new');
  });

  it('says when the lead does not exist', async () => {
    expect((await lead('qualify L-9')).text).toContain('Lead L-9 does not exist in this team');
  });
});

describe('/lead edit and show', () => {
  it('opens the lead form filled in, at the current version', async () => {
    const sent = await t.slack.sendCommand({ command: '/lead', text: 'edit L-1', channelId: SALES });
    const opened = await t.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === sent.sent.trigger_id,
    );
    const view = opened.json<{
      callback_id: string;
      private_metadata: string;
      blocks: {
        block_id: string;
        element?: { initial_value?: string; initial_option?: { value: string } };
      }[];
    }>('view');
    expect(view?.callback_id).toBe(CallbackIds.leadModal);
    expect(JSON.parse(view?.private_metadata ?? '{}')).toEqual({ number: 1, version: 1, channelId: SALES });
    expect(
      view?.blocks.find((block) => block.block_id === LeadModalBlocks.company)?.element?.initial_value,
    ).toBe('Acme Corp');
    expect(
      view?.blocks.find((block) => block.block_id === LeadModalBlocks.source)?.element?.initial_option?.value,
    ).toBe('seo');
  });

  it('shows the lead with its deals', async () => {
    expect((await lead('show L-1')).text).toContain('*Deals:* none yet');
    await run(t, '/deal', 'L-1 offer value:1000');
    const shown = await lead('show L-1');
    expect(shown.text).toContain('*Deals:*\n• `D-1` *Offer* · EUR\u00a01,000 · <@U0000ALICE>');
    expect(shown.text).toContain('*Status:* qualified');
  });
});
