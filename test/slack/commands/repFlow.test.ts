import { planStageMove } from '../../../src/domain/stageMove';
import { ActionIds } from '../../../src/slack/ids';
import { ALICE, BOB, buttonAction } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { type Answer, DAY, buttonValue, dealRow, leadRow, run, teamId } from '../pipelineSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

const lead = (text: string, userId = ALICE) => run(t, '/lead', text, userId);
const deal = (text: string, userId = ALICE) => run(t, '/deal', text, userId);

/** The buttons of an answer with `actionId`, as label and value. */
function buttons(answer: Answer, actionId: string): { label: string; value: string }[] {
  return answer.blocks.flatMap((block) =>
    (block.elements ?? [])
      .filter((element) => element.action_id === actionId)
      .map((element) => ({
        label: (element as { text?: { text?: string } }).text?.text ?? '',
        value: element.value ?? '',
      })),
  );
}

/** Clicks the button of `answer` whose label contains `label`; returns what replaced the message. */
async function press(answer: Answer, actionId: string, label: string, userId = ALICE): Promise<Answer> {
  const chosen = buttons(answer, actionId).find((each) => each.label.includes(label));
  if (!chosen) throw new Error(`no ${actionId} button “${label}” in: ${JSON.stringify(answer.blocks)}`);
  const sent = await t.slack.sendBlockActions({
    actions: buttonAction(actionId, { value: chosen.value }),
    message: { ts: '1700000000.000100', blocks: answer.blocks },
    userId,
    ephemeral: true,
  });
  const call = await t.fake.waitFor('response_url', (each) => each.url === sent.sent.response_url);
  expect(call.body.replace_original).toBe(true);
  return { text: call.allText(), blocks: (call.json('blocks') as Answer['blocks']) ?? [], call };
}

/** The first command after start may wait on a loaded machine (connections, first queries): longer wait. */
async function firstLead(text: string): Promise<Answer> {
  const sent = await t.slack.sendCommand({ command: '/lead', text, userId: ALICE });
  const call = await t.fake.waitFor('response_url', (each) => each.url === sent.sent.response_url, 20_000);
  return { text: call.allText(), blocks: (call.json('blocks') as Answer['blocks']) ?? [], call };
}

async function secondOpenDeal(leadNumber: number): Promise<void> {
  const leadRecord = await t.store.leads.getByNumber(await teamId(t), leadNumber);
  const plan = planStageMove(null, 'DISCOVERY');
  if (!plan.ok) throw new Error('a new deal can always be created');
  await t.store.pipelineWriter.createDeal({
    teamId: leadRecord.teamId,
    leadId: leadRecord.id,
    plan: plan.plan,
    terms: {},
    currency: 'PLN',
    actorId: BOB,
    at: t.clock.now(),
  });
}

describe('the short path: new lead → offer → won', () => {
  it('offers [Open deal] on a new lead, moves the only open deal by lead id or company, and wins at the offer less discount', async () => {
    const added = await firstLead('Acme Corp source:seo note:met at the fair in Poznań');
    expect((await leadRow(t, 1))?.note).toBe('met at the fair in Poznań');
    expect(buttons(added, ActionIds.leadOpenDeal).map((each) => each.label)).toEqual(['Open deal']);

    t.fake.clearCalls();
    await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.leadOpenDeal, { value: buttonValue(added, ActionIds.leadOpenDeal) }),
      message: { ts: '1700000000.000100', blocks: added.blocks },
      userId: ALICE,
      ephemeral: true,
    });
    const form = await t.fake.waitFor('views.open');
    expect(form.allText()).toContain('L-1');

    const offer = await deal('L-1 offer value:12 000 zł');
    expect(await dealRow(t, 1)).toMatchObject({ stage: 'OFFER', valueMinor: 1_200_000, currency: 'PLN' });
    expect(buttons(offer, ActionIds.dealMove).map((each) => each.label)).toEqual(['Move…']);

    t.clock.advance(DAY);
    const negotiation = await deal('L-1 negotiation discount:10%');
    expect(negotiation.text).toContain('Moved `D-1` *Acme Corp* · Offer → Negotiation');
    expect(negotiation.text).toContain('`D-1` is the only open deal of `L-1`, so that is the one moved');
    expect(await t.database.prisma.deal.count()).toBe(1);

    t.clock.advance(DAY);
    const won = await deal('acme corp. won');
    expect(won.text).toContain('Negotiation → Won');
    expect(won.text).toContain(
      'won value PLN\u00a010,800: the offer’s PLN\u00a012,000 less the 10 % discount, as no value was given',
    );
    expect(await dealRow(t, 1)).toMatchObject({ stage: 'WON', valueMinor: 1_080_000, discountPct: 10 });
  });

  it('runs the README’s short path without a single id typed', async () => {
    await lead('Acme Corp source:seo');
    await deal('acme offer value:12000');
    const won = await deal('acme won');
    expect(won.text).toContain('Offer → Won');
    expect(await dealRow(t, 1)).toMatchObject({ stage: 'WON', valueMinor: 1_200_000 });
  });

  it('lists several open deals of a lead as buttons, and the chosen one makes the move', async () => {
    await lead('Globex');
    await deal('L-1 discovery');
    await secondOpenDeal(1);

    const asked = await deal('L-1 offer value:9000');
    expect(asked.text).toContain('`L-1` *Globex* has 2 open deals. Which one do you mean?');
    expect(buttons(asked, ActionIds.dealRun).map((each) => each.label)).toEqual([
      'D-1 · Discovery',
      'D-2 · Discovery',
    ]);
    expect(await dealRow(t, 2)).toMatchObject({ stage: 'DISCOVERY' });

    const moved = await press(asked, ActionIds.dealRun, 'D-2');
    expect(moved.text).toContain('Moved `D-2` *Globex* · Discovery → Offer');
    expect(await dealRow(t, 2)).toMatchObject({ stage: 'OFFER', valueMinor: 900_000 });
    expect(await dealRow(t, 1)).toMatchObject({ stage: 'DISCOVERY' });
  });

  it('names a company that matches no lead, and asks which lead when several share the name', async () => {
    const none = await deal('Initech won value:100');
    expect(none.text).toContain('no lead of this team is called “Initech”');
    expect(none.text).toContain('```/deal Initech won value:100```');

    await lead('Hooli Sp. z o.o.');
    // The same company by the duplicate check too: added anyway, as two leads.
    await press(await lead('Hooli'), ActionIds.leadAddAnyway, 'Add anyway');
    const asked = await deal('HOOLI qualified');
    expect(asked.text).toContain('2 leads are called “HOOLI”. Which one do you mean?');
    const created = await press(asked, ActionIds.dealRun, 'L-2');
    expect(created.text).toContain('Created `D-1` *Hooli*');
  });
});

