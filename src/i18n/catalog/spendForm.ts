import { defineMessages } from '../message';

/** The marketing spend form. */
export const spendFormMessages = defineMessages({
  en: {
    'spendForm.title': 'Marketing spend',
    'spendForm.submit': 'Record',
    'spendForm.amountHint': 'e.g. 4500 or 12 000,50',
    'spendForm.firstDay': 'First day',
    'spendForm.firstDayHint': 'The spend is spread evenly over the days from first to last',
    'spendForm.lastDay': 'Last day',
    'spendForm.lastDayHint': 'Included; the same as the first day for a one-day spend',
  },
  pl: {
    'spendForm.title': 'Wydatki marketingowe',
    'spendForm.submit': 'Zapisz wydatek',
    'spendForm.amountHint': 'np. 4500 lub 12 000,50',
    'spendForm.firstDay': 'Pierwszy dzień',
    'spendForm.firstDayHint': 'Kwota rozkłada się równo na dni od pierwszego do ostatniego',
    'spendForm.lastDay': 'Ostatni dzień',
    'spendForm.lastDayHint': 'Włącznie; przy wydatku jednodniowym ten sam co pierwszy dzień',
  },
  ru: {
    'spendForm.title': 'Расходы на маркетинг',
    'spendForm.submit': 'Записать',
    'spendForm.amountHint': 'например, 4500 или 12 000,50',
    'spendForm.firstDay': 'Первый день',
    'spendForm.firstDayHint': 'Сумма распределяется поровну по дням с первого по последний',
    'spendForm.lastDay': 'Последний день',
    'spendForm.lastDayHint': 'Включительно; для расхода за один день совпадает с первым днём',
  },
});
