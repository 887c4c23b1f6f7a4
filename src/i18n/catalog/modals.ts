import { defineMessages } from '../message';

/** Words every form shares: its buttons, pickers and what a failed save says. */
export const modalMessages = defineMessages({
  en: {
    'modals.cancel': 'Cancel',
    'modals.save': 'Save',
    'modals.back': 'Back',
    'modals.choose': 'Choose…',
    'modals.searchLeadsAndDeals': 'Search leads and deals',
    'modals.leadsGroup': 'Leads',
    'modals.dealsGroup': 'Deals',
    'modals.currencyHint': 'ISO code, e.g. PLN, EUR, USD',
    'modals.couldNotSave':
      'Tandem could not save just now. Everything you typed is still here: press {button} again in a moment.',
    'modals.couldNotSaveChoices':
      'Tandem could not save just now. Your choices are still here: press {button} again in a moment.',
  },
  pl: {
    'modals.cancel': 'Anuluj',
    'modals.save': 'Zapisz',
    'modals.back': 'Wstecz',
    'modals.choose': 'Wybierz…',
    'modals.searchLeadsAndDeals': 'Szukaj leadów i transakcji',
    'modals.leadsGroup': 'Leady',
    'modals.dealsGroup': 'Transakcje',
    'modals.currencyHint': 'Kod ISO, np. PLN, EUR, USD',
    'modals.couldNotSave':
      'Nie udało się teraz zapisać. Wszystko, co wpisano, zostało w formularzu: za chwilę naciśnij ponownie „{button}”.',
    'modals.couldNotSaveChoices':
      'Nie udało się teraz zapisać. Wybrane wartości zostały w formularzu: za chwilę naciśnij ponownie „{button}”.',
  },
  ru: {
    'modals.cancel': 'Отмена',
    'modals.save': 'Сохранить',
    'modals.back': 'Назад',
    'modals.choose': 'Выберите…',
    'modals.searchLeadsAndDeals': 'Поиск по лидам и сделкам',
    'modals.leadsGroup': 'Лиды',
    'modals.dealsGroup': 'Сделки',
    'modals.currencyHint': 'Код ISO, например PLN, EUR, USD',
    'modals.couldNotSave':
      'Сейчас не удалось сохранить. Всё введённое осталось в форме: чуть позже нажмите «{button}» ещё раз.',
    'modals.couldNotSaveChoices':
      'Сейчас не удалось сохранить. Выбранные значения остались в форме: чуть позже нажмите «{button}» ещё раз.',
  },
});
