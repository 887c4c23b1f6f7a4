import type { RecordedCall } from '../support/fakeSlackApi';
import { SCENARIO_NOW, seedScenario, scheduleScenarioDigest } from '../support/digestScenario';
import { SALES } from '../support/fixtures';
import { leftoverPlaceholders, untranslatedEnglish } from '../support/languageChecks';
import { startTestApp, type TestApp } from '../support/testApp';

type Block = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: unknown[] };

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  await t.close();
});

/** The scenario team as a Polish team: its language and the names it gave its lists. */
async function polishTeam(): Promise<void> {
  const team = await seedScenario(t);
  await t.database.prisma.team.update({ where: { id: team.id }, data: { locale: 'pl' } });
  const labels: Record<string, string> = {
    paid_search: 'Płatne wyszukiwanie',
    seo: 'Pozycjonowanie',
    price: 'Cena',
  };
  for (const [key, label] of Object.entries(labels)) {
    await t.database.prisma.teamOption.updateMany({ where: { teamId: team.id, key }, data: { label } });
  }
  await scheduleScenarioDigest(t, team);
}

const blocksOf = (call: RecordedCall | undefined) => call?.json<Block[]>('blocks') ?? [];
const fieldsOf = (call: RecordedCall | undefined) =>
  blocksOf(call).flatMap((block) => (block.fields ?? []).map((field) => field.text));

describe('a scheduled digest of a Polish team', () => {
  it('is posted in Polish: header, figures, buttons and the whole thread', async () => {
    await polishTeam();
    await t.app.scheduler.runDueJobs(new Date('2026-11-30T08:00:00Z'));

    const posts = t.fake.callsTo('chat.postMessage').filter((call) => call.body.channel === SALES);
    const parent = posts.find((call) => call.body.thread_ts === undefined);
    const replies = posts.filter((call) => call.body.thread_ts !== undefined);
    expect(replies).toHaveLength(8);

    expect(blocksOf(parent)[0]).toMatchObject({
      type: 'header',
      text: { text: 'Podsumowanie sprzedaży i marketingu · 16–29 lis 2026' },
    });
    expect(String(parent?.body.text)).toContain(
      '3 nowe leady, jakość leadów 66,7%, 1 wygrana na kwotę 18\u00a0000\u00a0EUR',
    );
    expect(fieldsOf(parent)).toEqual(
      expect.arrayContaining([
        '*Nowe leady*\n3   ↑ +2 (+200%) :large_green_circle: lepiej',
        '*Wartość wygranych*\n18\u00a0000\u00a0EUR   ↑ +18\u00a0000\u00a0EUR :large_green_circle: lepiej',
        '*Koszt pozyskania leada*\n500\u00a0EUR   b.d.',
        '*Jakość leadów*\n66,7%   ↑ +66,7 p.p. :large_green_circle: lepiej',
      ]),
    );
    expect(JSON.stringify(blocksOf(parent))).toContain('Oznacz spotkanie jako odbyte');
    expect(replies.map((reply) => reply.body.text)).toEqual([
      'Dane, na których oparto wykresy',
      'Więcej wskaźników, 16–29 lis 2026 (zmiana względem poprzedniego okresu)',
      'Profil idealnego klienta: co mówią dane',
      'Skarga: 1 w okresie 16–29 lis 2026',
      'Sugestia: 1 w okresie 16–29 lis 2026',
      'W okresie 16–29 lis 2026 nic nie zapisano: pochwała i obiekcja.',
      'Przegrane transakcje w okresie 16–29 lis 2026',
      'Produkty i handlowcy w okresie 16–29 lis 2026',
    ]);

    const posted = [parent, ...replies].map((call) => ({ text: call?.body.text, blocks: blocksOf(call) }));
    expect(untranslatedEnglish(posted, 'pl')).toEqual([]);
    expect(leftoverPlaceholders(posted)).toEqual([]);
  });
});
