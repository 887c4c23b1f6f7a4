import { defineMessages } from '../message';

/** The digest's look back at the last meeting, and the DM reps get the day before a digest. */
export const digestReminderMessages = defineMessages({
  en: {
    'digest.lastMeeting.title': '*Since the last meeting* ({period}, {held})',
    'digest.lastMeeting.notHeld': 'not marked held',
    'digest.lastMeeting.decisions': '*Decisions* ({count})',
    'digest.lastMeeting.actionItems': '*Action items*: {open} open, {done} done',
    'digest.lastMeeting.noDecisions': '_No decisions recorded._',
    'digest.lastMeeting.noActionItems': '_No action items._',
    'digest.reminder.stale': {
      one: 'in {stage} for {count} day without a stage change',
      other: 'in {stage} for {count} days without a stage change',
    },
    'digest.reminder.noValue': 'open in {stage} without a value',
    'digest.reminder.noSource': 'no source channel',
    'digest.reminder.move': 'Move…',
    'digest.reminder.setValue': 'Set value…',
    'digest.reminder.editLead': 'Edit lead…',
    'digest.reminder.intro': {
      one: "Tomorrow's digest ({when}) reports {period}. This record of yours would weaken it; a minute now makes the meeting's figures right:",
      other:
        "Tomorrow's digest ({when}) reports {period}. These {count} records of yours would weaken it; a minute now makes the meeting's figures right:",
    },
    'digest.reminder.more': '_…and {count} more._',
    'digest.reminder.footer': {
      one: 'Deals count as stale after {count} day in one stage. Leads without a source are those created in the period.',
      other:
        'Deals count as stale after {count} days in one stage. Leads without a source are those created in the period.',
    },
    'digest.reminder.text': {
      one: "Before tomorrow's digest: {count} of your records need a look",
      other: "Before tomorrow's digest: {count} of your records need a look",
    },
  },
  pl: {
    'digest.lastMeeting.title': '*Od ostatniego spotkania* ({period}, {held})',
    'digest.lastMeeting.notHeld': 'nieoznaczone jako odbyte',
    'digest.lastMeeting.decisions': '*Decyzje* ({count})',
    'digest.lastMeeting.actionItems': '*Zadania*: otwarte: {open}, wykonane: {done}',
    'digest.lastMeeting.noDecisions': '_Nie zapisano decyzji._',
    'digest.lastMeeting.noActionItems': '_Brak zadań._',
    'digest.reminder.stale': {
      one: 'na etapie „{stage}” od {count} dnia bez zmiany etapu',
      few: 'na etapie „{stage}” od {count} dni bez zmiany etapu',
      many: 'na etapie „{stage}” od {count} dni bez zmiany etapu',
      other: 'na etapie „{stage}” od {count} dnia bez zmiany etapu',
    },
    'digest.reminder.noValue': 'otwarta na etapie „{stage}” bez wartości',
    'digest.reminder.noSource': 'brak kanału pozyskania',
    'digest.reminder.move': 'Przesuń…',
    'digest.reminder.setValue': 'Ustaw wartość…',
    'digest.reminder.editLead': 'Edytuj leada…',
    'digest.reminder.intro': {
      one: 'Jutrzejsze podsumowanie ({when}) obejmie okres {period}. Ten twój wpis by je osłabił; minuta teraz sprawi, że dane na spotkaniu będą prawidłowe:',
      few: 'Jutrzejsze podsumowanie ({when}) obejmie okres {period}. Te {count} twoje wpisy by je osłabiły; minuta teraz sprawi, że dane na spotkaniu będą prawidłowe:',
      many: 'Jutrzejsze podsumowanie ({when}) obejmie okres {period}. Tych {count} twoich wpisów by je osłabiło; minuta teraz sprawi, że dane na spotkaniu będą prawidłowe:',
      other:
        'Jutrzejsze podsumowanie ({when}) obejmie okres {period}. Twoje wpisy ({count}) by je osłabiły; minuta teraz sprawi, że dane na spotkaniu będą prawidłowe:',
    },
    'digest.reminder.more': '_…i jeszcze {count}._',
    'digest.reminder.footer': {
      one: 'Transakcja jest uznawana za utkniętą po {count} dniu na jednym etapie. Leady bez źródła to te utworzone w tym okresie.',
      few: 'Transakcja jest uznawana za utkniętą po {count} dniach na jednym etapie. Leady bez źródła to te utworzone w tym okresie.',
      many: 'Transakcja jest uznawana za utkniętą po {count} dniach na jednym etapie. Leady bez źródła to te utworzone w tym okresie.',
      other:
        'Transakcja jest uznawana za utkniętą po {count} dnia na jednym etapie. Leady bez źródła to te utworzone w tym okresie.',
    },
    'digest.reminder.text': {
      one: 'Przed jutrzejszym podsumowaniem: {count} twój wpis wymaga uwagi',
      few: 'Przed jutrzejszym podsumowaniem: {count} twoje wpisy wymagają uwagi',
      many: 'Przed jutrzejszym podsumowaniem: {count} twoich wpisów wymaga uwagi',
      other: 'Przed jutrzejszym podsumowaniem: twoje wpisy ({count}) wymagają uwagi',
    },
  },
  ru: {
    'digest.lastMeeting.title': '*С прошлой встречи* ({period}, {held})',
    'digest.lastMeeting.notHeld': 'не отмечена как проведённая',
    'digest.lastMeeting.decisions': '*Решения* ({count})',
    'digest.lastMeeting.actionItems': '*Задачи*: открытых: {open}, выполненных: {done}',
    'digest.lastMeeting.noDecisions': '_Решений не записано._',
    'digest.lastMeeting.noActionItems': '_Задач нет._',
    'digest.reminder.stale': {
      one: 'на этапе «{stage}» уже {count} день без смены этапа',
      few: 'на этапе «{stage}» уже {count} дня без смены этапа',
      many: 'на этапе «{stage}» уже {count} дней без смены этапа',
      other: 'на этапе «{stage}» уже {count} дня без смены этапа',
    },
    'digest.reminder.noValue': 'открыта на этапе «{stage}» без суммы',
    'digest.reminder.noSource': 'нет канала привлечения',
    'digest.reminder.move': 'Перевести…',
    'digest.reminder.setValue': 'Указать сумму…',
    'digest.reminder.editLead': 'Изменить лид…',
    'digest.reminder.intro': {
      one: 'Завтрашняя сводка ({when}) покажет период {period}. Эта ваша запись её ослабит; минута сейчас — и цифры на встрече будут верными:',
      few: 'Завтрашняя сводка ({when}) покажет период {period}. Эти {count} ваши записи её ослабят; минута сейчас — и цифры на встрече будут верными:',
      many: 'Завтрашняя сводка ({when}) покажет период {period}. Эти {count} ваших записей её ослабят; минута сейчас — и цифры на встрече будут верными:',
      other:
        'Завтрашняя сводка ({when}) покажет период {period}. Ваши записи ({count}) её ослабят; минута сейчас — и цифры на встрече будут верными:',
    },
    'digest.reminder.more': '_…и ещё {count}._',
    'digest.reminder.footer': {
      one: 'Сделка считается зависшей после {count} дня на одном этапе. Лиды без источника — те, что созданы в этом периоде.',
      few: 'Сделка считается зависшей после {count} дней на одном этапе. Лиды без источника — те, что созданы в этом периоде.',
      many: 'Сделка считается зависшей после {count} дней на одном этапе. Лиды без источника — те, что созданы в этом периоде.',
      other:
        'Сделка считается зависшей после {count} дня на одном этапе. Лиды без источника — те, что созданы в этом периоде.',
    },
    'digest.reminder.text': {
      one: 'Перед завтрашней сводкой: {count} ваша запись требует внимания',
      few: 'Перед завтрашней сводкой: {count} ваши записи требуют внимания',
      many: 'Перед завтрашней сводкой: {count} ваших записей требуют внимания',
      other: 'Перед завтрашней сводкой: ваши записи ({count}) требуют внимания',
    },
  },
});
