import { formatAge } from '../../../src/domain/dates';
import type { Language } from '../../../src/i18n/locales';
import { createTranslator } from '../../../src/i18n/translator';
import { buildDealListMessage } from '../../../src/views/messages/dealList';
import { buildDealOutcomeMessage } from '../../../src/views/messages/dealOutcomeMessage';
import { buildFeedbackListMessage } from '../../../src/views/messages/feedbackMessages';
import { buildLeadListMessage } from '../../../src/views/messages/leadMessages';
import type { SlackMessage } from '../../../src/blockKit/message';
import { buildSpendAddedMessage } from '../../../src/views/messages/spendMessages';
import { buildUndoMessage } from '../../../src/views/messages/undoMessages';
import {
  CREATED,
  dealFixture,
  eventFixture,
  leadFixture,
  LOCALES,
  MOVES,
  NOW,
  spendFixture,
  stageGroups,
  ZONE,
} from './replyFixtures';

const DAY = 86_400_000;
const ECHO = { command: '/deal', text: 'D-7 negotiation' };

/** The text of a message for `toContain`: its notification text and every block's text. */
function textOf(message: SlackMessage): string {
  return JSON.stringify(message);
}

describe.each([
  ['en', ['1 deal', '2 deals', '5 deals', '22 deals']],
  ['pl', ['1 transakcja', '2 transakcje', '5 transakcji', '22 transakcje']],
  ['ru', ['1 сделка', '2 сделки', '5 сделок', '22 сделки']],
] as const)('plural forms in %s', (language, dealCounts) => {
  const t = createTranslator(LOCALES[language]);
  const expected = {
    en: {
      days: ['1 day', '2 days', '5 days', '22 days'],
      ages: ['yesterday', '2d ago', '5d ago', '22d ago'],
      leads: ['*Latest 1 lead', '*Latest 2 leads', '*Latest 5 leads', '*Latest 22 leads'],
      clients: ['by 1 client', 'by 2 clients', 'by 5 clients', 'by 22 clients'],
      minutes: ['1 minute ago', '2 minutes ago', '5 minutes ago', '22 minutes ago'],
    },
    pl: {
      days: ['1 dzień', '2 dni', '5 dni', '22 dni'],
      ages: ['wczoraj', '2 dni temu', '5 dni temu', '22 dni temu'],
      leads: ['*Ostatni 1 lead', '*Ostatnie 2 leady', '*Ostatnich 5 leadów', '*Ostatnie 22 leady'],
      clients: ['od 1 klienta', 'od 2 klientów', 'od 5 klientów', 'od 22 klientów'],
      minutes: ['1 minutę temu', '2 minuty temu', '5 minut temu', '22 minuty temu'],
    },
    ru: {
      days: ['1 день', '2 дня', '5 дней', '22 дня'],
      ages: ['вчера', '2 дня назад', '5 дней назад', '22 дня назад'],
      leads: ['*Последний 1 лид', '*Последние 2 лида', '*Последние 5 лидов', '*Последние 22 лида'],
      clients: ['от 1 клиента', 'от 2 клиентов', 'от 5 клиентов', 'от 22 клиентов'],
      minutes: ['1 минуту назад', '2 минуты назад', '5 минут назад', '22 минуты назад'],
    },
  }[language];
  const counts = [1, 2, 5, 22];

  it('counts deals in the deal list', () => {
    counts.forEach((count, index) =>
      expect(textOf(buildDealListMessage(t, stageGroups(count), { mine: false }, () => 3))).toContain(
        `· ${dealCounts[index]}`,
      ),
    );
  });

  it('counts the days a spend covers', () => {
    counts.forEach((count, index) =>
      expect(textOf(buildSpendAddedMessage(t, spendFixture(count)))).toContain(`(${expected.days[index]})`),
    );
  });

  it('says how long ago a lead was added', () => {
    counts.forEach((count, index) =>
      expect(formatAge(new Date(NOW.getTime() - count * DAY), NOW, ZONE, t)).toBe(expected.ages[index]),
    );
  });

  it('counts the leads listed', () => {
    counts.forEach((count, index) => {
      const leads = Array.from({ length: count }, (_, number) => leadFixture({ number }));
      expect(textOf(buildLeadListMessage(t, leads, { mine: false }, () => ''))).toContain(
        expected.leads[index],
      );
    });
  });

  it('counts the clients asking for a product', () => {
    counts.forEach((count, index) => {
      const message = buildFeedbackListMessage(
        t,
        {
          window: { start: CREATED, end: NOW, period: { kind: 'days', days: 30, count: 30, unit: 'day' } },
          items: [],
          countsByKind: new Map(),
          wishes: [{ product: 'analytics', clients: count, mentions: count }],
        },
        () => '',
      );
      expect(textOf(message)).toContain(expected.clients[index]);
    });
  });

  it('counts the minutes since a change too old to undo', () => {
    counts.forEach((count, index) => {
      const message = buildUndoMessage(
        t,
        { kind: 'refused', reference: 'D-7', refusal: { reason: 'expired', minutesAgo: count } },
        ZONE,
      );
      expect(message.text).toContain(expected.minutes[index]);
    });
  });
});

describe('money, numbers and dates in replies', () => {
  it('writes amounts, discounts and dates the way the reader’s language does', () => {
    const plan = MOVES[1]!;
    const moved = (language: Language) =>
      textOf(
        buildDealOutcomeMessage(
          createTranslator(LOCALES[language]),
          {
            kind: 'moved',
            write: { deal: dealFixture(), event: eventFixture(), changeId: 'c', qualifiedLead: undefined },
            plan,
          },
          ECHO,
        ),
      );
    expect(moved('en')).toContain('PLN\u00a012,345.50 · discount 7.5 % · expected close 15 Dec 2026');
    expect(moved('pl')).toContain(
      '12\u00a0345,50\u00a0PLN · rabat 7,5% · przewidywane zamknięcie 15 gru 2026',
    );
    expect(moved('ru')).toContain('12\u00a0345,50\u00a0PLN · скидка 7,5\u00a0%');
    expect(moved('pl')).toContain('Przeniesiono transakcję `D-7` *Kowalski Logistyka* · Oferta → Negocjacje');
    expect(moved('ru')).toContain('Перемещена сделка `D-7` *Kowalski Logistyka* · Предложение → Переговоры');
  });
});
