import { defineMessages } from '../message';

/** How long ago something happened, in the lists of leads and feedback. */
export const dateMessages = defineMessages({
  en: {
    'dates.today': 'today',
    'dates.yesterday': 'yesterday',
    'dates.daysAgo': { one: '{count}d ago', other: '{count}d ago' },
  },
  pl: {
    'dates.today': 'dzisiaj',
    'dates.yesterday': 'wczoraj',
    'dates.daysAgo': {
      one: '{count} dzień temu',
      few: '{count} dni temu',
      many: '{count} dni temu',
      other: '{count} dnia temu',
    },
  },
  ru: {
    'dates.today': 'сегодня',
    'dates.yesterday': 'вчера',
    'dates.daysAgo': {
      one: '{count} день назад',
      few: '{count} дня назад',
      many: '{count} дней назад',
      other: '{count} дня назад',
    },
  },
});
