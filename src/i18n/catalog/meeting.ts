import { defineMessages } from '../message';

/** The sales–marketing meeting: its lists, buttons, help and "held" summary. */
export const meetingMessages = defineMessages({
  en: {
    'meeting.noteKpi': 'KPI: {kpi}',
    'meeting.noteClient': 'client {name}',
    'meeting.held': 'held {date}',
    'meeting.heldMarkedBy': 'held {date} (marked by {user})',
    'meeting.notHeldYet': 'not marked held yet',
    'meeting.decisions': 'Decisions ({count})',
    'meeting.notes': 'Notes ({count})',
    'meeting.actionItems': 'Action items ({open} open, {done} done)',
    'meeting.title': 'Meeting of {period}',
    'meeting.nothingYet': 'nothing recorded yet',
    'meeting.empty':
      'No notes, decisions or action items yet. Add them with the buttons below, during or after the meeting.',
    'meeting.noneText': 'No meeting yet',
    'meeting.none':
      'No meeting yet. Each digest opens the meeting of its period and carries *Add note*, *Add action item* and *Mark meeting held* buttons. `/digest post` posts one now; `/digest schedule` sets when they come.',
    'meeting.button.addNote': 'Add note',
    'meeting.button.addActionItem': 'Add action item',
    'meeting.button.markHeld': 'Mark meeting held',
    'meeting.help.text': 'How to use {command}',
    'meeting.help.body': [
      '*{command}* shows the sales–marketing meeting that the latest digest opened.',
      '• `{command}` — the current meeting: period, decisions, notes, action items and their state',
      "• `{command} actions` — the team's open action items, then the latest done",
      '• `{command} actions mine` — only yours',
      '• `{command} help` — this help',
    ].join('\n'),
    'meeting.help.context':
      "The digest's buttons add notes, decisions and action items and mark the meeting held. Owners get a DM with Done and Snooze; overdue items are reminded at 09:00 team time, once a day.",
    'meeting.heldHeadline':
      '*Meeting of {period} held* — marked by {user}. {decisions}, {items} ({open} open).',
    'meeting.heldText': 'Meeting of {period} held: {decisions}, {open}',
    'meeting.decisionCount': { one: '{count} decision', other: '{count} decisions' },
    'meeting.openActionItemCount': {
      one: '{count} open action item',
      other: '{count} open action items',
    },
    'meeting.buttonWithoutMeeting':
      ':warning: This button does not name a meeting. Use the buttons of a digest, or `/meeting`.',
    'meeting.alreadyHeld': 'The meeting of {period} was already marked held.',
    'meeting.alreadyHeldBy': 'The meeting of {period} was already marked held by {user} on {date}.',
  },
  pl: {
    'meeting.noteKpi': 'Wskaźnik: {kpi}',
    'meeting.noteClient': 'klient {name}',
    'meeting.held': 'odbyło się {date}',
    'meeting.heldMarkedBy': 'odbyło się {date} (oznaczył(a) {user})',
    'meeting.notHeldYet': 'jeszcze nieoznaczone jako odbyte',
    'meeting.decisions': 'Decyzje ({count})',
    'meeting.notes': 'Notatki ({count})',
    'meeting.actionItems': 'Zadania (otwarte: {open}, wykonane: {done})',
    'meeting.title': 'Spotkanie za okres {period}',
    'meeting.nothingYet': 'jeszcze nic nie zapisano',
    'meeting.empty':
      'Nie ma jeszcze notatek, decyzji ani zadań. Dodaj je przyciskami poniżej, w trakcie spotkania lub po nim.',
    'meeting.noneText': 'Nie ma jeszcze spotkania',
    'meeting.none':
      'Nie ma jeszcze spotkania. Każde podsumowanie otwiera spotkanie swojego okresu i ma przyciski *Dodaj notatkę*, *Dodaj zadanie* i *Oznacz spotkanie jako odbyte*. `/digest post` publikuje podsumowanie teraz; `/digest schedule` ustala, kiedy przychodzą.',
    'meeting.button.addNote': 'Dodaj notatkę',
    'meeting.button.addActionItem': 'Dodaj zadanie',
    'meeting.button.markHeld': 'Oznacz spotkanie jako odbyte',
    'meeting.help.text': 'Jak używać {command}',
    'meeting.help.body': [
      '*{command}* pokazuje spotkanie sprzedaży i marketingu otwarte przez ostatnie podsumowanie.',
      '• `{command}` — bieżące spotkanie: okres, decyzje, notatki, zadania i ich stan',
      '• `{command} actions` — otwarte zadania zespołu, potem ostatnio wykonane',
      '• `{command} actions mine` — tylko twoje',
      '• `{command} help` — ta pomoc',
    ].join('\n'),
    'meeting.help.context':
      'Przyciski podsumowania dodają notatki, decyzje i zadania oraz oznaczają spotkanie jako odbyte. Właściciele zadań dostają wiadomość z przyciskami Zrobione i Odłóż; o zadaniach po terminie Tandem przypomina raz dziennie o 09:00 czasu zespołu.',
    'meeting.heldHeadline':
      '*Spotkanie za okres {period} odbyte* — oznaczył(a) {user}. {decisions}, {items} (otwarte: {open}).',
    'meeting.heldText': 'Spotkanie za okres {period} odbyte: {decisions}, {open}',
    'meeting.decisionCount': {
      one: '{count} decyzja',
      few: '{count} decyzje',
      many: '{count} decyzji',
      other: '{count} decyzji',
    },
    'meeting.openActionItemCount': {
      one: '{count} otwarte zadanie',
      few: '{count} otwarte zadania',
      many: '{count} otwartych zadań',
      other: '{count} otwartego zadania',
    },
    'meeting.buttonWithoutMeeting':
      ':warning: Ten przycisk nie wskazuje spotkania. Użyj przycisków pod podsumowaniem albo `/meeting`.',
    'meeting.alreadyHeld': 'Spotkanie za okres {period} zostało już oznaczone jako odbyte.',
    'meeting.alreadyHeldBy':
      'Spotkanie za okres {period} zostało już oznaczone jako odbyte przez {user} dnia {date}.',
  },
  ru: {
    'meeting.noteKpi': 'Показатель: {kpi}',
    'meeting.noteClient': 'клиент {name}',
    'meeting.held': 'прошла {date}',
    'meeting.heldMarkedBy': 'прошла {date} (отметка: {user})',
    'meeting.notHeldYet': 'ещё не отмечена как проведённая',
    'meeting.decisions': 'Решения ({count})',
    'meeting.notes': 'Заметки ({count})',
    'meeting.actionItems': 'Задачи (открытых: {open}, выполненных: {done})',
    'meeting.title': 'Встреча по периоду {period}',
    'meeting.nothingYet': 'пока ничего не записано',
    'meeting.empty':
      'Заметок, решений и задач пока нет. Добавьте их кнопками ниже — во время встречи или после неё.',
    'meeting.noneText': 'Встречи пока нет',
    'meeting.none':
      'Встречи пока нет. Каждая сводка открывает встречу своего периода, и в ней есть кнопки *Добавить заметку*, *Добавить задачу* и *Отметить встречу проведённой*. `/digest post` публикует сводку сейчас; `/digest schedule` задаёт, когда они приходят.',
    'meeting.button.addNote': 'Добавить заметку',
    'meeting.button.addActionItem': 'Добавить задачу',
    'meeting.button.markHeld': 'Отметить встречу проведённой',
    'meeting.help.text': 'Как пользоваться {command}',
    'meeting.help.body': [
      '*{command}* показывает встречу продаж и маркетинга, которую открыла последняя сводка.',
      '• `{command}` — текущая встреча: период, решения, заметки, задачи и их состояние',
      '• `{command} actions` — открытые задачи команды, затем недавно выполненные',
      '• `{command} actions mine` — только ваши',
      '• `{command} help` — эта справка',
    ].join('\n'),
    'meeting.help.context':
      'Кнопки сводки добавляют заметки, решения и задачи и отмечают встречу проведённой. Исполнители получают личное сообщение с кнопками «Готово» и «Отложить»; о просроченных задачах Tandem напоминает раз в день в 09:00 по времени команды.',
    'meeting.heldHeadline':
      '*Встреча по периоду {period} проведена* — отметка: {user}. {decisions}, {items} (открытых: {open}).',
    'meeting.heldText': 'Встреча по периоду {period} проведена: {decisions}, {open}',
    'meeting.decisionCount': {
      one: '{count} решение',
      few: '{count} решения',
      many: '{count} решений',
      other: '{count} решения',
    },
    'meeting.openActionItemCount': {
      one: '{count} открытая задача',
      few: '{count} открытые задачи',
      many: '{count} открытых задач',
      other: '{count} открытой задачи',
    },
    'meeting.buttonWithoutMeeting':
      ':warning: Эта кнопка не указывает на встречу. Воспользуйтесь кнопками сводки или командой `/meeting`.',
    'meeting.alreadyHeld': 'Встреча за период {period} уже отмечена как проведённая.',
    'meeting.alreadyHeldBy': 'Встреча за период {period} уже отмечена как проведённая: {user}, {date}.',
  },
});
