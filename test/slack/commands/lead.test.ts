import { ActionIds, CallbackIds, INPUT_ACTION_ID, LeadModalBlocks } from '../../../src/slack/ids';
import { ALICE, BOB, buttonAction, SALES, TEAM_A } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

async function leadRows() {
  const team = await t.store.teams.ensure(TEAM_A.id);
  return t.database.prisma.lead.findMany({ where: { teamId: team.id }, orderBy: { number: 'asc' } });
}

/** Sends `/lead <text>` and returns what the app answered through the response_url. */
async function lead(text: string, userId = ALICE) {
  const sent = await t.slack.sendCommand({ command: '/lead', text, userId });
  expect(sent.status).toBe(200);
  const answer = await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
  return { sent, answer };
}

describe('/lead quick add', () => {
  it('stores the lead with every key and confirms privately with its id and an Edit button', async () => {
    const { answer } = await lead(
      'Acme Corp source:paid_search industry:retail segment:smb size:120 country:PL contact:"Anna Nowak" ' +
        'email:<mailto:Anna@Acme.pl|Anna@Acme.pl> product:analytics heard:webinar prompted:"new regulation" ' +
        `campaign:bf2026 owner:<@${BOB}|bob> note:"Zażółć gęślą jaźń"`,
    );
    const [row] = await leadRows();
    expect(row).toMatchObject({
      number: 1,
      company: 'Acme Corp',
      companyKey: 'acme corp',
      source: 'paid_search',
      industry: 'retail',
      segment: 'smb',
      companySize: '51-200',
      country: 'PL',
      contactName: 'Anna Nowak',
      email: 'anna@acme.pl',
      product: 'analytics',
      heardFrom: 'webinar',
      promptedBy: 'new regulation',
      campaign: 'bf2026',
      ownerId: BOB,
      note: 'Zażółć gęślą jaźń',
      status: 'new',
      createdById: ALICE,
      version: 1,
    });
    expect(row?.createdAt.toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.allText()).toContain('Added `L-1` *Acme Corp*');
    const blocks =
      answer.json<{ type: string; elements?: { action_id: string; value: string }[] }[]>('blocks');
    expect(blocks?.find((block) => block.type === 'actions')?.elements?.[0]).toMatchObject({
      action_id: ActionIds.leadEdit,
      value: '1',
    });
  });

  it('numbers leads per team in order', async () => {
    await lead('First');
    await lead('Second');
    expect((await leadRows()).map((row) => [row.number, row.company])).toEqual([
      [1, 'First'],
      [2, 'Second'],
    ]);
  });

  it.each([
    ['Acme colour:red', '*colour*: “colour” is not a lead key'],
    ['Acme source:', '*source*: source: has no value'],
    ['Acme email:anna@', '*email*: “anna@” is not an email address'],
    ['Acme source:google', "*source*: “google” is not one of the team's channels"],
    ['Acme country:Narnia', '*country*: “Narnia” is not a country'],
    ['Acme note:"unclosed', 'is never closed'],
  ])('rejects %s, naming the key and echoing the text back', async (text, expected) => {
    const response = await t.slack.sendCommand({ command: '/lead', text });
    // Rejections that need no database come back in the acknowledgement itself.
    const answer = response.body === '' ? (await t.fake.waitFor('response_url')).body : response.body;
    const rendered = JSON.stringify(answer);
    expect(rendered).toContain(JSON.stringify(expected).slice(1, -1));
    expect(rendered).toContain(
      JSON.stringify(`/lead ${text}`)
        .slice(1, -1)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;'),
    );
    expect(await leadRows()).toHaveLength(0);
  });
});

