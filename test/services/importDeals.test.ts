import { ALICE } from '../support/fixtures';
import {
  createImportFixture,
  detailsOf,
  type ImportFixture,
  outcomes,
  refuseInserts,
} from '../support/importFixture';
import { moneyAsNumber } from '../../src/store/db/moneyColumns';

/** `npm run import` of deals, through the service, on SQLite and (TEST_POSTGRES_URL) PostgreSQL. */
let f: ImportFixture;

const LEADS = [
  'ID,Company,Email,Created',
  'A-1,Acme,anna@acme.pl,2026-10-01',
  'A-2,Beta,b@beta.pl,2026-10-02',
  'A-3,Gamma,g@gamma.pl,2026-10-03',
].join('\n');

const DEALS = [
  'Deal ID,Lead,Stage,Amount,Currency,Lost reason,Created,Closed',
  'O-1,A-1,Closed Won,"18 000,00",PLN,,2026-10-05,20.11.2026 15:30',
  'O-2,L-2,Offer,12000 EUR,,,2026-10-10,',
  'O-3,A-3,Lost,,,price,2026-10-11,2026-11-01',
  'O-4,A-9,Offer,100,,,,',
  'O-5,A-1,Won,,,,,',
  'O-6,A-2,Qualified,,,,,2026-11-01',
  'O-7,A-2,sideways,,,,,',
].join('\n');

beforeEach(async () => {
  f = await createImportFixture();
  await f.run('leads', LEADS, { apply: true });
});

afterEach(async () => {
  await f.destroy();
});

async function dealByExternalId(externalId: string) {
  return moneyAsNumber(
    await f.database.prisma.deal.findFirstOrThrow({
      where: { externalId },
      include: { events: true, lead: true },
    }),
  );
}

