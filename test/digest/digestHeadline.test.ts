import type { Language } from '../../src/i18n/locales';
import { SCENARIO_NOW } from '../support/digestScenario';
import { startTestApp, type TestApp } from '../support/testApp';
import { blocksOf, pipeline, postDigest, truthTeam } from './digestTruthSupport';

/**
 * The headline (issue 19) through the real app: a fixed pipeline, posted with a signed
 * `/digest post`, and the exact sentences that open the parent in each language.
 *
 * Previous period (2–15 Nov 2026): 4 leads, 2 of them won at EUR 1,000 (2 new customers), EUR 1,000
 * spend → CPL EUR 250, CAC EUR 500. Reported period (16–29 Nov): 2 leads, 1 won at EUR 1,000,
 * EUR 1,500 spend → CPL EUR 750, CAC EUR 1,500. The four periods before had nothing.
 * Days from lead to customer, and time to qualify (each lead is qualified by its won deal): 7 before
 * (3 → 10 Nov, 4 → 11 Nov), 3 now (17 → 20 Nov).
 * Usual moves (docs/METRICS.md → Headline): CPL and CAC had none before, so their floor is 5 % of
 * the previous value → score 40 each; time to qualify and days from lead to customer −4 against a
 * floor of 1 → 4 each, the tie going to the figure listed first (time to qualify);
 * leads, spend and won value score 2; wins and new customers −1 against a floor of 1 → 1, not news.
 */

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  await t.close();
});

async function seed(language: Language) {
  const team = await truthTeam(t);
  await t.database.prisma.team.update({ where: { id: team.id }, data: { locale: language } });
  const p = pipeline(t, team);
  for (const [index, day] of ['03', '04', '05', '06'].entries()) {
    await p.lead(`2026-11-${day}T10:00:00Z`, `Before ${index + 1}`);
  }
  await p.deal('2026-11-10T10:00:00Z', 1, 'WON', { value: '1000' });
  await p.deal('2026-11-11T10:00:00Z', 2, 'WON', { value: '1000' });
  await p.spend('2026-11-14T10:00:00Z', 'paid_search', '1000', '2026-11-02..2026-11-15');
  await p.lead('2026-11-17T10:00:00Z', 'Now One');
  await p.lead('2026-11-18T10:00:00Z', 'Now Two');
  await p.deal('2026-11-20T10:00:00Z', 5, 'WON', { value: '1000' });
  await p.spend('2026-11-28T10:00:00Z', 'paid_search', '1500', '2026-11-16..2026-11-29');
}

async function headline(language: Language): Promise<string[]> {
  await seed(language);
  const digest = await postDigest(t);
  const blocks = blocksOf(digest.parent);
  // The headline is the first section after the header and its context line.
  expect(blocks.slice(0, 2).map((block) => block.type)).toEqual(['header', 'context']);
  return String(blocks[2]?.text?.text).split('\n');
}

it('opens the parent with the three biggest movers and their drivers, in English', async () => {
  expect(await headline('en')).toEqual([
    ':red_circle: worse · Cost per lead up 200 %: marketing spend +50 % and leads created from 4 to 2.',
    ':red_circle: worse · Customer acquisition cost up 200 %: marketing spend +50 % and new customers from 2 to 1.',
    ':large_green_circle: better · Time to qualify down 57 %.',
  ]);
});

it('says the same in Polish', async () => {
  expect(await headline('pl')).toEqual([
    ':red_circle: gorzej · Koszt pozyskania leada: wzrost o 200%: wydatki marketingowe +50% i nowe leady z 4 do 2.',
    ':red_circle: gorzej · Koszt pozyskania klienta: wzrost o 200%: wydatki marketingowe +50% i nowi klienci z 2 do 1.',
    ':large_green_circle: lepiej · Czas kwalifikacji leada: spadek o 57%.',
  ]);
});

it('says the same in Russian', async () => {
  expect(await headline('ru')).toEqual([
    ':red_circle: хуже · Стоимость лида: рост на 200\u00a0%: маркетинговые расходы +50\u00a0% и новые лиды с 4 до 2.',
    ':red_circle: хуже · Стоимость привлечения клиента: рост на 200\u00a0%: маркетинговые расходы +50\u00a0% и новые клиенты с 2 до 1.',
    ':large_green_circle: лучше · Время квалификации лида: снижение на 57\u00a0%.',
  ]);
});

it('marks every key figure better or worse by its polarity, and keeps the rest for the thread', async () => {
  await seed('en');
  const digest = await postDigest(t);
  const parentFields = blocksOf(digest.parent).flatMap((block) =>
    (block.fields ?? []).map((field) => field.text),
  );
  expect(parentFields).toEqual([
    '*Leads created*\n2   ↓ −2 (−50 %) :red_circle: worse',
    // The won leads are qualified: 2 of 4, then 1 of 2.
    '*Lead quality*\n50 %   → no change',
    '*Marketing spend*\nEUR\u00a01,500   ↑ +EUR\u00a0500 (+50 %)',
    '*Cost per lead*\nEUR\u00a0750   ↑ +EUR\u00a0500 (+200 %) :red_circle: worse',
    '*Customer acquisition cost*\nEUR\u00a01,500   ↑ +EUR\u00a01,000 (+200 %) :red_circle: worse',
    '*Wins*\n1   ↓ −1 (−50 %) :red_circle: worse',
    '*Won value*\nEUR\u00a01,000   ↓ −EUR\u00a01,000 (−50 %) :red_circle: worse',
    '*Win rate*\n100 %   → no change',
  ]);
  const more = digest.replyTitled('More figures, 16–29 Nov 2026');
  const moreFields = blocksOf(more).flatMap((block) => (block.fields ?? []).map((field) => field.text));
  expect(moreFields).toEqual(
    expect.arrayContaining(['*New customers*\n1   ↓ −1 (−50 %) :red_circle: worse']),
  );
  // Figures n/a in both periods (no offer, no discount) are left out.
  expect(moreFields.join('\n')).not.toContain('Average discount');
  expect(moreFields.join('\n')).not.toContain('Offer acceptance');
  expect(JSON.stringify(blocksOf(digest.parent))).toContain('more figures in the thread');
});