describe('near misses, bare ids and echoes', () => {
  it('asks “did you mean show?” instead of adding a lead called “shwo L-1”, and still allows it on confirming', async () => {
    await lead('Acme');
    const asked = await lead('shwo L-1');
    expect(asked.text).toContain('Did you mean `/lead show L-1`?');
    expect(await t.database.prisma.lead.count()).toBe(1);

    const shown = await press(asked, ActionIds.leadRun, 'Yes, show');
    expect(shown.text).toContain('`L-1` *Acme*');
    expect(await t.database.prisma.lead.count()).toBe(1);

    const again = await lead('shwo L-1');
    const literal = await press(again, ActionIds.leadRun, 'No, add a lead');
    expect(literal.text).toContain('*shwo L-1*');
    expect((await leadRow(t, 2))?.company).toBe('shwo L-1');

    await lead('"Show" source:seo');
    expect((await leadRow(t, 3))?.company).toBe('Show');
  });

  it('reads /lead show 2 as L-2 and asks about /lead lsit and /deal lsit', async () => {
    await lead('Acme');
    await lead('Globex');
    expect((await lead('show 2')).text).toContain('`L-2` *Globex*');
    expect((await lead('lsit')).text).toContain('Did you mean `/lead list`?');
    const dealList = await deal('lsit');
    expect(dealList.text).toContain('Did you mean `/deal list`?');
    const listed = await press(dealList, ActionIds.dealRun, 'Yes, list');
    expect(listed.text).not.toContain('Did you mean');
  });

  it('echoes a rejected line exactly as typed, with mentions as @name', async () => {
    const rejected = await lead(`Acme email:not-an-email owner:<@${BOB}|bob> note:"hi"`);
    expect(rejected.text).toContain('```/lead Acme email:not-an-email owner:@bob note:"hi"```');
    expect(rejected.text).not.toContain('&lt;@');
  });
});

describe('in Polish', () => {
  beforeEach(() => {
    t.fake.setUser(ALICE, { locale: 'pl-PL' });
  });

  it('asks in Polish, chooses among deals in Polish and says how the won value was found', async () => {
    await lead('Acme');
    const asked = await lead('lsit');
    expect(asked.text).toContain('Czy chodziło o `/lead list`?');
    expect(buttons(asked, ActionIds.leadRun).map((each) => each.label)).toEqual([
      'Tak, list',
      'Nie, dodaj lead „lsit”',
    ]);

    await deal('L-1 oferta wartość:8 000 zł rabat:5%');
    expect(await dealRow(t, 1)).toMatchObject({ valueMinor: 800_000, currency: 'PLN' });
    const won = await deal('Acme wygrana');
    expect(won.text).toContain('`D-1` to jedyna otwarta transakcja leada `L-1`');
    // Polish money keeps no-break spaces, so Slack never wraps an amount.
    expect(won.text).toContain(
      'wartość wygranej 7600\u00a0PLN: oferta 8000\u00a0PLN pomniejszona o rabat 5%',
    );
    expect(await dealRow(t, 1)).toMatchObject({ stage: 'WON', valueMinor: 760_000 });

    await lead('Globex');
    await deal('L-2 discovery');
    await secondOpenDeal(2);
    const which = await deal('L-2 oferta');
    expect(which.text).toContain('ma 2 otwarte transakcje. O którą chodzi?');
  });
});

describe('duplicate warnings', () => {
  it('say whether the company or the email matched, punctuation and legal forms aside', async () => {
    await lead('Acme Corp email:anna@acme.pl', BOB);
    await lead('"Nowak Sp. z o.o." email:jan@nowak.pl', BOB);

    const byCompany = await lead('Acme Corp. source:seo');
    expect(byCompany.text).toContain(
      '`L-1` *Acme Corp* — added by <@U0000BOB> on 23 Nov 2026 · same company',
    );
    const byEmail = await lead('Globex email:ANNA@acme.pl');
    expect(byEmail.text).toContain('`L-1` *Acme Corp* — added by <@U0000BOB> on 23 Nov 2026 · same email');
    const byBoth = await lead('nowak email:jan@nowak.pl');
    expect(byBoth.text).toContain(
      '*Nowak Sp. z o.o.* — added by <@U0000BOB> on 23 Nov 2026 · same company and email',
    );
    expect(await t.database.prisma.lead.count()).toBe(2);
  });

  it('say it in Russian, matching ООО «Ромашка» to Ромашка', async () => {
    t.fake.setUser(ALICE, { locale: 'ru-RU' });
    await lead('"ООО «Ромашка»"', BOB);
    const warned = await lead('Ромашка');
    expect(warned.text).toContain('· та же компания');
    expect(await t.database.prisma.lead.count()).toBe(1);
  });
});
