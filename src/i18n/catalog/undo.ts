import { defineMessages } from '../message';

/** The Undo button under lead and deal confirmations, and what pressing it did or why it could not. */
export const undoMessages = defineMessages({
  en: {
    'undo.button': 'Undo',
    'undo.gone': 'There is nothing to undo: that lead or deal no longer exists.',
    'undo.leadRestored': 'Undone: `{reference}` is back to what it was before your change.',
    'undo.leadRestoredUpdate': 'Undone: `{reference}` is back to what it was before your update.',
    'undo.leadRestoredQualify': 'Undone: `{reference}` is back to what it was before your qualify.',
    'undo.leadRestoredDisqualify': 'Undone: `{reference}` is back to what it was before your disqualify.',
    'undo.leadRemoved': 'Undone: lead `{reference}` is removed.',
    'undo.dealRestored': 'Undone: `{reference}` is back in *{stage}*.',
    'undo.dealRemoved': 'Undone: deal `{reference}` is removed.',
    'undo.leadUnqualified': 'Its lead is back to not qualified.',
    'undo.alreadyUndone': 'This change to `{reference}` was already undone ({when}).',
    'undo.notAuthor': 'Only {user}, who made this change to `{reference}`, can undo it.',
    'undo.expired': {
      one: 'This change to `{reference}` was made {count} minute ago; undo works for 15 minutes. Change it back by hand instead.',
      other:
        'This change to `{reference}` was made {count} minutes ago; undo works for 15 minutes. Change it back by hand instead.',
    },
    'undo.changedSince':
      '`{reference}` was changed since, by {user} at {when}; undoing now would throw that change away. Change it back by hand instead.',
    'undo.hasDeals': {
      one: '`{reference}` already has deal {deals}, so it is kept.',
      other: '`{reference}` already has {count} deals {deals}, so it is kept.',
    },
  },
  pl: {
    'undo.button': 'Cofnij',
    'undo.gone': 'Nie ma czego cofać: ten lead lub ta transakcja już nie istnieje.',
    'undo.leadRestored': 'Cofnięto: `{reference}` wrócił do stanu sprzed twojej zmiany.',
    'undo.leadRestoredUpdate': 'Cofnięto: `{reference}` wrócił do stanu sprzed twojej edycji.',
    'undo.leadRestoredQualify': 'Cofnięto: `{reference}` wrócił do stanu sprzed kwalifikacji.',
    'undo.leadRestoredDisqualify': 'Cofnięto: `{reference}` wrócił do stanu sprzed dyskwalifikacji.',
    'undo.leadRemoved': 'Cofnięto: lead `{reference}` został usunięty.',
    'undo.dealRestored': 'Cofnięto: `{reference}` wróciła na etap *{stage}*.',
    'undo.dealRemoved': 'Cofnięto: transakcja `{reference}` została usunięta.',
    'undo.leadUnqualified': 'Jej lead znów jest niezakwalifikowany.',
    'undo.alreadyUndone': 'Ta zmiana `{reference}` została już cofnięta ({when}).',
    'undo.notAuthor': 'Tylko {user}, autor(ka) tej zmiany `{reference}`, może ją cofnąć.',
    'undo.expired': {
      one: 'Tę zmianę `{reference}` wprowadzono {count} minutę temu; cofanie działa przez 15 minut. Przywróć poprzedni stan ręcznie.',
      few: 'Tę zmianę `{reference}` wprowadzono {count} minuty temu; cofanie działa przez 15 minut. Przywróć poprzedni stan ręcznie.',
      many: 'Tę zmianę `{reference}` wprowadzono {count} minut temu; cofanie działa przez 15 minut. Przywróć poprzedni stan ręcznie.',
      other:
        'Tę zmianę `{reference}` wprowadzono {count} minuty temu; cofanie działa przez 15 minut. Przywróć poprzedni stan ręcznie.',
    },
    'undo.changedSince':
      'Od tego czasu {user} zmienił(a) `{reference}` ({when}); cofnięcie teraz usunęłoby tamtą zmianę. Przywróć poprzedni stan ręcznie.',
    'undo.hasDeals': {
      one: 'Lead `{reference}` ma już transakcję {deals}, więc zostaje.',
      few: 'Lead `{reference}` ma już {count} transakcje ({deals}), więc zostaje.',
      many: 'Lead `{reference}` ma już {count} transakcji ({deals}), więc zostaje.',
      other: 'Lead `{reference}` ma już {count} transakcji ({deals}), więc zostaje.',
    },
  },
  ru: {
    'undo.button': 'Отменить',
    'undo.gone': 'Отменять нечего: этого лида или сделки больше нет.',
    'undo.leadRestored': 'Отменено: `{reference}` возвращён в состояние до вашего изменения.',
    'undo.leadRestoredUpdate': 'Отменено: `{reference}` возвращён в состояние до вашей правки.',
    'undo.leadRestoredQualify': 'Отменено: `{reference}` возвращён в состояние до квалификации.',
    'undo.leadRestoredDisqualify': 'Отменено: `{reference}` возвращён в состояние до дисквалификации.',
    'undo.leadRemoved': 'Отменено: лид `{reference}` удалён.',
    'undo.dealRestored': 'Отменено: `{reference}` снова на этапе *{stage}*.',
    'undo.dealRemoved': 'Отменено: сделка `{reference}` удалена.',
    'undo.leadUnqualified': 'Её лид снова не квалифицирован.',
    'undo.alreadyUndone': 'Это изменение `{reference}` уже отменено ({when}).',
    'undo.notAuthor': 'Отменить это изменение `{reference}` может только его автор, {user}.',
    'undo.expired': {
      one: 'Это изменение `{reference}` сделано {count} минуту назад; отмена работает 15 минут. Верните прежнее значение вручную.',
      few: 'Это изменение `{reference}` сделано {count} минуты назад; отмена работает 15 минут. Верните прежнее значение вручную.',
      many: 'Это изменение `{reference}` сделано {count} минут назад; отмена работает 15 минут. Верните прежнее значение вручную.',
      other:
        'Это изменение `{reference}` сделано {count} минуты назад; отмена работает 15 минут. Верните прежнее значение вручную.',
    },
    'undo.changedSince':
      'С тех пор `{reference}` изменил(а) {user} ({when}); отмена сейчас стёрла бы это изменение. Верните прежнее значение вручную.',
    'undo.hasDeals': {
      one: '`{reference}` уже связан с {count} сделкой ({deals}), поэтому он сохранён.',
      few: '`{reference}` уже связан с {count} сделками ({deals}), поэтому он сохранён.',
      many: '`{reference}` уже связан с {count} сделками ({deals}), поэтому он сохранён.',
      other: '`{reference}` уже связан с {count} сделками ({deals}), поэтому он сохранён.',
    },
  },
});
