import { defineMessages } from '../message';

/** `/plan` answers: the plan in force, a saved plan, and its help. */
export const planMessages = defineMessages({
  en: {
    'plan.unreadable': "Couldn't read that plan",
    'plan.setRejected': "Couldn't set that plan",
    'plan.saved': '*Plan saved* — it applies from today and repeats each period until changed.',
    'plan.savedText': 'Plan saved',
    'plan.current': '*The plan in force* — it repeats each period until changed.',
    'plan.currentText': 'The plan in force',
    'plan.empty': 'No plan is set yet. Set one with `{example}`.',
    'plan.wholeTeam': '*Whole team*',
    'plan.hint': 'Change a figure with `{example}`; per channel: `{channelExample}` · `{command} help`',
    'plan.help': [
      '*{command}* sets what the team plans per period; the digest shows actual against it.',
      '• `{command}` — the plan in force',
      '• `{command} leads 60` · `{command} cpl 400` — one figure for the whole team',
      '• `{command} channel:paid_search leads:20 spend:5000` — per channel: leads, spend, cpl',
      'Figures: {figures}. A plan repeats each period until changed; admins and facilitators set it.',
    ].join('\n'),
  },
  pl: {
    'plan.unreadable': 'Nie udało się odczytać tego planu',
    'plan.setRejected': 'Nie udało się ustalić tego planu',
    'plan.saved':
      '*Plan zapisany* — obowiązuje od dziś i powtarza się w każdym okresie, dopóki go nie zmienisz.',
    'plan.savedText': 'Plan zapisany',
    'plan.current': '*Obowiązujący plan* — powtarza się w każdym okresie, dopóki go nie zmienisz.',
    'plan.currentText': 'Obowiązujący plan',
    'plan.empty': 'Plan nie jest jeszcze ustalony. Ustal go poleceniem `{example}`.',
    'plan.wholeTeam': '*Cały zespół*',
    'plan.hint': 'Zmień wskaźnik poleceniem `{example}`; dla kanału: `{channelExample}` · `{command} help`',
    'plan.help': [
      '*{command}* ustala, co zespół planuje na okres; podsumowanie pokazuje wykonanie względem planu.',
      '• `{command}` — obowiązujący plan',
      '• `{command} leads 60` · `{command} cpl 400` — jeden wskaźnik dla całego zespołu',
      '• `{command} channel:paid_search leads:20 spend:5000` — dla kanału: leads, spend, cpl',
      'Wskaźniki: {figures}. Plan powtarza się w każdym okresie, dopóki go nie zmienisz; ustalają go administratorzy i prowadzący.',
    ].join('\n'),
  },
  ru: {
    'plan.unreadable': 'Не удалось разобрать этот план',
    'plan.setRejected': 'Не удалось задать этот план',
    'plan.saved':
      '*План сохранён* — он действует с сегодняшнего дня и повторяется каждый период, пока его не изменят.',
    'plan.savedText': 'План сохранён',
    'plan.current': '*Действующий план* — он повторяется каждый период, пока его не изменят.',
    'plan.currentText': 'Действующий план',
    'plan.empty': 'План ещё не задан. Задайте его командой `{example}`.',
    'plan.wholeTeam': '*Вся команда*',
    'plan.hint': 'Изменить показатель: `{example}`; по каналу: `{channelExample}` · `{command} help`',
    'plan.help': [
      '*{command}* задаёт план команды на период; сводка показывает факт против плана.',
      '• `{command}` — действующий план',
      '• `{command} leads 60` · `{command} cpl 400` — один показатель для всей команды',
      '• `{command} channel:paid_search leads:20 spend:5000` — по каналу: leads, spend, cpl',
      'Показатели: {figures}. План повторяется каждый период, пока его не изменят; задают его администраторы и ведущие.',
    ].join('\n'),
  },
});
