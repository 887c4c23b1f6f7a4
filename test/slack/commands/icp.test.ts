import { ActionIds, CallbackIds, IcpModalBlocks, INPUT_ACTION_ID } from '../../../src/slack/ids';
import { ALICE, BOB, buttonAction, SALES, TEAM_A, TEAM_B } from '../../support/fixtures';
import { ICP_DATASET_NOW, seedIcpDataset } from '../../support/icpDataset';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
let teamId: string;

beforeEach(async () => {
  t = await startTestApp({ now: ICP_DATASET_NOW });
  // Editing the ICP is for admins and facilitators (docs/SECURITY.md); Alice and Bob run the meeting.
  t.fake.setUser(ALICE, { is_admin: true });
  t.fake.setUser(BOB, { is_admin: true });
  teamId = (await t.store.teams.ensure(TEAM_A.id)).id;
});

afterEach(async () => {
  await t.close();
});

/** Sends `/icp <text>` and returns the answer as JSON text (ack or response_url). */
async function icp(text: string, userId = ALICE): Promise<string> {
  const sent = await t.slack.sendCommand({ command: '/icp', text, userId, channelId: SALES });
  expect(sent.status).toBe(200);
  if (sent.body !== '') return JSON.stringify(sent.body);
  return JSON.stringify(
    (await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url)).body,
  );
}

