import { defineMessages } from '../message';

/** Words every form shares: its buttons, pickers and what a failed save says. */
export const modalMessages = defineMessages({
  en: {
    'modals.saving':
      ':hourglass_flowing_sand: Saving… This takes longer than usual. This window will show the outcome, and you will get a message too.',
    'modals.savedLate': ':white_check_mark: Saved. The confirmation is in your messages.',
    'modals.notSavedLate': ':x: Not saved: {reason} Open the form again to send it.',
    'modals.notSavedLateEcho': 'What you typed:',
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
    'modals.saving':
      ':hourglass_flowing_sand: Zapisywanie… Trwa to dłużej niż zwykle. To okno pokaże wynik, dostaniesz też wiadomość.',
    'modals.savedLate': ':white_check_mark: Zapisano. Potwierdzenie jest w Twoich wiadomościach.',
    'modals.notSavedLate': ':x: Nie zapisano: {reason} Otwórz formularz ponownie, aby to wysłać.',
    'modals.notSavedLateEcho': 'Co wpisano:',
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
    'modals.saving':
      ':hourglass_flowing_sand: Сохранение… Это занимает больше времени, чем обычно. Это окно покажет результат, а ещё придёт сообщение.',
    'modals.savedLate': ':white_check_mark: Сохранено. Подтверждение — в ваших сообщениях.',
    'modals.notSavedLate': ':x: Не сохранено: {reason} Откройте форму снова, чтобы отправить.',
    'modals.notSavedLateEcho': 'Что вы ввели:',
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