describe('/lead duplicates', () => {
  it('flags the same company or email with the existing id and author, then adds anyway on request', async () => {
    await lead('Acme Corp email:anna@acme.pl', BOB);
    const { answer } = await lead('ACME   corp source:seo');
    expect(answer.allText()).toContain('`L-1` *Acme Corp* — added by <@U0000BOB> on 23 Nov 2026');
    expect(await leadRows()).toHaveLength(1);

    const blocks =
      answer.json<{ type: string; elements?: { action_id: string; value: string }[] }[]>('blocks');
    const addAnyway = blocks
      ?.find((block) => block.type === 'actions')
      ?.elements?.find((each) => each.action_id === ActionIds.leadAddAnyway);
    expect(addAnyway).toBeDefined();
    await t.slack.sendBlockActions({
      actions: {
        type: 'button',
        action_id: ActionIds.leadAddAnyway,
        value: addAnyway?.value ?? '',
        block_id: 'b',
        action_ts: '1',
      } as never,
      message: { ts: '1700000000.000100', blocks: blocks ?? [] },
      ephemeral: true,
    });
    const confirmation = await t.fake.waitFor('response_url', (call) =>
      call.allText().includes('Added `L-2`'),
    );
    expect(confirmation.body.replace_original).toBe(true);
    expect((await leadRows()).map((row) => [row.number, row.company, row.source])).toEqual([
      [1, 'Acme Corp', null],
      [2, 'ACME corp', 'seo'],
    ]);
  });

  it('matches on email alone and cancelling gives the text back without adding', async () => {
    await lead('Acme Corp email:anna@acme.pl');
    const { answer } = await lead('Other Name email:ANNA@acme.pl');
    const blocks =
      answer.json<{ type: string; elements?: { action_id: string; value: string }[] }[]>('blocks');
    const cancel = blocks
      ?.find((block) => block.type === 'actions')
      ?.elements?.find((each) => each.action_id === ActionIds.leadCancelDraft);
    await t.slack.sendBlockActions({
      actions: {
        type: 'button',
        action_id: ActionIds.leadCancelDraft,
        value: cancel?.value ?? '',
        block_id: 'b',
        action_ts: '1',
      } as never,
      message: { ts: '1700000000.000100', blocks: blocks ?? [] },
      ephemeral: true,
    });
    const cancelled = await t.fake.waitFor('response_url', (call) => call.allText().includes('Cancelled'));
    expect(cancelled.allText()).toContain('/lead "Other Name" email:ANNA@acme.pl');
    expect(await leadRows()).toHaveLength(1);
  });
});

describe('/lead list and show', () => {
  it('lists the latest leads, filtered by owner and source, and shows one lead', async () => {
    await lead('Alpha source:seo');
    await lead('Beta source:events', BOB);
    await lead('Gamma source:seo', BOB);

    const all = (await lead('list')).answer.allText();
    expect(all.indexOf('Gamma')).toBeLessThan(all.indexOf('Alpha'));
    expect(all).toContain('Latest 3 leads in this team');

    const mine = (await lead('list mine', BOB)).answer.allText();
    expect(mine).toContain('Beta');
    expect(mine).not.toContain('Alpha');

    const seo = (await lead('list mine source:seo', BOB)).answer.allText();
    expect(seo).toContain('Gamma');
    expect(seo).not.toContain('Beta');

    const shown = (await lead('show L-2')).answer.allText();
    expect(shown).toContain('`L-2` *Beta*');
    expect(shown).toContain('*Source channel:* events');

    expect((await lead('show L-99')).answer.allText()).toContain('Lead L-99 does not exist in this team');
  });

  it('answers help with every key and the team channels', async () => {
    const help = (await lead('help')).answer.allText();
    for (const key of [
      'source',
      'industry',
      'segment',
      'size',
      'country',
      'contact',
      'email',
      'product',
      'heard',
      'prompted',
      'campaign',
      'owner',
      'note',
    ]) {
      expect(help).toContain(`\`${key}\``);
    }
    expect(help).toContain('`paid_search`, `paid_social`, `seo`');
  });
});