function inJson(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

async function openEditor(userId = ALICE) {
  t.fake.clearCalls();
  await t.slack.sendCommand({ command: '/icp', text: 'edit', userId, channelId: SALES });
  return t.fake.waitFor('views.open');
}

function sectionValues(sections: Partial<Record<keyof typeof IcpModalBlocks, string>>) {
  return Object.fromEntries(
    Object.entries(IcpModalBlocks).map(([name, blockId]) => [
      blockId,
      { [INPUT_ACTION_ID]: sections[name as keyof typeof IcpModalBlocks] ?? null },
    ]),
  );
}

const FIRST = {
  industries: 'logistics, retail',
  companySize: 'enterprise',
  countries: 'DE, PL',
  decisionMaker: 'Head of operations',
  pains: 'Late deliveries\nNo visibility of the fleet',
  priorityProducts: 'routing',
};

describe('/icp edit, versions and history', () => {
  it('saves every edit as a version with a summary of what changed, and lists the history', async () => {
    const opened = await openEditor();
    const view = opened.json<{
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string }[];
    }>('view');
    expect(view?.callback_id).toBe(CallbackIds.icpEditModal);
    expect(view?.blocks.map((block) => block.block_id)).toEqual(Object.values(IcpModalBlocks));
    expect(JSON.parse(view?.private_metadata ?? '{}')).toEqual({ baseVersion: 0, channelId: SALES });

    const empty = await t.slack.submitView(opened, sectionValues({}));
    expect(empty.body).toEqual({
      response_action: 'errors',
      errors: {
        [IcpModalBlocks.industries]: 'The form is empty: write at least one section, or press Cancel',
      },
    });

    expect((await t.slack.submitView(opened, sectionValues(FIRST))).status).toBe(200);
    const firstSaved = await t.fake.waitFor('chat.postEphemeral');
    expect(firstSaved.allText()).toContain(
      'Saved ICP *version 1*\nFirst version: Industries, Company size, Countries, Decision maker, Pains, Priority products',
    );

    t.clock.advance(86_400_000);
    const reopened = await openEditor(BOB);
    const prefilled = reopened.json<{
      private_metadata: string;
      blocks: { block_id: string; element: { initial_value?: string } }[];
    }>('view');
    expect(JSON.parse(prefilled?.private_metadata ?? '{}')).toMatchObject({ baseVersion: 1 });
    expect(
      prefilled?.blocks.find((block) => block.block_id === IcpModalBlocks.pains)?.element.initial_value,
    ).toBe(FIRST.pains);

    const unchanged = await t.slack.submitView(reopened, sectionValues(FIRST), { userId: BOB });
    expect(unchanged.body).toEqual({
      response_action: 'errors',
      errors: {
        [IcpModalBlocks.industries]: 'Nothing changed since version 1: edit a section, or press Cancel',
      },
    });

    await t.slack.submitView(
      reopened,
      sectionValues({
        ...FIRST,
        industries: 'Logistics\nmanufacturing',
        pains: 'No visibility of the fleet\nLate deliveries',
        disqualifiers: 'Fewer than 10 orders a day',
      }),
      { userId: BOB },
    );
    await t.fake.waitFor('chat.postEphemeral', (call) => call.allText().includes('version 2'));

    const history = await icp('history');
    expect(history).toContain(
      inJson(
        '*v2* · 24 Nov 2026 · <@U0000BOB> — Industries: +manufacturing, −retail; Pains: reworded; Disqualifiers: +Fewer than 10 orders a day',
      ),
    );
    expect(history).toContain(inJson('*v1* · 23 Nov 2026 · <@U0000ALICE> — First version:'));
    expect(history.indexOf('*v2*')).toBeLessThan(history.indexOf('*v1*'));
    const rows = await t.database.prisma.icpVersion.findMany({
      where: { teamId },
      orderBy: { version: 'asc' },
    });
    expect(rows.map((row) => [row.version, row.changedById, JSON.parse(row.sections).industries])).toEqual([
      [1, ALICE, 'logistics, retail'],
      [2, BOB, 'Logistics\nmanufacturing'],
    ]);
  });

  it('does not overwrite a version saved meanwhile: it shows it and keeps the typed text', async () => {
    const opened = await openEditor();
    await t.store.icp.saveNext(
      teamId,
      0,
      { industries: 'finance' },
      { kind: 'first', sections: ['industries'] },
      BOB,
      t.clock.now(),
    );

    const stale = await t.slack.submitView(opened, sectionValues(FIRST));
    const update = stale.body as {
      response_action: string;
      view: {
        private_metadata: string;
        blocks: { block_id?: string; element?: { initial_value?: string } }[];
      };
    };
    expect(update.response_action).toBe('update');
    expect(JSON.stringify(update.view)).toContain(
      inJson('<@U0000BOB> saved *version 1* while you were editing (First version: Industries)'),
    );
    expect(
      update.view.blocks.find((block) => block.block_id === IcpModalBlocks.industries)?.element
        ?.initial_value,
    ).toBe('logistics, retail');
    expect(JSON.parse(update.view.private_metadata)).toEqual({ baseVersion: 1, channelId: SALES });

    await t.slack.submitView(update.view, sectionValues(FIRST));
    const saved = await t.fake.waitFor('chat.postEphemeral');
    expect(saved.allText()).toContain(
      'Saved ICP *version 2*\nIndustries: +logistics, +retail, −finance; Company size: +enterprise',
    );
  });

  it('words what changed in each reader’s language, and shows a version saved before that as stored', async () => {
    t.fake.setUser(ALICE, { locale: 'pl-PL' });
    t.fake.setUser(BOB, { locale: 'ru-RU' });
    const opened = await openEditor();
    // A version saved before changes were kept as facts holds the English sentence of its day.
    await t.database.prisma.icpVersion.create({
      data: {
        teamId,
        version: 1,
        sections: JSON.stringify({ industries: 'finance', pains: 'Late deliveries' }),
        summary: 'First version: Industries, Pains',
        changedById: BOB,
        changedAt: t.clock.now(),
      },
    });

    const stale = (await t.slack.submitView(opened, sectionValues(FIRST))).body as {
      view: { private_metadata: string };
    };
    expect(JSON.stringify(stale.view)).toContain(
      inJson('<@U0000BOB> zapisał(a) *wersję 1* w trakcie twojej edycji (First version: Industries, Pains)'),
    );
    await t.slack.submitView(
      stale.view,
      sectionValues({ industries: 'Finance, retail, food, toys, cars, games', pains: 'Late  deliveries' }),
    );
    const saved = await t.fake.waitFor('chat.postEphemeral');
    expect(saved.allText()).toContain(
      'Zapisano ICP, *wersja 2*\nBranże: +retail, +food, +toys, +cars, +jeszcze 1; Problemy klienta: przeredagowano',
    );

    const history = await icp('history', BOB);
    expect(history).toContain(
      inJson(
        '<@U0000ALICE> — Отрасли: +retail, +food, +toys, +cars, +ещё 1; Боли клиента: переформулировано',
      ),
    );
    expect(history).toContain(inJson('<@U0000BOB> — First version: Industries, Pains'));
  });

  it('keeps notes for the next meeting and shows them under /icp', async () => {
    const noted = await icp('note three logistics wins came from the Poznań fair & <b>more</b>');
    expect(noted).toContain(
      inJson(
        'Noted for the next meeting:\n>three logistics wins came from the Poznań fair &amp; &lt;b&gt;more&lt;/b&gt;',
      ),
    );
    expect(noted).toContain('1 open ICP note');
    expect(await t.database.prisma.icpNote.findMany({ where: { teamId } })).toEqual([
      expect.objectContaining({
        text: 'three logistics wins came from the Poznań fair & <b>more</b>',
        authorId: ALICE,
        discussedAt: null,
      }),
    ]);
    const shown = await icp('');
    expect(shown).toContain(
      inJson(':memo: *Notes for the next meeting* (1)\n• 23 Nov 2026 · <@U0000ALICE>: three logistics wins'),
    );
  });

  it.each([
    ['frobnicate', '*icp*: “frobnicate” is not an /icp command; use edit, history, note <text> or help'],
    ['note', '*note*: The note has no text'],
    ['history please', '*icp*: “history please” is not an /icp command'],
  ])('rejects /icp %s with the problem and the text echoed back', async (text, expected) => {
    const answer = await icp(text);
    expect(answer).toContain(inJson(expected.replace(/</g, '&lt;').replace(/>/g, '&gt;')));
    expect(answer).toContain(inJson(`/icp ${text}`));
  });
});

