import { ALICE, BOB } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { run } from '../pipelineSupport';
import { englishIn } from '../views/replyProse';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

describe('command replies in the requesting user’s Slack language', () => {
  it('confirms a lead and a deal in Polish to a pl-PL user, with money written the Polish way', async () => {
    t.fake.setUser(ALICE, { locale: 'pl-PL' });
    const lead = await run(t, '/lead', 'Acme Corp source:seo country:DE');
    expect(lead.text).toContain('Dodano leada `L-1` *Acme Corp*');
    expect(lead.text).toContain('źródło seo · Niemcy');
    expect(lead.text).toContain('Opiekun <@U0000ALICE>');

    const deal = await run(t, '/deal', 'L-1 offer value:12345.5 currency:PLN discount:7.5');
    expect(deal.text).toContain('Utworzono transakcję `D-1` *Acme Corp* · utworzona na etapie Oferta');
    expect(deal.text).toContain('12\u00a0345,50\u00a0PLN · rabat 7,5%');
    expect(englishIn(lead.text + deal.text, 'pl')).toEqual([]);

    // Another user of the same team still reads English: the language is the user's, not the team's.
    const list = await run(t, '/deal', 'list', BOB);
    expect(list.text).toContain('*Deals open*, longest in their stage first');
    expect(list.text).toContain('*Offer* · 1 deal · PLN\u00a012,345.50');
  });

  it('answers /deal list and /deal help in Russian to a ru-RU user', async () => {
    t.fake.setUser(BOB, { locale: 'ru-RU' });
    await run(t, '/lead', 'Globex');
    await run(t, '/deal', 'L-1 negotiation value:5000 currency:EUR');

    const list = await run(t, '/deal', 'list', BOB);
    expect(list.text).toContain('*Сделки в работе*, сначала те, что дольше всех стоят на своём этапе');
    expect(list.text).toContain('*Переговоры* · 1 сделка · 5\u00a0000\u00a0EUR');
    expect(list.text).toContain('0 дн. на этапе');

    const help = await run(t, '/deal', 'help', BOB);
    expect(help.text).toContain('Как пользоваться /deal');
    expect(help.text).toContain(
      '*/deal* ведёт сделку от первого контакта до выигранной или проигранной сделки.',
    );
    expect(englishIn(list.text + help.text, 'ru')).toEqual([]);
  });

  it('rejects unreadable text in the acknowledgement, and reports a missing record, in the user’s language', async () => {
    t.fake.setUser(ALICE, { locale: 'ru-RU' });
    const rejected = await run(t, '/lead', 'Acme colour:red');
    expect(rejected.call).toBeUndefined();
    expect(rejected.text).toContain('Не удалось разобрать этот лид');
    expect(rejected.text).toContain(
      'Ваш текст — исправьте его и отправьте снова:\n```/lead Acme colour:red```',
    );

    const missing = await run(t, '/deal', 'show D-9');
    expect(missing.text).toContain(':mag: Сделки D-9 нет в этой команде.');
  });
});
