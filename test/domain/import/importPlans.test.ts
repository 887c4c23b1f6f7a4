import { planDealImport, type StoredDeal, type StoredLeadRef } from '../../../src/domain/import/dealImport';
import { readDealRow } from '../../../src/domain/import/dealRows';
import { planLeadImport, readLeadRow, type StoredLead } from '../../../src/domain/import/leadImport';
import { planSpendImport, readSpendRow } from '../../../src/domain/import/spendImport';

const NOW = new Date('2026-11-30T09:00:00Z');
const values = (entries: Record<string, string>) => new Map(Object.entries(entries));

function storedLead(overrides: Partial<StoredLead & StoredLeadRef>): StoredLead & StoredLeadRef {
  return {
    id: 'lead1',
    number: 1,
    version: 1,
    externalId: null,
    company: 'Acme',
    companyKey: 'acme',
    email: null,
    source: null,
    industry: null,
    segment: null,
    companySize: null,
    country: null,
    contactName: null,
    product: null,
    heardFrom: null,
    promptedBy: null,
    campaign: null,
    ownerId: 'U0000BOB',
    note: null,
    createdAt: new Date('2026-10-01T00:00:00Z'),
    ...overrides,
  };
}

describe('planLeadImport', () => {
  const context = { channelKeys: ['seo'], timeZone: 'UTC', now: NOW };
  const read = (line: number, entries: Record<string, string>) => readLeadRow(line, values(entries), context);

  it('matches by company and email, refusing to guess between two stored leads', () => {
    const stored = [storedLead({ id: 'a', number: 3 }), storedLead({ id: 'b', number: 7 })];
    const [line] = planLeadImport([read(2, { company: 'ACME' })], stored);
    expect(line).toEqual({
      line: 2,
      action: 'reject',
      subject: 'ACME',
      problems: [
        {
          field: 'company',
          message: 'matches L-3, L-7 (same company and email); add an id column to tell them apart',
        },
      ],
    });
  });

  it('treats a stored lead with another CRM id as another record, and two rows claiming one lead as a conflict', () => {
    const stored = [
      storedLead({ externalId: 'X-9' }),
      storedLead({ id: 'plain', number: 2, companyKey: 'beta', company: 'Beta' }),
    ];
    const plan = planLeadImport(
      [
        read(2, { id: 'X-1', company: 'Acme' }),
        read(3, { id: 'B-1', company: 'Beta' }),
        read(4, { id: 'B-2', company: 'Beta' }),
      ],
      stored,
    );
    expect(plan.map((line) => line.action)).toEqual(['create', 'update', 'reject']);
    expect(plan[2]).toMatchObject({ problems: [{ message: 'matches L-2, which line 3 imports' }] });
  });

  it('reports an unchanged lead, and never treats an empty cell as a change', () => {
    const stored = [storedLead({ email: 'a@acme.pl', source: 'seo' })];
    const plan = planLeadImport([read(2, { company: 'Acme', email: 'A@acme.pl' })], stored);
    expect(plan).toEqual([{ line: 2, action: 'unchanged', subject: 'L-1 Acme' }]);
  });
});