describe('/icp: the written profile next to the data', () => {
  it('shows sections side by side with counts, "too few", mismatch flags and sales-ready signals', async () => {
    const otherTeamId = (await t.store.teams.ensure(TEAM_B.id)).id;
    await seedIcpDataset(t.database.prisma, teamId, otherTeamId);
    const opened = await openEditor();
    await t.slack.submitView(opened, sectionValues({ ...FIRST, industries: 'logistics, manufacturing' }));
    await t.fake.waitFor('chat.postEphemeral');

    const shown = await icp('');
    for (const expected of [
      '*Ideal customer profile* — version 1, saved by <@U0000ALICE> on 23 Nov 2026',
      'Data: the 20 leads created in the last 180 days (since 27 May 2026); 7 won (35 %), 9 reached an offer.',
      '*Industries* (written)\nlogistics, manufacturing',
      '*Industry*\n*retail* — 5 of 7 wins (71 %) · won 5/7 (71 %) · lift 2.0',
      '✓ *logistics* — 1 of 7 wins (14 %) · won 1/8 (13 %) · lift 0.4',
      '*finance* — 1 of 7 wins (14 %) · 2 leads: too few',
      '_not set: 3 leads, 0 won_',
      '*Mid-market* — 0 of 7 wins (0 %) · 3 leads: too few',
      '• ICP says enterprise; 6 of 7 wins (86 %) were SMB',
      '• retail (industry) has lift 2.0 but is not in the ICP (won 5 of 7 leads, 71 % vs 35 % overall)',
      '• Product *analytics*: 5 of 5 leads reached an offer (100 %), after 10 days on average',
      '• Industry *retail*: 6 of 7 leads reached an offer (86 %), after 13.3 days on average',
      '*Pains* (written)\nLate deliveries\nNo visibility of the fleet',
    ]) {
      expect(shown).toContain(inJson(expected));
    }
  });

  it('checks each written attribute on its own: a head count does not join the segment flag', async () => {
    const otherTeamId = (await t.store.teams.ensure(TEAM_B.id)).id;
    await seedIcpDataset(t.database.prisma, teamId, otherTeamId);
    const opened = await openEditor();
    await t.slack.submitView(opened, sectionValues({ ...FIRST, companySize: 'enterprise, 201-1000' }));
    await t.fake.waitFor('chat.postEphemeral');

    const shown = await icp('');
    // Segment: 6 of the 7 wins are SMB (leads 1–6), 1 enterprise (lead 11); the written segment
    // is "enterprise" alone, the head count "201-1000" is checked against company sizes.
    expect(shown).toContain(inJson('• ICP says enterprise; 6 of 7 wins (86 %) were SMB'));
    expect(shown).not.toContain(inJson('ICP says enterprise, 201-1000'));
  });

  it('answers with the data alone before anything is written, and the buttons open the form and the history', async () => {
    const sent = await t.slack.sendCommand({ command: '/icp', text: '', channelId: SALES });
    const answer = await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
    expect(answer.allText()).toContain('*Ideal customer profile* — nothing written yet.');
    expect(answer.allText()).toContain('Data: the 0 leads created in the last 180 days');

    t.fake.clearCalls();
    await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.icpEdit, { value: 'edit' }),
      message: answer,
      channelId: SALES,
    });
    const opened = await t.fake.waitFor('views.open');
    expect(opened.json<{ callback_id: string }>('view')?.callback_id).toBe(CallbackIds.icpEditModal);

    const click = await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.icpHistory, { value: 'history' }),
      message: answer,
      channelId: SALES,
    });
    const history = await t.fake.waitFor('response_url', (call) => call.url === click.sent.response_url);
    expect(history.allText()).toContain('No written ICP yet. Write the first version with `/icp edit`.');
  });
});
