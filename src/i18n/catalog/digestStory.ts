import { defineMessages } from '../message';

/**
 * The digest's story: whether a change is good news (by the figure's polarity), the headline
 * sentences that open the parent, and the pointers to what moved into the thread.
 */
export const digestStoryMessages = defineMessages({
  en: {
    'digest.chart.spendIn': 'Spend ({currency})',
    'digest.story.icpData': 'Ideal customer profile: what the data says',
    'digest.story.icpUnchanged':
      '*Ideal customer profile*: unchanged (version {version}, {date}), see `/icp`.',
    'digest.story.feedbackNone': 'Nothing logged in {period}: {kinds}.',
    'digest.story.moreFigures': 'More figures, {period} (change against the previous period)',
    'digest.story.moreInThread': {
      one: '{count} more figure in the thread.',
      other: '{count} more figures in the thread.',
    },
    'digest.story.better': 'better',
    'digest.story.worse': 'worse',
    'digest.story.up': '{figure} up {change}',
    'digest.story.down': '{figure} down {change}',
    'digest.story.fromTo': '{figure} from {from} to {to}',
    'digest.story.partFromTo': '{figure} from {from} to {to}',
    'digest.story.quiet': 'No figure moved more than it usually does.',
  },
  pl: {
    'digest.chart.spendIn': 'Wydatki ({currency})',
    'digest.story.icpData': 'Profil idealnego klienta: co mówią dane',
    'digest.story.icpUnchanged':
      '*Profil idealnego klienta*: bez zmian (wersja {version}, {date}), zobacz `/icp`.',
    'digest.story.feedbackNone': 'W okresie {period} nic nie zapisano: {kinds}.',
    'digest.story.moreFigures': 'Więcej wskaźników, {period} (zmiana względem poprzedniego okresu)',
    'digest.story.moreInThread': {
      one: 'Jeszcze {count} wskaźnik w wątku.',
      few: 'Jeszcze {count} wskaźniki w wątku.',
      many: 'Jeszcze {count} wskaźników w wątku.',
      other: 'Jeszcze {count} wskaźnika w wątku.',
    },
    'digest.story.better': 'lepiej',
    'digest.story.worse': 'gorzej',
    'digest.story.up': '{figure}: wzrost o {change}',
    'digest.story.down': '{figure}: spadek o {change}',
    'digest.story.fromTo': '{figure}: z {from} do {to}',
    'digest.story.partFromTo': '{figure} z {from} do {to}',
    'digest.story.quiet': 'Żaden wskaźnik nie zmienił się bardziej niż zwykle.',
  },
  ru: {
    'digest.chart.spendIn': 'Расходы ({currency})',
    'digest.story.icpData': 'Профиль идеального клиента: что говорят данные',
    'digest.story.icpUnchanged':
      '*Профиль идеального клиента*: без изменений (версия {version}, {date}), см. `/icp`.',
    'digest.story.feedbackNone': 'За {period} ничего не записано: {kinds}.',
    'digest.story.moreFigures': 'Другие показатели, {period} (изменение к предыдущему периоду)',
    'digest.story.moreInThread': {
      one: 'Ещё {count} показатель — в ветке.',
      few: 'Ещё {count} показателя — в ветке.',
      many: 'Ещё {count} показателей — в ветке.',
      other: 'Ещё {count} показателя — в ветке.',
    },
    'digest.story.better': 'лучше',
    'digest.story.worse': 'хуже',
    'digest.story.up': '{figure}: рост на {change}',
    'digest.story.down': '{figure}: снижение на {change}',
    'digest.story.fromTo': '{figure}: с {from} до {to}',
    'digest.story.partFromTo': '{figure} с {from} до {to}',
    'digest.story.quiet': 'Ни один показатель не изменился сильнее обычного.',
  },
});