describe('planDealImport', () => {
  const lead = storedLead({ externalId: 'A-1' });
  const deal = (overrides: Partial<StoredDeal>): StoredDeal => ({
    id: 'deal1',
    number: 1,
    leadId: lead.id,
    externalId: null,
    stage: 'OFFER',
    version: 1,
    stageEnteredAt: new Date('2026-11-01T00:00:00Z'),
    valueMinor: 100_00,
    currency: 'EUR',
    discountPct: null,
    expectedCloseDate: null,
    problems: null,
    desiredOutcomes: null,
    offerRequestedAt: null,
    offerSentAt: null,
    negotiationNotes: null,
    ...overrides,
  });
  const context = { currency: 'EUR', lostReasons: [{ key: 'price', label: 'Price too high' }], now: NOW };
  const read = (entries: Record<string, string>) =>
    readDealRow(2, values(entries), { timeZone: 'UTC', now: NOW });

  it('refuses two stored deals of the lead in the stage, a deal dated before its lead, and an open deal with a closing date', () => {
    const twins = [deal({}), deal({ id: 'deal2', number: 2 })];
    const [ambiguous] = planDealImport([read({ lead: 'A-1', stage: 'offer' })], [lead], twins, context);
    expect(ambiguous).toMatchObject({
      problems: [
        { field: 'stage', message: 'L-1 has D-1, D-2 in this stage; add an id column to tell them apart' },
      ],
    });
    const [early] = planDealImport(
      [read({ lead: 'L-1', stage: 'offer', created: '2026-09-01' })],
      [lead],
      [],
      context,
    );
    expect(early).toMatchObject({
      problems: [{ field: 'created', message: 'is before its lead L-1 was created' }],
    });
    const [open] = planDealImport(
      [read({ lead: 'L-1', stage: 'offer', closed: '2026-11-02' })],
      [lead],
      [],
      context,
    );
    expect(open).toMatchObject({
      problems: [{ field: 'closed', message: 'is only for won or lost deals; this one is in offer' }],
    });
  });

  it('reads the value with its currency; a lost deal the CRM recorded without a reason keeps none', () => {
    const [valued] = planDealImport(
      [read({ lead: 'A-1', stage: 'Closed Lost', value: '1 200,50 PLN', reason: 'Price too high' })],
      [lead],
      [],
      context,
    );
    expect(valued).toMatchObject({
      action: 'create',
      create: { currency: 'PLN', terms: { valueMinor: 120_050, currency: 'PLN', lostReason: 'price' } },
    });
    const [clash] = planDealImport(
      [read({ lead: 'A-1', stage: 'won', value: '10 PLN', currency: 'EUR' })],
      [lead],
      [],
      context,
    );
    expect(clash).toMatchObject({
      problems: [{ field: 'value', message: 'is in PLN but the currency column says EUR' }],
    });
    const [reasonless] = planDealImport([read({ lead: 'A-1', stage: 'lost' })], [lead], [], context);
    expect(reasonless).toMatchObject({ action: 'create', create: { plan: { toStage: 'LOST' } } });
    expect(reasonless?.action === 'create' && reasonless.create.terms.lostReason).toBeUndefined();
  });

  it('finds the lead by company and email, and says when it cannot', () => {
    const other = storedLead({ id: 'lead2', number: 2, email: 'x@acme.pl' });
    const [none] = planDealImport([read({ company: 'Globex', stage: 'offer' })], [lead, other], [], context);
    expect(none).toMatchObject({ problems: [{ message: 'no lead for “Globex”; import the leads first' }] });
    const [two] = planDealImport([read({ company: 'acme', stage: 'offer' })], [lead, other], [], context);
    expect(two).toMatchObject({
      problems: [{ message: 'L-1, L-2 all match “acme”; add a Lead column with the CRM id or L-number' }],
    });
    const [one] = planDealImport(
      [read({ company: 'acme', email: 'X@acme.pl', stage: 'offer' })],
      [lead, other],
      [],
      context,
    );
    expect(one).toMatchObject({ action: 'create', create: { lead: { number: 2 } } });
  });
});

describe('planSpendImport', () => {
  it('matches identical rows one for one, so only extra copies are created', () => {
    const context = { channelKeys: ['seo'], defaultCurrency: 'EUR' };
    const row = () => readSpendRow(2, values({ channel: 'seo', amount: '100', period: '2026-11' }), context);
    const stored = [
      {
        channel: 'seo',
        amountMinor: 100_00,
        currency: 'EUR',
        periodStart: new Date('2026-11-01'),
        periodEnd: new Date('2026-12-01'),
      },
    ];
    expect(planSpendImport([row(), row(), row()], stored).map((line) => line.action)).toEqual([
      'unchanged',
      'create',
      'create',
    ]);
  });
});
