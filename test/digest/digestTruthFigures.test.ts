import { ImportService } from '../../src/services/importService';
import { ImportLookups } from '../../src/store/importLookups';
import { ImportWrites } from '../../src/store/importWrites';
import { ALICE } from '../support/fixtures';
import { SCENARIO_NOW } from '../support/digestScenario';
import { startTestApp, type TestApp } from '../support/testApp';
import { pipeline, postDigest, truthTeam } from './digestTruthSupport';

/**
 * Issue 16's remaining figures, each on a hand-computed fixture posted with a signed `/digest
 * post` for 16–29 Nov 2026 in Europe/Warsaw ([2026-11-15T23:00Z, 2026-11-29T23:00Z); the
 * previous period is 2–15 Nov, [2026-11-01T23:00Z, 2026-11-15T23:00Z)). Team currency EUR.
 */

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  await t.close();
});

async function importDeals(csv: string) {
  const service = new ImportService(
    t.store,
    new ImportLookups(t.database.prisma),
    new ImportWrites(t.database.prisma, t.database.url),
    t.clock,
  );
  const result = await service.run({
    kind: 'deals',
    bytes: Buffer.from(csv, 'utf8'),
    columnMap: [],
    apply: true,
    ownerId: ALICE,
  });
  if (!result.ok) throw new Error(`import refused: ${result.problems.join('; ')}`);
}

it('counts imported wins of unknown value in wins, not in won value, and says how many', async () => {
  const team = await truthTeam(t);
  await importDeals(
    [
      'Deal ID,Company,Stage,Amount,Currency,Created,Closed',
      'X-1,Acme,Closed Won,1000,EUR,2026-11-02,2026-11-20',
      'X-2,Beta,Closed Won,,EUR,2026-11-03,2026-11-21',
      'X-3,Gamma,Closed Won,,EUR,2026-11-03,2026-11-05',
    ].join('\n'),
  );
  // A win entered in Slack carries its value: 500, in the period.
  const p = pipeline(t, team);
  await p.lead('2026-11-16T10:00:00Z', 'Delta');
  await p.deal('2026-11-17T10:00:00Z', 4, 'WON', { value: '500' });

  const digest = await postDigest(t);
  // Wins in the period: X-1 (20 Nov), X-2 (21 Nov), D for Delta (17 Nov) = 3; previous: X-3 = 1 → +2.
  expect(digest.fields).toContain('*Wins*\n3   ↑ +2 (+200 %)');
  // Won value: 1000 (X-1) + 500 (Delta) = EUR 1,500; X-2 has no value and adds nothing, and is
  // said under the figure. The previous period's only win has no value: EUR 0 → +EUR 1,500.
  expect(digest.fields).toContain('*Won value*\nEUR 1,500   ↑ +EUR 1,500\n_1 of 3 wins have an unknown value_');
});
