import { defineMessages } from '../message';

/** Words shared by every surface: figures, changes, units. */
export const commonMessages = defineMessages({
  en: {
    'common.notAvailable': 'n/a',
    'common.noChange': 'no change',
    'common.percent': '{value} %',
    'common.percentagePoints': '{value} pp',
    'common.days': { one: '{count} day', other: '{count} days' },
    'common.daysShort': { one: '{value} d', other: '{value} d' },
    'common.none': '(none)',
  },
  pl: {
    'common.notAvailable': 'b.d.',
    'common.noChange': 'bez zmian',
    'common.percent': '{value}%',
    'common.percentagePoints': '{value} p.p.',
    'common.days': { one: '{count} dzień', few: '{count} dni', many: '{count} dni', other: '{count} dnia' },
    'common.daysShort': {
      one: '{value} dzień',
      few: '{value} dni',
      many: '{value} dni',
      other: '{value} dnia',
    },
    'common.none': '(brak)',
  },
  ru: {
    'common.notAvailable': 'н/д',
    'common.noChange': 'без изменений',
    'common.percent': '{value}\u00a0%',
    'common.percentagePoints': '{value} п.п.',
    'common.days': { one: '{count} день', few: '{count} дня', many: '{count} дней', other: '{count} дня' },
    'common.daysShort': {
      one: '{value} день',
      few: '{value} дня',
      many: '{value} дней',
      other: '{value} дня',
    },
    'common.none': '(нет)',
  },
});
