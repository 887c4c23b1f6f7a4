import { computeFloorFigures, openRawSql, type RawSql } from '../../bench/floor/computeFloor';
import { firstDifference, sortedIcpFigures } from '../../bench/sameFigures';
import { parsePeriod } from '../../src/domain/periods';
import { createStore } from '../../src/store';
import { computeDigestFigures } from '../../src/store/readModel/metrics';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';
import { CURRENCY, seedDigestFixture, TIME_ZONE } from '../store/metrics/digestFixture';

// The bench's floor (hand-written SQL) must compute the digest's figures exactly, under the same
// definitions (docs/METRICS.md, docs/BENCHMARKS.md): checked here on the hand-computed fixture,
// with a rate for its EUR spend so conversion is exercised too.

let database: TestDatabase;
let raw: RawSql;

beforeAll(async () => {
  database = await createTestDatabase();
  raw = await openRawSql(database.url);
});

afterAll(async () => {
  await raw.close();
  await database.destroy();
});

it('the floor computes the digest’s figures and ICP cohort', async () => {
  const { teamId } = await seedDigestFixture(database.prisma);
  await database.prisma.exchangeRate.create({
    data: {
      teamId,
      currency: 'EUR',
      toCurrency: CURRENCY,
      validFrom: new Date('2026-11-01T00:00:00Z'),
      startsAt: new Date('2026-10-31T23:00:00Z'),
      rate: 4.31,
      minorFactor: 4.31,
      setById: 'U0000ALICE',
    },
  });
  const parsed = parsePeriod('2026-11-02..2026-11-15', TIME_ZONE);
  if (!parsed.ok) throw new Error('period');
  const period = parsed.value;
  const icpWindow = { start: new Date(period.end.getTime() - 180 * 86_400_000), end: period.end };
  const digest = await computeDigestFigures(database, {
    teamId,
    period,
    currency: CURRENCY,
  });
  const icp = await createStore(database).icpProfile.cohortFigures(teamId, icpWindow);
  const floor = await computeFloorFigures(raw, database.provider, {
    teamId,
    period,
    currency: CURRENCY,
    icpWindow,
  });
  expect(firstDifference(floor.figures, digest)).toBeUndefined();
  expect(firstDifference(sortedIcpFigures(floor.icp), sortedIcpFigures(icp))).toBeUndefined();
  // The EUR spend is converted: 30000 EUR cents in P × 4.31 = 129300 PLN grosze on top of 116668.
  expect(digest.flow.spendMinor.current).toBe(116668 + 129300);
});
