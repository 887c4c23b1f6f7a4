import { defineMessages } from '../message';

/** What the author of a kept command (the command inbox) hears when its answer could not come at once. */
export const inboxMessages = defineMessages({
  en: {
    'inbox.keptForLater':
      ":hourglass: Tandem's database is not answering right now. Your `{command}` is kept: Tandem saves it as soon as the database is back and tells you here.",
    'inbox.saved': ':white_check_mark: Your `{command}` was saved.',
    'inbox.savedText': 'What you sent:',
    'inbox.notSaved':
      ':x: Tandem could not save your `{command}` (the error is logged for your admin). Nothing was saved.',
    'inbox.notification': 'Tandem: about your {command}',
  },
  pl: {
    'inbox.keptForLater':
      ':hourglass: Baza danych Tandem w tej chwili nie odpowiada. Twoje `{command}` jest zachowane: Tandem zapisze je, gdy tylko baza wróci, i da Ci znać tutaj.',
    'inbox.saved': ':white_check_mark: Twoje `{command}` zostało zapisane.',
    'inbox.savedText': 'Wysłany tekst:',
    'inbox.notSaved':
      ':x: Tandem nie mógł zapisać Twojego `{command}` (błąd zapisano w dzienniku zdarzeń). Nic nie zostało zapisane.',
    'inbox.notification': 'Tandem: Twoje {command}',
  },
  ru: {
    'inbox.keptForLater':
      ':hourglass: База данных Tandem сейчас не отвечает. Ваша команда `{command}` сохранена в очереди: Tandem выполнит её, как только база снова ответит, и сообщит здесь.',
    'inbox.saved': ':white_check_mark: Ваша команда `{command}` сохранена.',
    'inbox.savedText': 'Что вы отправили:',
    'inbox.notSaved':
      ':x: Tandem не смог сохранить вашу команду `{command}` (ошибка записана в журнал для администратора). Ничего не сохранено.',
    'inbox.notification': 'Tandem: ваша команда {command}',
  },
});
