import { parsePeriod } from '../../../src/domain/periods';
import type { PrismaDatabase } from '../../../src/store/db/database';
import { computeDigestFigures, DIGEST_QUERY_COUNT } from '../../../src/store/readModel/metrics';
import { createTestDatabase, type TestDatabase } from '../../support/testDatabase';
import { CURRENCY, seedDigestFixture, TIME_ZONE } from './digestFixture';

// The digest's cost must not grow with the data: the same fixed set of SQL queries whether the
// team has a dozen leads or hundreds more.

let database: TestDatabase;
let teamId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ teamId } = await seedDigestFixture(database.prisma));
});

afterAll(async () => {
  await database.destroy();
});

/** The client, recording every `$` method called on it and every model used through it. */
function recordingClient(prisma: PrismaDatabase): { prisma: PrismaDatabase; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(prisma, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof property !== 'string') return value;
      if (property.startsWith('$') && typeof value === 'function') {
        return (...args: unknown[]) => {
          calls.push(property);
          return (value as (...parameters: unknown[]) => unknown).apply(target, args);
        };
      }
      if (!property.startsWith('$') && typeof value === 'object' && value !== null)
        calls.push(`model ${property}`);
      return value;
    },
  });
  return { prisma: proxy, calls };
}

async function digestCalls(): Promise<string[]> {
  const parsed = parsePeriod('2026-11-02..2026-11-15', TIME_ZONE);
  if (!parsed.ok) throw new Error('period');
  const recording = recordingClient(database.prisma);
  await computeDigestFigures(
    { prisma: recording.prisma, provider: database.provider },
    {
      teamId,
      period: parsed.value,
      currency: CURRENCY,
    },
  );
  return recording.calls;
}

/** `count` more leads in P and Q, each with a deal moved through several stages, plus spend and feedback. */
async function seedMore(prisma: PrismaDatabase, count: number, batch: string) {
  const base = Date.parse('2026-10-19T08:00:00Z');
  const hour = 3_600_000;
  const leads = Array.from({ length: count }, (_, index) => ({
    id: `lead-${batch}-${index}`,
    teamId,
    number: 1000 + index + (batch === 'b' ? count : 0),
    company: `Bulk ${batch} ${index}`,
    companyKey: `bulk ${batch} ${index}`,
    source: index % 2 === 0 ? 'paid_search' : 'content',
    product: index % 3 === 0 ? 'analytics' : 'Widgets',
    ownerId: `U_REP${index % 5}`,
    status: index % 4 === 0 ? 'new' : 'qualified',
    qualifiedAt: index % 4 === 0 ? null : new Date(base + index * 7 * hour + hour),
    createdById: 'U_REP0',
    createdAt: new Date(base + index * 7 * hour),
  }));
  await prisma.lead.createMany({ data: leads });
  const openStages = ['LEAD', 'QUALIFIED', 'DISCOVERY', 'OFFER', 'NEGOTIATION'];
  await prisma.deal.createMany({
    data: leads.map((lead, index) => ({
      id: `deal-${batch}-${index}`,
      teamId,
      number: lead.number,
      leadId: lead.id,
      stage: outcomeOf(index),
      valueMinor: 1000 * (index + 1),
      currency: CURRENCY,
      ownerId: lead.ownerId,
      createdById: lead.ownerId,
      createdAt: lead.createdAt,
    })),
  });
  await prisma.stageEvent.createMany({
    data: leads.flatMap((lead, index) =>
      [...openStages, outcomeOf(index)].map((stage, step, path) => ({
        teamId,
        dealId: `deal-${batch}-${index}`,
        fromStage: step === 0 ? null : path[step - 1],
        toStage: stage,
        kind: step === 0 ? 'create' : 'forward',
        at: new Date(lead.createdAt.getTime() + step * 2 * hour),
        byUserId: lead.ownerId,
        valueMinor: 1000 * (index + 1),
        currency: CURRENCY,
      })),
    ),
  });
  await prisma.spend.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      teamId,
      channel: index % 2 === 0 ? 'paid_search' : 'content',
      amountMinor: 500 + index,
      currency: CURRENCY,
      periodStart: new Date(Date.UTC(2026, 9, 10 + (index % 20))),
      periodEnd: new Date(Date.UTC(2026, 9, 20 + (index % 20))),
      createdById: 'U_MARKETING',
    })),
  });
}

function outcomeOf(index: number): 'WON' | 'LOST' {
  return index % 3 === 0 ? 'LOST' : 'WON';
}

it('runs the same fixed set of raw SQL queries, in one transaction, whatever the amount of data', async () => {
  const expected = [...Array.from({ length: DIGEST_QUERY_COUNT }, () => '$queryRaw'), '$transaction'];
  expect(await digestCalls()).toEqual(expected);

  await seedMore(database.prisma, 60, 'a');
  expect(await digestCalls()).toEqual(expected);

  await seedMore(database.prisma, 240, 'b');
  expect(await digestCalls()).toEqual(expected);
});
