import { ALICE, BOB } from '../../support/fixtures';
import { leftoverPlaceholders, untranslatedEnglish } from '../../support/languageChecks';
import { startTestApp, type TestApp } from '../../support/testApp';
import { dealRow, eventRows, leadRow, run } from '../pipelineSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

/** The prose of an answer: what was typed and the examples (code spans and blocks) left out. */
function prose(text: string): string {
  return text.replace(/```[\s\S]*?```|`[^`]*`/g, '');
}

async function threeDeals(): Promise<void> {
  for (const company of ['Acme', 'Globex', 'Initech']) {
    await run(t, '/lead', company, BOB);
  }
  for (const lead of ['L-1', 'L-2', 'L-3']) await run(t, '/deal', `${lead} discovery`, BOB);
}

describe('quick commands in Polish and Russian words', () => {
  it('moves D-3 to OFFER when a pl-PL user types /deal D-3 oferta', async () => {
    t.fake.setUser(ALICE, { locale: 'pl-PL' });
    await threeDeals();

    const moved = await run(t, '/deal', 'D-3 oferta wartość:12000 waluta:PLN');

    expect(await dealRow(t, 3)).toMatchObject({ stage: 'OFFER', valueMinor: 1_200_000, currency: 'PLN' });
    expect((await eventRows(t, 3)).map((event) => [event.fromStage, event.toStage, event.kind])).toEqual([
      [null, 'DISCOVERY', 'create'],
      ['DISCOVERY', 'OFFER', 'forward'],
    ]);
    expect((await dealRow(t, 2))?.stage).toBe('DISCOVERY');
    expect(moved.text).toContain('Oferta');
  });

  it('reads Russian stage words and Polish or Russian keys whatever the user’s language', async () => {
    await threeDeals();
    await run(t, '/deal', 'D-3 переговоры скидка:10%');
    expect(await dealRow(t, 3)).toMatchObject({ stage: 'NEGOTIATION', discountPct: 10 });
    await run(t, '/deal', 'D-3 Wygrana wartość:10800');
    expect(await dealRow(t, 3)).toMatchObject({ stage: 'WON', valueMinor: 1_080_000 });

    await run(t, '/lead', 'Umbrella źródło:seo kraj:PL');
    await run(t, '/lead', 'Hooli источник:paid_search отрасль:логистика');
    expect(await leadRow(t, 4)).toMatchObject({ company: 'Umbrella', source: 'seo', country: 'PL' });
    expect(await leadRow(t, 5)).toMatchObject({
      company: 'Hooli',
      source: 'paid_search',
      industry: 'логистика',
    });
  });

  it('rejects a bad /spend from a ru-RU user in Russian, with their text echoed back', async () => {
    t.fake.setUser(ALICE, { locale: 'ru-RU' });

    // Unreadable text is refused in the acknowledgement itself…
    const unreadable = await run(t, '/spend', 'seo 4500 PLN бюджет:5 период:2026-11');
    expect(unreadable.call).toBeUndefined();
    expect(unreadable.text).toContain(
      '• *бюджет*: «бюджет» — не ключ расхода; ключи: `период, заметка, валюта`',
    );
    expect(unreadable.text).toContain('```/spend seo 4500 PLN бюджет:5 период:2026-11```');
    expect(untranslatedEnglish(prose(unreadable.text), 'ru')).toEqual([]);

    // …and values the team's data refuses come back after it, just as translated.
    const rejected = await run(t, '/spend', 'tv 12,5,0 период:2026-13');
    expect(rejected.text).toContain('• *канал*: «tv» — не канал команды; каналы: `');
    expect(rejected.text).toContain(
      '• *сумма*: В «12,5,0» цифры сгруппированы странно; группируйте тысячи, например 1 200 000 или 1,200,000',
    );
    expect(rejected.text).toContain('• *период*: «2026-13» — не месяц; пишите его как 2026-11');
    expect(rejected.text).toContain('```/spend tv 12,5,0 период:2026-13```');
    expect(untranslatedEnglish(prose(rejected.text), 'ru')).toEqual([]);
    expect(leftoverPlaceholders(rejected.text)).toEqual([]);
    expect(await t.database.prisma.spend.count()).toBe(0);

    // The same text from an English-speaking teammate is rejected in English.
    const english = await run(t, '/spend', 'tv 12,5,0 период:2026-13', BOB);
    expect(english.text).toContain('• *amount*: “12,5,0” groups its digits oddly');
  });
});
