import { parse } from 'csv-parse/sync';
import { dealsCsv, kpisCsv, leadsCsv } from '../../../src/digest/export/periodCsv';
import type { DigestFigures } from '../../../src/domain/digestFigures';
import type { Lead } from '../../../src/generated/postgresql/client';
import type { ExportedDeal } from '../../../src/store/readModel/periodExportStore';
import { createTranslator } from '../../../src/i18n/translator';
import { digestFiguresFixture } from '../../support/digestFigures';

const ENGLISH = createTranslator('en');

const LEAD: Lead = {
  id: 'lead1',
  teamId: 'team1',
  number: 12,
  company: '=cmd|" /C calc"!A0',
  companyKey: '=cmd|" /c calc"!a0',
  contactName: 'Anna Nowak',
  email: 'anna@acme.pl',
  source: 'seo',
  campaign: null,
  industry: 'Łódź, "quoted"',
  segment: 'smb',
  companySize: '51-200',
  country: 'PL',
  heardFrom: null,
  promptedBy: null,
  product: null,
  note: '@channel note\nsecond line',
  ownerId: 'U0000ALICE',
  status: 'qualified',
  statusReason: null,
  statusChangedAt: null,
  qualifiedAt: new Date('2026-11-20T10:00:00Z'),
  createdById: 'U0000ALICE',
  createdAt: new Date('2026-11-17T23:30:00Z'),
  updatedAt: new Date('2026-11-20T10:00:00Z'),
  version: 2,
  externalId: 'A-1',
};

function rows(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parse(csv, { bom: true });
}

describe('period CSV files', () => {
  it('writes leads in the team time zone, quoting what needs it and defusing formulas', () => {
    const [header, row] = rows(leadsCsv(ENGLISH, [LEAD], 'Europe/Warsaw'));
    expect(header?.slice(0, 3)).toEqual(['Lead', 'External id', 'Company']);
    expect(row).toEqual([
      'L-12',
      'A-1',
      `'=cmd|" /C calc"!A0`,
      'Anna Nowak',
      'anna@acme.pl',
      'seo',
      '',
      'Łódź, "quoted"',
      'smb',
      '51-200',
      'PL',
      '',
      '',
      '',
      "'@channel note\nsecond line",
      'U0000ALICE',
      'qualified',
      '2026-11-18 00:30',
      '2026-11-20 11:00',
    ]);
  });

  it('writes deals with values in major units and the stages they entered in the period', () => {
    const deal: ExportedDeal = {
      id: 'deal1',
      teamId: 'team1',
      number: 7,
      leadId: 'lead1',
      stage: 'LOST',
      valueMinor: 1_200_050,
      currency: 'PLN',
      discountPct: 7.5,
      expectedCloseDate: new Date('2026-12-15T00:00:00Z'),
      problems: null,
      desiredOutcomes: null,
      offerRequestedAt: null,
      offerSentAt: null,
      negotiationRounds: 1,
      negotiationNotes: null,
      lostReason: 'other',
      lostReasonText: 'built it in-house',
      ownerId: 'U0000BOB',
      createdById: 'U0000BOB',
      createdAt: new Date('2026-11-02T09:00:00Z'),
      updatedAt: new Date('2026-11-25T09:00:00Z'),
      stageEnteredAt: new Date('2026-11-25T09:00:00Z'),
      closedAt: new Date('2026-11-25T09:00:00Z'),
      version: 3,
      externalId: null,
      lead: { number: 12, company: 'Acme' },
      events: [
        { toStage: 'NEGOTIATION', at: new Date('2026-11-20T09:00:00Z') },
        { toStage: 'LOST', at: new Date('2026-11-25T09:00:00Z') },
      ],
    };
    expect(rows(dealsCsv(ENGLISH, [deal], 'UTC'))[1]).toEqual([
      'D-7',
      '',
      'L-12',
      'Acme',
      'Lost',
      '12000.50',
      'PLN',
      '7.5',
      '2026-12-15',
      'U0000BOB',
      '2026-11-02 09:00',
      '2026-11-25 09:00',
      'built it in-house',
      'Negotiation; Lost',
    ]);
  });

  it('writes each KPI with its unit, leaving n/a empty', () => {
    const figures: DigestFigures = digestFiguresFixture();
    const table = new Map(rows(kpisCsv(ENGLISH, figures)).map((row) => [row[0], row]));
    expect(table.get('KPI')?.slice(0, 2)).toEqual(['KPI', 'Unit']);
    expect(table.size).toBe(28);
    for (const [label, row] of table) {
      if (label === 'KPI') continue;
      expect(['count', '%', 'days', figures.currency]).toContain(row[1]);
    }
  });
});
