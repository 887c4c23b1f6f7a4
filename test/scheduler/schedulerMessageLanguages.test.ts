import { buildReminderMessage } from '../../src/digest/blocks/reminderMessage';
import type { Language } from '../../src/i18n/locales';
import { createTranslator } from '../../src/i18n/translator';
import { buildActionItemReminderMessage } from '../../src/views/messages/actionItemMessages';
import { digestStyle, PERIOD } from '../support/digestFigures';
import { leftoverPlaceholders, untranslatedEnglish } from '../support/languageChecks';
import { actionItemFixture } from '../support/meetingFixtures';

/** How a team writing in `language` words its action items (the scheduler passes the team's language). */
const itemStyle = (language: Language) => ({
  t: createTranslator(language),
  today: new Date('2026-12-03T00:00:00Z'),
  timeZone: 'Europe/Warsaw',
});

describe('the overdue action-item reminder counts items in each language', () => {
  const counts = [1, 2, 5, 22];

  it.each([
    [
      'en',
      [
        'Reminder: 1 overdue action item',
        'Reminder: 2 overdue action items',
        'Reminder: 5 overdue action items',
        'Reminder: 22 overdue action items',
      ],
    ],
    [
      'pl',
      [
        'Przypomnienie: 1 zadanie po terminie',
        'Przypomnienie: 2 zadania po terminie',
        'Przypomnienie: 5 zadań po terminie',
        'Przypomnienie: 22 zadania po terminie',
      ],
    ],
    [
      'ru',
      [
        'Напоминание: 1 просроченная задача',
        'Напоминание: 2 просроченные задачи',
        'Напоминание: 5 просроченных задач',
        'Напоминание: 22 просроченные задачи',
      ],
    ],
  ] as const)('in %s', (language, expected) => {
    const reminder = (count: number) =>
      buildActionItemReminderMessage(
        Array.from({ length: count }, (_, index) => actionItemFixture({ id: `item${index}` })),
        itemStyle(language),
      ).text;
    expect(counts.map(reminder)).toEqual(expected);
  });
});

describe.each(['pl', 'ru'] as const)('the DMs the scheduler sends, in %s', (language) => {
  it('are translated completely: the pre-digest reminder and the overdue action-item reminder', () => {
    const now = new Date('2026-11-22T08:00:00Z');
    const preDigest = buildReminderMessage({
      teamId: 'T-team-1',
      records: [
        {
          kind: 'stale_deal',
          ownerId: 'U1',
          dealNumber: 4,
          company: 'Acme',
          stage: 'OFFER',
          since: new Date('2026-11-01T10:00:00Z'),
        },
        { kind: 'deal_without_value', ownerId: 'U1', dealNumber: 5, company: 'Globex', stage: 'QUALIFIED' },
        { kind: 'lead_without_source', ownerId: 'U1', leadNumber: 9, company: 'Initech', createdAt: now },
      ],
      runAt: new Date('2026-11-23T08:00:00Z'),
      period: PERIOD,
      staleDealDays: 14,
      now,
      style: digestStyle(language),
    });
    const overdue = buildActionItemReminderMessage(
      [actionItemFixture({ channel: 'seo', snoozedUntil: new Date('2026-12-20T00:00:00Z') })],
      itemStyle(language),
    );
    for (const message of [preDigest, overdue]) {
      expect(untranslatedEnglish(message, language)).toEqual([]);
      expect(leftoverPlaceholders(message)).toEqual([]);
    }
  });
});