describe('/lead modal', () => {
  it('opens the form, keeps typed values with field errors, then saves', async () => {
    await t.slack.sendCommand({ command: '/lead', text: '', channelId: SALES });
    const opened = await t.fake.waitFor('views.open');
    const view = opened.json<{ callback_id: string; blocks: { block_id: string }[] }>('view');
    expect(view?.callback_id).toBe(CallbackIds.leadModal);
    expect(view?.blocks.map((block) => block.block_id)).toEqual(Object.values(LeadModalBlocks));

    const invalid = await t.slack.submitView(opened, {
      [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corp' },
      [LeadModalBlocks.email]: { [INPUT_ACTION_ID]: 'not-an-email' },
    });
    expect(invalid.body).toEqual({
      response_action: 'errors',
      errors: {
        [LeadModalBlocks.email]: '“not-an-email” is not an email address (e.g. email:anna@acme.com)',
      },
    });
    expect(await leadRows()).toHaveLength(0);

    const valid = await t.slack.submitView(opened, {
      [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corp' },
      [LeadModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'seo' } },
      [LeadModalBlocks.segment]: { [INPUT_ACTION_ID]: { selected: 'enterprise' } },
      [LeadModalBlocks.country]: { [ActionIds.countrySelect]: { selected: 'DE' } },
      [LeadModalBlocks.email]: { [INPUT_ACTION_ID]: 'anna@acme.com' },
      [LeadModalBlocks.ownerId]: { [INPUT_ACTION_ID]: { user: BOB } },
    });
    expect(valid.status).toBe(200);
    const confirmation = await t.fake.waitFor('chat.postEphemeral');
    expect(confirmation.body).toMatchObject({ channel: SALES, user: ALICE });
    expect(confirmation.allText()).toContain('Added `L-1` *Acme Corp*');
    expect(await leadRows()).toEqual([
      expect.objectContaining({
        company: 'Acme Corp',
        source: 'seo',
        segment: 'enterprise',
        country: 'DE',
        ownerId: BOB,
      }),
    ]);
  });

  it('serves country options by name or code', async () => {
    const byName = await t.slack.sendBlockSuggestion({ actionId: ActionIds.countrySelect, value: 'pola' });
    expect(byName.body).toEqual({
      options: [{ text: { type: 'plain_text', text: 'Poland (PL)' }, value: 'PL' }],
    });
    const byCode = await t.slack.sendBlockSuggestion({ actionId: ActionIds.countrySelect, value: 'de' });
    expect((byCode.body as { options: { value: string }[] }).options[0]?.value).toBe('DE');
  });

  it('pushes a duplicate warning over the form and adds anyway from it', async () => {
    await lead('Acme Corp');
    await t.slack.sendCommand({ command: '/lead', text: '', channelId: SALES });
    const opened = await t.fake.waitFor('views.open');
    const submitted = await t.slack.submitView(opened, {
      [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'acme corp' },
    });
    const pushed = submitted.body as {
      response_action: string;
      view: { callback_id: string; private_metadata: string };
    };
    expect(pushed.response_action).toBe('push');
    expect(pushed.view.callback_id).toBe(CallbackIds.leadDuplicateModal);
    expect(JSON.stringify(pushed.view)).toContain('`L-1` *Acme Corp*');

    const confirmed = await t.slack.submitView(pushed.view, {});
    expect(confirmed.body).toEqual({ response_action: 'clear' });
    expect((await leadRows()).map((row) => row.company)).toEqual(['Acme Corp', 'acme corp']);
  });

  it('edits a lead from the Edit button and refuses a stale version without losing the values', async () => {
    await lead('Acme Corp source:seo');
    await t.slack.sendBlockActions({
      actions: {
        type: 'button',
        action_id: ActionIds.leadEdit,
        value: '1',
        block_id: 'b',
        action_ts: '1',
      } as never,
      message: { ts: '1700000000.000100' },
      channelId: SALES,
    });
    const opened = await t.fake.waitFor('views.open');
    const view = opened.json<{
      private_metadata: string;
      blocks: { block_id: string; element?: { initial_value?: string } }[];
    }>('view');
    expect(JSON.parse(view?.private_metadata ?? '{}')).toMatchObject({ number: 1, version: 1 });
    expect(
      view?.blocks.find((block) => block.block_id === LeadModalBlocks.company)?.element?.initial_value,
    ).toBe('Acme Corp');

    // Bob saves first.
    const team = await t.store.teams.ensure(TEAM_A.id);
    await t.store.pipelineWriter.updateLead(
      team.id,
      1,
      { company: 'Acme Group', source: 'seo' },
      1,
      BOB,
      t.clock.now(),
    );

    const stale = await t.slack.submitView(opened, {
      [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corporation' },
      [LeadModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'events' } },
    });
    const update = stale.body as {
      response_action: string;
      view: {
        private_metadata: string;
        blocks: { block_id?: string; element?: { initial_value?: string } }[];
      };
    };
    expect(update.response_action).toBe('update');
    expect(JSON.stringify(update.view)).toContain(
      `<@${BOB}> saved L-1 (*Acme Group*) on 23 Nov 2026 10:00 while you were editing, changing Company. Their changes are in the form below, except where you changed the same field: Company. There the form keeps your value (theirs: Company “Acme Group”)`,
    );
    expect(
      update.view.blocks.find((block) => block.block_id === LeadModalBlocks.company)?.element?.initial_value,
    ).toBe('Acme Corporation');
    expect((await leadRows())[0]?.company).toBe('Acme Group');

    const saved = await t.slack.submitView(update.view, {
      [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corporation' },
      [LeadModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'events' } },
    });
    expect(saved.status).toBe(200);
    await t.fake.waitFor('chat.postEphemeral', (call) =>
      call.allText().includes('Updated `L-1` *Acme Corporation*'),
    );
    expect((await leadRows())[0]).toMatchObject({
      company: 'Acme Corporation',
      source: 'events',
      version: 3,
    });
  });

  async function openEditForm(userId: string, locale = 'en-US') {
    t.fake.setUser(userId, { locale });
    await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.leadEdit, { value: '1' }),
      message: { ts: '1700000000.000100' },
      channelId: SALES,
      userId,
    });
    return t.fake.waitFor('views.open');
  }

  it('keeps the other person’s change to a field this user did not touch, and says whose it was', async () => {
    await lead('Acme Corp source:seo industry:retail');
    const opened = await openEditForm(ALICE);
    const team = await t.store.teams.ensure(TEAM_A.id);
    t.clock.advance(5 * 60_000);
    await t.store.pipelineWriter.updateLead(
      team.id,
      1,
      { company: 'Acme Corp', source: 'seo', industry: 'logistics', ownerId: ALICE },
      1,
      BOB,
      t.clock.now(),
    );

    const saved = await t.slack.submitView(opened, {
      [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corp' },
      [LeadModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'events' } },
      [LeadModalBlocks.industry]: { [INPUT_ACTION_ID]: 'retail' },
    });
    expect(saved.body).toBe('');
    const confirmation = await t.fake.waitFor('chat.postEphemeral', (call) =>
      call.allText().includes('Updated `L-1`'),
    );
    expect(confirmation.allText()).toContain(
      `kept <@${BOB}>’s change of Industry, saved on 23 Nov 2026 10:05 while you were editing`,
    );
    expect((await leadRows())[0]).toMatchObject({ source: 'events', industry: 'logistics', version: 3 });
  });

  it('asks a Polish user only about the field both changed, naming who and when', async () => {
    t.fake.setUser(ALICE, { locale: 'pl-PL' });
    await lead('Acme Corp source:seo industry:retail');
    const opened = await openEditForm(ALICE, 'pl-PL');
    const team = await t.store.teams.ensure(TEAM_A.id);
    await t.store.pipelineWriter.updateLead(
      team.id,
      1,
      { company: 'Acme Corp', source: 'events', industry: 'logistics', ownerId: ALICE },
      1,
      BOB,
      t.clock.now(),
    );
    const stale = await t.slack.submitView(opened, {
      [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corp' },
      [LeadModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'seo' } },
      [LeadModalBlocks.industry]: { [INPUT_ACTION_ID]: 'fintech' },
    });
    const update = stale.body as {
      view: {
        blocks: {
          block_id?: string;
          element?: { initial_value?: string; initial_option?: { value?: string } };
        }[];
      };
    };
    const text = JSON.stringify(update.view);
    expect(text).toContain(`<@${BOB}> zapisał(a) L-1 (*Acme Corp*)`);
    expect(text).toContain('z wyjątkiem pól, które zmieniliście oboje: Branża');
    const field = (id: string) => update.view.blocks.find((block) => block.block_id === id)?.element;
    expect(field(LeadModalBlocks.industry)?.initial_value).toBe('fintech');
    expect(field(LeadModalBlocks.source)?.initial_option?.value).toBe('events');
    expect((await leadRows())[0]).toMatchObject({ source: 'events', industry: 'logistics', version: 2 });
  });
});