describe('importing deals', () => {
  it('dry run: shows the deals it would open and why each other row is rejected', async () => {
    const report = await f.run('deals', DEALS);
    expect(outcomes(report)).toEqual([
      [2, 'create', 'L-1 Acme: Won'],
      [3, 'create', 'L-2 Beta: Offer'],
      [4, 'create', 'L-3 Gamma: Lost'],
      [5, 'reject', 'O-4: A-9, Offer'],
      [6, 'create', 'L-1 Acme: Won'],
      [7, 'reject', 'O-6: A-2, Qualified'],
      [8, 'reject', 'O-7: A-2, sideways'],
    ]);
    expect(detailsOf(report, 5)).toEqual([
      '“Lead” (Lead (external id or L-12)): no lead has the CRM id or number “A-9”; import the leads first',
    ]);
    expect(detailsOf(report, 7)).toEqual([
      '“Closed” (Closed): is only for won or lost deals; this one is in Qualified',
    ]);
    expect(detailsOf(report, 8)).toEqual([
      expect.stringMatching(/^“Stage” \(Stage\): “sideways” is not a stage; stages are lead, /),
    ]);
    expect(await f.database.prisma.deal.count()).toBe(0);
    expect(await f.database.prisma.stageEvent.count()).toBe(0);
  });

  it('apply: opens each deal in its stage with one stage event at its date, qualifies its lead, and a re-run changes nothing', async () => {
    await f.run('deals', DEALS, { apply: true });
    const won = await dealByExternalId('O-1');
    expect(won).toMatchObject({
      number: 1,
      stage: 'WON',
      valueMinor: 1_800_000,
      currency: 'PLN',
      ownerId: ALICE,
      createdById: ALICE,
      createdAt: new Date('2026-10-04T22:00:00Z'),
      closedAt: new Date('2026-11-20T14:30:00Z'),
    });
    expect(won.events).toEqual([
      expect.objectContaining({
        fromStage: null,
        toStage: 'WON',
        kind: 'create',
        at: new Date('2026-11-20T14:30:00Z'),
        valueMinor: 1_800_000,
        byUserId: ALICE,
      }),
    ]);
    expect(won.lead).toMatchObject({ status: 'qualified', qualifiedAt: new Date('2026-11-20T14:30:00Z') });
    expect(await dealByExternalId('O-2')).toMatchObject({
      stage: 'OFFER',
      valueMinor: 1_200_000,
      currency: 'EUR',
    });
    const lost = await dealByExternalId('O-3');
    expect(lost).toMatchObject({
      stage: 'LOST',
      lostReason: 'price',
      closedAt: new Date('2026-10-31T23:00:00Z'),
    });
    expect(lost.events[0]).toMatchObject({ toStage: 'LOST', reason: 'price' });
    expect(lost.lead.status).toBe('new');
    // A win the CRM recorded without an amount is a win of unknown value.
    expect(await dealByExternalId('O-5')).toMatchObject({ stage: 'WON', valueMinor: null });
    expect(await f.database.prisma.change.count({ where: { entityType: 'deal', action: 'create' } })).toBe(4);

    const again = await f.run('deals', DEALS, { apply: true });
    expect(
      outcomes(again)
        .slice(0, 3)
        .map(([line, outcome]) => [line, outcome]),
    ).toEqual([
      [2, 'unchanged'],
      [3, 'unchanged'],
      [4, 'unchanged'],
    ]);
    expect(await f.database.prisma.deal.count()).toBe(4);
    expect(await f.database.prisma.stageEvent.count()).toBe(4);
  });

  it('moves a deal the CRM has in another stage with the /deal rules, and refuses to move a closed one', async () => {
    await f.run('deals', DEALS, { apply: true });
    const file = ['Deal ID,Lead,Stage,Discount', 'O-2,A-2,Negotiation,5%', 'O-1,A-1,Offer,'].join('\n');
    const report = await f.run('deals', file, { apply: true });
    expect(outcomes(report)).toEqual([
      [2, 'update', 'D-2 Beta'],
      [3, 'reject', 'D-1 Acme'],
    ]);
    expect(detailsOf(report, 2)).toEqual(['stage Offer → Negotiation', 'discount']);
    expect(detailsOf(report, 3)).toEqual([
      '“Stage” (Stage): D-1 is won in Tandem; reopen it with /deal D-1 reopen before importing another stage',
    ]);
    const moved = await dealByExternalId('O-2');
    expect(moved).toMatchObject({ stage: 'NEGOTIATION', discountPct: 5, negotiationRounds: 1, version: 2 });
    expect(moved.events.map((event) => [event.fromStage, event.toStage, event.kind])).toEqual([
      [null, 'OFFER', 'create'],
      ['OFFER', 'NEGOTIATION', 'forward'],
    ]);
    expect(moved.events[1]?.at).toEqual(f.clock.now());
    expect((await dealByExternalId('O-1')).stage).toBe('WON');
  });

  it('without an id column, matches a deal by its lead (company) and stage and updates its terms', async () => {
    await f.run('deals', DEALS, { apply: true });
    const report = await f.run('deals', 'Firma,Etap,Wartość\nBeta,Offer,"13 500"\nGamma,Lost,\n', {
      apply: true,
      currency: 'EUR',
    });
    expect(outcomes(report)).toEqual([
      [2, 'update', 'D-2 Beta'],
      [3, 'unchanged', 'D-3 Gamma'],
    ]);
    expect(detailsOf(report, 2)).toEqual(['value']);
    const updated = await dealByExternalId('O-2');
    expect(updated).toMatchObject({ valueMinor: 1_350_000, stage: 'OFFER', version: 2 });
    // No stage change; the new value is recorded as a kind `update` row in OFFER (docs/METRICS.md).
    expect(updated.events.map((event) => [event.kind, event.toStage, event.valueMinor])).toEqual([
      ['create', 'OFFER', 1_200_000],
      ['update', 'OFFER', 1_350_000],
    ]);
    expect(await f.database.prisma.change.count({ where: { entityType: 'deal', action: 'update' } })).toBe(1);
  });

  it('writes the new deals of a file together: one failing write leaves none of them, nor their counter steps or qualifications', async () => {
    await refuseInserts(f.database, 'StageEvent', 'reason', 'explode');
    const file = [
      'Deal ID,Lead,Stage,Amount,Reason',
      'O-8,A-2,Offer,100,',
      'O-9,A-3,Offer,200,explode',
      'O-10,A-1,Discovery,300,',
    ].join('\n');
    const report = await f.run('deals', file, { apply: true, currency: 'EUR' });
    expect(outcomes(report)).toEqual([
      [2, 'failed', 'L-2 Beta: Offer'],
      [3, 'failed', 'L-3 Gamma: Offer'],
      [4, 'failed', 'L-1 Acme: Discovery'],
    ]);
    expect(detailsOf(report, 3)[0]).toContain('StageEvent refused by test trigger');
    expect(detailsOf(report, 3)[0]).toContain('none of the 3 new rows was written');
    expect(await f.database.prisma.deal.count()).toBe(0);
    // The bulk transaction rolled back the deals, their counter steps and their leads' qualification.
    const gamma = await f.database.prisma.lead.findFirstOrThrow({ where: { externalId: 'A-3' } });
    expect(gamma.status).toBe('new');
    expect(await f.database.prisma.stageEvent.count()).toBe(0);
    expect(await f.database.prisma.change.count({ where: { entityType: 'deal' } })).toBe(0);
    const team = await f.database.prisma.team.findUniqueOrThrow({ where: { id: f.team.id } });
    expect(team.dealCounter).toBe(0);

    // Once the refusal is gone, the same file goes in whole.
    const again = await f.run('deals', file.replace('explode', 'fine'), { apply: true, currency: 'EUR' });
    expect(outcomes(again).map(([, outcome]) => outcome)).toEqual(['create', 'create', 'create']);
    expect((await f.database.prisma.team.findUniqueOrThrow({ where: { id: f.team.id } })).dealCounter).toBe(
      3,
    );
  });
});
