import { defineMessages } from '../message';

/** `/spend` answers: a recorded spend, the channel list and the spend of a period. */
export const spendMessages = defineMessages({
  en: {
    'spend.unreadable': "Couldn't read that spend",
    'spend.listRejected': "Couldn't list that spend",
    'spend.addRejected': "Couldn't record that spend",
    'spend.recorded': 'Recorded *{amount}* on *{channel}* for {period}',
    'spend.recordedText': 'Recorded {amount} on {channel}',
    'spend.perDay': ', about {amount} a day',
    'spend.recordedHint':
      'Reports count it per day, so any period gets its share · `{command} list` for this month',
    'spend.channelsText': 'Channels: {channels}',
    'spend.channelsHeading': "*The team's channels* (spend and lead sources use the same list):",
    'spend.example': 'e.g. `{example}`',
    'spend.listEmptyText': 'No spend recorded for {period}',
    'spend.listEmpty': 'No spend recorded for {period}. Record some with `{example}`.',
    'spend.listHeading': '*Spend in {period}: {total}*, spread per day',
    'spend.listText': 'Spend in {period}: {total}',
    'spend.entry': '• {channel} {amount} over {period} · {user}',
    'spend.entries': {
      one: '*{count} entry overlapping the period*',
      other: '*{count} entries overlapping the period*',
    },
    'spend.entriesFirst': '*Entries overlapping the period* (first {shown} of {count})',
    'spend.listHint':
      'A spend over several days counts in each period by the days it covers · `{command} list 2026-11-01..2026-11-14`',
  },
  pl: {
    'spend.unreadable': 'Nie udało się odczytać tego wydatku',
    'spend.listRejected': 'Nie udało się wyświetlić tych wydatków',
    'spend.addRejected': 'Nie udało się zapisać tego wydatku',
    'spend.recorded': 'Zapisano *{amount}* w kanale *{channel}* za okres {period}',
    'spend.recordedText': 'Zapisano {amount} w kanale {channel}',
    'spend.perDay': ', około {amount} dziennie',
    'spend.recordedHint':
      'Raporty liczą wydatek dziennie, więc każdy okres dostaje swoją część · `{command} list` pokazuje bieżący miesiąc',
    'spend.channelsText': 'Kanały: {channels}',
    'spend.channelsHeading': '*Kanały zespołu* (wydatki i źródła leadów korzystają z tej samej listy):',
    'spend.example': 'np. `{example}`',
    'spend.listEmptyText': 'Brak wydatków za okres {period}',
    'spend.listEmpty': 'Brak wydatków za okres {period}. Zapisz je poleceniem `{example}`.',
    'spend.listHeading': '*Wydatki za okres {period}: {total}*, rozłożone na dni',
    'spend.listText': 'Wydatki za okres {period}: {total}',
    'spend.entry': '• {channel} {amount} za okres {period} · {user}',
    'spend.entries': {
      one: '*{count} wpis obejmujący ten okres*',
      few: '*{count} wpisy obejmujące ten okres*',
      many: '*{count} wpisów obejmujących ten okres*',
      other: '*{count} wpisu obejmującego ten okres*',
    },
    'spend.entriesFirst': '*Wpisy obejmujące ten okres* (pierwsze {shown} z {count})',
    'spend.listHint':
      'Wydatek z kilku dni liczy się w każdym okresie według dni, które obejmuje · `{command} list 2026-11-01..2026-11-14`',
  },
  ru: {
    'spend.unreadable': 'Не удалось разобрать этот расход',
    'spend.listRejected': 'Не удалось показать эти расходы',
    'spend.addRejected': 'Не удалось записать этот расход',
    'spend.recorded': 'Записано *{amount}* по каналу *{channel}* за период {period}',
    'spend.recordedText': 'Записано {amount} по каналу {channel}',
    'spend.perDay': ', около {amount} в день',
    'spend.recordedHint':
      'Отчёты считают расход по дням, поэтому любой период получает свою долю · `{command} list` — текущий месяц',
    'spend.channelsText': 'Каналы: {channels}',
    'spend.channelsHeading': '*Каналы команды* (расходы и источники лидов используют один список):',
    'spend.example': 'например, `{example}`',
    'spend.listEmptyText': 'Нет расходов за период {period}',
    'spend.listEmpty': 'Нет расходов за период {period}. Запишите их командой `{example}`.',
    'spend.listHeading': '*Расходы за период {period}: {total}*, распределённые по дням',
    'spend.listText': 'Расходы за период {period}: {total}',
    'spend.entry': '• {channel} {amount} за период {period} · {user}',
    'spend.entries': {
      one: '*{count} запись за этот период*',
      few: '*{count} записи за этот период*',
      many: '*{count} записей за этот период*',
      other: '*{count} записи за этот период*',
    },
    'spend.entriesFirst': '*Записи за этот период* (первые {shown} из {count})',
    'spend.listHint':
      'Расход за несколько дней учитывается в каждом периоде по числу охваченных дней · `{command} list 2026-11-01..2026-11-14`',
  },
});
