import { LogLevel } from '@slack/bolt';
import { ALICE, BOB } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { clickUndo, dealRow, eventRows, leadRow, run } from '../pipelineSupport';

let t: TestApp;
const MINUTE = 60_000;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

const deal = (text: string, userId = ALICE) => run(t, '/deal', text, userId);
const lead = (text: string, userId = ALICE) => run(t, '/lead', text, userId);

describe('undoing deal changes', () => {
  it('takes a move back: the deal returns to its stage and the event is gone; a second click says so', async () => {
    await lead('Acme Corp');
    await deal('L-1 offer value:1000');
    t.clock.advance(MINUTE);
    const moved = await deal('D-1 negotiation discount:10');
    expect((await dealRow(t, 1))?.version).toBe(2);

    t.clock.advance(14 * MINUTE);
    const undone = await clickUndo(t, moved);
    expect(undone.text).toContain('Undone: `D-1` is back in *Offer*');
    expect(undone.call?.body.replace_original).toBe(true);
    expect(await dealRow(t, 1)).toMatchObject({
      stage: 'OFFER',
      discountPct: null,
      negotiationRounds: 0,
      version: 3,
    });
    expect((await eventRows(t, 1)).map((event) => event.toStage)).toEqual(['OFFER']);

    expect((await clickUndo(t, moved)).text).toContain('This change to `D-1` was already undone');
  });

  it('takes an edit of the value back, with the row that recorded the new terms', async () => {
    await lead('Acme Corp');
    await deal('L-1 offer');
    t.clock.advance(MINUTE);
    const edited = await deal('D-1 offer value:2000');
    expect((await eventRows(t, 1)).map((event) => [event.kind, event.valueMinor])).toEqual([
      ['create', null],
      ['update', 200000],
    ]);
    expect((await t.database.prisma.dealFact.findFirstOrThrow()).firstOfferValueMinor).toBe(200000n);

    const undone = await clickUndo(t, edited);
    expect(undone.text).toContain('Undone');
    expect((await eventRows(t, 1)).map((event) => event.kind)).toEqual(['create']);
    expect((await t.database.prisma.dealFact.findFirstOrThrow()).firstOfferValueMinor).toBeNull();
  });

  it('takes a new deal back and returns its lead to not qualified', async () => {
    await lead('Acme Corp');
    const created = await deal('L-1 qualified');
    expect((await leadRow(t, 1))?.status).toBe('qualified');
    const undone = await clickUndo(t, created);
    expect(undone.text).toContain('Undone: deal `D-1` is removed. Its lead is back to not qualified.');
    expect(await dealRow(t, 1)).toBeNull();
    expect(await leadRow(t, 1)).toMatchObject({ status: 'new', qualifiedAt: null });
    const changes = await t.database.prisma.change.findMany({
      orderBy: [{ entityType: 'asc' }, { action: 'asc' }],
    });
    expect(changes.map((change) => [change.entityType, change.action, change.undoneAt !== null])).toEqual([
      ['deal', 'create', true],
      ['lead', 'create', false],
      ['lead', 'qualify', true],
    ]);
  });

  it('refuses after 15 minutes', async () => {
    await lead('Acme Corp');
    await deal('L-1 offer value:1000');
    const moved = await deal('D-1 negotiation');
    t.clock.advance(15 * MINUTE + 1000);
    const refused = await clickUndo(t, moved);
    expect(refused.text).toContain(
      'This change to `D-1` was made 15 minutes ago; undo works for 15 minutes.',
    );
    expect(refused.call?.body.replace_original).toBe(false);
    expect((await dealRow(t, 1))?.stage).toBe('NEGOTIATION');
  });

  it('refuses when someone changed the deal since, and to anyone but the author', async () => {
    await lead('Acme Corp');
    await deal('L-1 offer value:1000');
    t.clock.advance(MINUTE);
    const mine = await deal('D-1 negotiation');
    expect((await clickUndo(t, mine, BOB)).text).toContain(
      'Only <@U0000ALICE>, who made this change to `D-1`, can undo it.',
    );

    t.clock.advance(MINUTE);
    await deal('D-1 won value:900', BOB);
    const refused = await clickUndo(t, mine);
    expect(refused.text).toContain('`D-1` was changed since, by <@U0000BOB> at 23 Nov 2026 10:02');
    expect((await dealRow(t, 1))?.stage).toBe('WON');
  });
});

describe('undoing lead changes', () => {
  it('removes a lead just added, and restores one after qualify', async () => {
    const added = await lead('Acme Corp source:seo');
    const qualified = await lead('qualify L-1');
    expect((await clickUndo(t, added)).text).toContain('`L-1` was changed since, by <@U0000ALICE>');

    const unqualified = await clickUndo(t, qualified);
    expect(unqualified.text).toContain('Undone: `L-1` is back to what it was before your qualify.');
    expect(await leadRow(t, 1)).toMatchObject({
      status: 'new',
      qualifiedAt: null,
      statusChangedAt: null,
      version: 3,
    });

    const second = await lead('Beta Ltd');
    expect((await clickUndo(t, second)).text).toContain('Undone: lead `L-2` is removed.');
    expect(await leadRow(t, 2)).toBeNull();
  });

  it('keeps a lead that already has a deal', async () => {
    const added = await lead('Acme Corp');
    await deal('L-1 lead');
    expect((await clickUndo(t, added)).text).toContain('`L-1` already has deal `D-1`, so it is kept.');
    expect(await leadRow(t, 1)).not.toBeNull();
  });
});

describe('two Undo clicks at once', () => {
  it('takes a move back once: one click answers "Undone", the other "already undone"', async () => {
    await lead('Acme Corp');
    await deal('L-1 offer value:1000');
    t.clock.advance(MINUTE);
    const moved = await deal('D-1 negotiation discount:10');
    expect((await dealRow(t, 1))?.version).toBe(2);

    const answers = await Promise.all([clickUndo(t, moved), clickUndo(t, moved)]);
    const texts = answers.map((answer) => answer.text);
    expect(texts.filter((text) => text.includes('Undone: `D-1` is back in *Offer*'))).toHaveLength(1);
    expect(texts.filter((text) => text.includes('This change to `D-1` was already undone'))).toHaveLength(1);
    expect(await dealRow(t, 1)).toMatchObject({ stage: 'OFFER', version: 3 });
    expect((await eventRows(t, 1)).map((event) => event.toStage)).toEqual(['OFFER']);
    expect(t.logger.lines.filter((line) => line.level === LogLevel.ERROR)).toEqual([]);
  });

  it('removes a new deal once, without an error for the second click', async () => {
    await lead('Acme Corp');
    const created = await deal('L-1 qualified');

    const answers = await Promise.all([clickUndo(t, created), clickUndo(t, created)]);
    const texts = answers.map((answer) => answer.text);
    expect(texts.filter((text) => text.includes('Undone: deal `D-1` is removed.'))).toHaveLength(1);
    expect(texts.filter((text) => text.includes('already undone'))).toHaveLength(1);
    expect(await dealRow(t, 1)).toBeNull();
    expect(await leadRow(t, 1)).toMatchObject({ status: 'new', version: 3 });
    expect(t.logger.lines.filter((line) => line.level === LogLevel.ERROR)).toEqual([]);
  });
});
