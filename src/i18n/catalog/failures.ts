import { defineMessages } from '../message';

/** What a user sees when Tandem could not finish their request, with their text to send again. */
export const failureMessages = defineMessages({
  en: {
    'failures.replayed':
      ':information_source: This {command} was received already and is kept once; it was not applied again.',
    'failures.busy':
      ':hourglass: Tandem has too many commands waiting right now, so this one was not saved. Send it again in a moment.',
    'failures.leadNotFound': 'Lead {reference} does not exist in this team',
    'failures.dealNotFound': 'Deal {reference} does not exist in this team',
    'failures.notFound': '{reference} does not exist in this team',
    'failures.databaseUnavailable':
      ":x: Tandem's database is not answering right now, so nothing was saved. Send it again in a minute.",
    'failures.unexpected':
      ':x: Tandem could not finish this (the error is logged for your admin). Nothing was saved.',
    'failures.notification': 'Tandem could not save this; nothing was saved. Please try again in a minute.',
    'failures.echo': 'Your text, to fix and send again:',
  },
  pl: {
    'failures.replayed':
      ':information_source: To polecenie {command} zostało już odebrane i jest zapisane raz; nie zastosowano go ponownie.',
    'failures.busy':
      ':hourglass: Tandem ma teraz zbyt wiele poleceń w kolejce, więc to nie zostało zapisane. Wyślij je ponownie za chwilę.',
    'failures.leadNotFound': 'Lead {reference} nie istnieje w tym zespole',
    'failures.dealNotFound': 'Transakcja {reference} nie istnieje w tym zespole',
    'failures.notFound': '{reference} nie istnieje w tym zespole',
    'failures.databaseUnavailable':
      ':x: Baza danych Tandem w tej chwili nie odpowiada, więc nic nie zostało zapisane. Wyślij to ponownie za minutę.',
    'failures.unexpected':
      ':x: Tandem nie mógł tego dokończyć (błąd zapisano w dzienniku zdarzeń). Nic nie zostało zapisane.',
    'failures.notification':
      'Tandem nie mógł tego zapisać; nic nie zostało zapisane. Spróbuj ponownie za minutę.',
    'failures.echo': 'Twój tekst do poprawienia i ponownego wysłania:',
  },
  ru: {
    'failures.replayed':
      ':information_source: Эта команда {command} уже получена и сохраняется один раз; повторно она не применена.',
    'failures.busy':
      ':hourglass: В очереди Tandem сейчас слишком много запросов, поэтому этот не сохранён. Отправьте его снова через минуту.',
    'failures.leadNotFound': 'Лида {reference} нет в этой команде',
    'failures.dealNotFound': 'Сделки {reference} нет в этой команде',
    'failures.notFound': '{reference} нет в этой команде',
    'failures.databaseUnavailable':
      ':x: База данных Tandem сейчас не отвечает, поэтому ничего не сохранено. Отправьте ещё раз через минуту.',
    'failures.unexpected':
      ':x: Tandem не смог это выполнить (ошибка записана в журнал для администратора). Ничего не сохранено.',
    'failures.notification':
      'Tandem не смог это сохранить; ничего не сохранено. Попробуйте ещё раз через минуту.',
    'failures.echo': 'Ваш текст — исправьте его и отправьте снова:',
  },
});
