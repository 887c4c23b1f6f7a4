import { defineMessages } from '../message';

/** The digest schedule form and what its saving says back. */
export const digestScheduleFormMessages = defineMessages({
  en: {
    'digestScheduleForm.title': 'Digest schedule',
    'digestScheduleForm.intro':
      'When and where the sales–marketing digest is posted. Each digest reports the weeks up to its day.',
    'digestScheduleForm.channel': 'Channel',
    'digestScheduleForm.channelHint': 'Tandem needs to be a member of a private channel to post there.',
    'digestScheduleForm.weekday': 'Day',
    'digestScheduleForm.time': 'Time',
    'digestScheduleForm.timeZone': 'Time zone',
    'digestScheduleForm.timeZoneHint': 'A time zone name, e.g. Europe/Warsaw or America/New_York.',
    'digestScheduleForm.cadence': 'How often',
    'digestScheduleForm.everyWeek': 'Every week',
    'digestScheduleForm.everyWeeks': { one: 'Every {count} week', other: 'Every {count} weeks' },
    'digestScheduleForm.enabled': 'Automatic posting',
    'digestScheduleForm.enabledOption': 'Post the digest on this schedule',
    'digestScheduleForm.ruleWeekly': 'every week on {weekday} at {time} ({timeZone}) in {channel}',
    'digestScheduleForm.rule': {
      one: 'every {count} week on {weekday} at {time} ({timeZone}) in {channel}',
      other: 'every {count} weeks on {weekday} at {time} ({timeZone}) in {channel}',
    },
    'digestScheduleForm.savedPaused': ':pause_button: Digest schedule saved but paused: {rule}.',
    'digestScheduleForm.saved':
      ':calendar: The digest is posted {rule}. The first one: {first}, reporting {period}. Reps get a reminder the day before about records to fix.',
  },
  pl: {
    'digestScheduleForm.title': 'Harmonogram podsumowań',
    'digestScheduleForm.intro':
      'Kiedy i gdzie publikowane jest podsumowanie sprzedaży i marketingu. Każde podsumowanie obejmuje tygodnie do dnia publikacji.',
    'digestScheduleForm.channel': 'Kanał',
    'digestScheduleForm.channelHint': 'Aby publikować na kanale prywatnym, Tandem musi być jego członkiem.',
    'digestScheduleForm.weekday': 'Dzień',
    'digestScheduleForm.time': 'Godzina',
    'digestScheduleForm.timeZone': 'Strefa czasowa',
    'digestScheduleForm.timeZoneHint': 'Nazwa strefy czasowej, np. Europe/Warsaw lub America/New_York.',
    'digestScheduleForm.cadence': 'Jak często',
    'digestScheduleForm.everyWeek': 'Co tydzień',
    'digestScheduleForm.everyWeeks': {
      one: 'Co {count} tydzień',
      few: 'Co {count} tygodnie',
      many: 'Co {count} tygodni',
      other: 'Co {count} tygodnia',
    },
    'digestScheduleForm.enabled': 'Automatyczna publikacja',
    'digestScheduleForm.enabledOption': 'Publikuj podsumowanie według tego harmonogramu',
    'digestScheduleForm.ruleWeekly':
      'co tydzień, dzień: {weekday}, godz. {time} ({timeZone}), kanał {channel}',
    'digestScheduleForm.rule': {
      one: 'co {count} tydzień, dzień: {weekday}, godz. {time} ({timeZone}), kanał {channel}',
      few: 'co {count} tygodnie, dzień: {weekday}, godz. {time} ({timeZone}), kanał {channel}',
      many: 'co {count} tygodni, dzień: {weekday}, godz. {time} ({timeZone}), kanał {channel}',
      other: 'co {count} tygodnia, dzień: {weekday}, godz. {time} ({timeZone}), kanał {channel}',
    },
    'digestScheduleForm.savedPaused':
      ':pause_button: Harmonogram podsumowań zapisany, ale wstrzymany: {rule}.',
    'digestScheduleForm.saved':
      ':calendar: Podsumowanie będzie publikowane {rule}. Pierwsze: {first}, za okres {period}. Dzień wcześniej handlowcy dostaną przypomnienie o wpisach do poprawienia.',
  },
  ru: {
    'digestScheduleForm.title': 'Расписание сводки',
    'digestScheduleForm.intro':
      'Когда и где публикуется сводка продаж и маркетинга. Каждая сводка охватывает недели до дня публикации.',
    'digestScheduleForm.channel': 'Канал',
    'digestScheduleForm.channelHint':
      'Чтобы публиковать в приватном канале, Tandem должен быть его участником.',
    'digestScheduleForm.weekday': 'День',
    'digestScheduleForm.time': 'Время',
    'digestScheduleForm.timeZone': 'Часовой пояс',
    'digestScheduleForm.timeZoneHint':
      'Название часового пояса, например Europe/Moscow или America/New_York.',
    'digestScheduleForm.cadence': 'Как часто',
    'digestScheduleForm.everyWeek': 'Каждую неделю',
    'digestScheduleForm.everyWeeks': {
      one: 'Каждые {count} неделю',
      few: 'Каждые {count} недели',
      many: 'Каждые {count} недель',
      other: 'Каждые {count} недели',
    },
    'digestScheduleForm.enabled': 'Автоматическая публикация',
    'digestScheduleForm.enabledOption': 'Публиковать сводку по этому расписанию',
    'digestScheduleForm.ruleWeekly': 'каждую неделю, день: {weekday}, в {time} ({timeZone}), канал {channel}',
    'digestScheduleForm.rule': {
      one: 'каждые {count} неделю, день: {weekday}, в {time} ({timeZone}), канал {channel}',
      few: 'каждые {count} недели, день: {weekday}, в {time} ({timeZone}), канал {channel}',
      many: 'каждые {count} недель, день: {weekday}, в {time} ({timeZone}), канал {channel}',
      other: 'каждые {count} недели, день: {weekday}, в {time} ({timeZone}), канал {channel}',
    },
    'digestScheduleForm.savedPaused':
      ':pause_button: Расписание сводки сохранено, но приостановлено: {rule}.',
    'digestScheduleForm.saved':
      ':calendar: Сводка публикуется {rule}. Первая: {first}, за период {period}. За день до публикации менеджеры получат напоминание о записях, которые нужно поправить.',
  },
});
