import { parse } from 'csv-parse/sync';
import { createTranslator } from '../../src/i18n/translator';
import { ImportService } from '../../src/services/importService';
import { ImportLookups } from '../../src/store/repos/importLookups';
import { ImportWrites } from '../../src/store/repos/importWrites';
import { SCENARIO_NOW, scenarioTeam } from '../support/digestScenario';
import { ALICE, SALES } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * 168,000,000.00 RUB is 16,800,000,000 kopecks: past a 32-bit column, a mid-size Russian deal.
 * It goes in by import, is won with /deal, is summed by the digest and comes out in the export.
 */
const KOPECKS = 16_800_000_000;

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
});

afterEach(async () => {
  await t.close();
});

it('168,000,000.00 RUB round-trips through import, /deal, the digest and the export', async () => {
  const team = await scenarioTeam(t);
  await t.database.prisma.team.update({ where: { id: team.id }, data: { currency: 'RUB' } });
  const service = new ImportService(
    t.store,
    new ImportLookups(t.database.prisma),
    new ImportWrites(t.database.prisma, t.database.url),
    t.clock,
  );
  const file = [
    '"ID";"Название сделки";"Стадия сделки";"Сумма";"Валюта";"Компания";"Дата создания"',
    '"7001";"Завод под ключ";"В работе";"168 000 000,00";"Российский рубль";"АО Гигант";"17.11.2026 10:00:00"',
  ].join('\r\n');
  const imported = await service.run({
    bytes: Buffer.from(file, 'utf8'),
    from: 'bitrix24',
    columnMap: [],
    apply: true,
    ownerId: ALICE,
  });
  expect(imported.ok && imported.report.lines.map((line) => line.outcome)).toEqual(['create']);
  expect(await t.database.prisma.deal.findFirstOrThrow()).toMatchObject({
    number: 1,
    stage: 'NEGOTIATION',
    currency: 'RUB',
    valueMinor: BigInt(KOPECKS),
  });

  const shown = await t.slack.sendCommand({
    command: '/deal',
    text: 'show D-1',
    userId: ALICE,
    channelId: SALES,
  });
  const money = createTranslator('en').money(KOPECKS, 'RUB');
  expect(money).toContain('168,000,000');
  const card = await t.fake.waitFor('response_url', (call) => call.url === shown.sent.response_url);
  expect(card.allText()).toContain(money);

  const won = await t.slack.sendCommand({
    command: '/deal',
    text: 'D-1 won value:168000000',
    userId: ALICE,
    channelId: SALES,
  });
  const answer = await t.fake.waitFor('response_url', (call) => call.url === won.sent.response_url);
  expect(answer.allText()).toContain(money);
  const deal = await t.database.prisma.deal.findFirstOrThrow({ include: { events: true } });
  expect(deal).toMatchObject({ stage: 'WON', valueMinor: BigInt(KOPECKS) });
  expect(deal.events.map((event) => event.valueMinor)).toEqual([BigInt(KOPECKS), BigInt(KOPECKS)]);

  const figures = await t.store.metrics.digestFigures(team.id, {
    // Won on Monday 30 Nov: the fortnight that starts that day.
    start: new Date('2026-11-29T23:00:00Z'),
    end: new Date('2026-12-13T23:00:00Z'),
    timeZone: 'Europe/Warsaw',
  });
  expect(figures.flow.wins.current).toBe(1);
  expect(figures.flow.wonValueMinor.current).toBe(KOPECKS);

  const exported = await t.slack.sendCommand({
    command: '/digest',
    text: 'export',
    userId: ALICE,
    channelId: SALES,
  });
  await t.fake.waitFor('response_url', (call) => call.url === exported.sent.response_url);
  const deals = t.fake.files.find((each) => each.filename.endsWith('-deals.csv'));
  const rows = parse(deals?.bytes?.toString('utf8') ?? '', { bom: true }) as string[][];
  const header = rows[0] ?? [];
  const row = rows.find((each) => each.includes('АО Гигант')) ?? [];
  expect(row[header.findIndex((cell) => /value/i.test(cell))]).toBe('168000000');
});
