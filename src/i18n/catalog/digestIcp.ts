import { defineMessages } from '../message';

/** The digest's ideal-customer-profile part: written sections, data flags, sales-ready traits. */
export const digestIcpMessages = defineMessages({
  en: {
    'digest.icp.none':
      '*Ideal customer profile*\nNo ICP is written yet: write one with `/icp` so the meeting can check the data against it.',
    'digest.icp.title': '*Ideal customer profile* (version {version}, {date})',
    'digest.icp.dataHeading': {
      one: '*What the data says* (leads of the last {count} day)',
      other: '*What the data says* (leads of the last {count} days)',
    },
    'digest.icp.winsMatch': 'The wins match the written profile.',
    'digest.icp.salesReadyHeading': '*Sales-ready leads look like*',
    'digest.icp.reachedOffer': {
      one: '{percent} of {count} lead reached an offer',
      other: '{percent} of {count} leads reached an offer',
    },
    'digest.icp.averageDays': { one: 'in {count} day on average', other: 'in {count} days on average' },
  },
  pl: {
    'digest.icp.none':
      '*Profil idealnego klienta*\nICP nie jest jeszcze spisany: spisz go poleceniem `/icp`, aby na spotkaniu porównać z nim dane.',
    'digest.icp.title': '*Profil idealnego klienta* (wersja {version}, {date})',
    'digest.icp.dataHeading': {
      one: '*Co mówią dane* (leady z ostatniego {count} dnia)',
      few: '*Co mówią dane* (leady z ostatnich {count} dni)',
      many: '*Co mówią dane* (leady z ostatnich {count} dni)',
      other: '*Co mówią dane* (leady z ostatnich {count} dnia)',
    },
    'digest.icp.winsMatch': 'Wygrane pasują do spisanego profilu.',
    'digest.icp.salesReadyHeading': '*Tak wyglądają leady gotowe do zakupu*',
    'digest.icp.reachedOffer': {
      one: '{percent} z {count} leada doszło do oferty',
      few: '{percent} z {count} leadów doszło do oferty',
      many: '{percent} z {count} leadów doszło do oferty',
      other: '{percent} z {count} leada doszło do oferty',
    },
    'digest.icp.averageDays': {
      one: 'średnio w {count} dzień',
      few: 'średnio w {count} dni',
      many: 'średnio w {count} dni',
      other: 'średnio w {count} dnia',
    },
  },
  ru: {
    'digest.icp.none':
      '*Профиль идеального клиента*\nICP ещё не описан: опишите его командой `/icp`, чтобы на встрече сверить с ним данные.',
    'digest.icp.title': '*Профиль идеального клиента* (версия {version}, {date})',
    'digest.icp.dataHeading': {
      one: '*Что говорят данные* (лиды за последний {count} день)',
      few: '*Что говорят данные* (лиды за последние {count} дня)',
      many: '*Что говорят данные* (лиды за последние {count} дней)',
      other: '*Что говорят данные* (лиды за последние {count} дня)',
    },
    'digest.icp.winsMatch': 'Выигранные сделки соответствуют описанному профилю.',
    'digest.icp.salesReadyHeading': '*Так выглядят лиды, готовые к покупке*',
    'digest.icp.reachedOffer': {
      one: '{percent} из {count} лида дошли до предложения',
      few: '{percent} из {count} лидов дошли до предложения',
      many: '{percent} из {count} лидов дошли до предложения',
      other: '{percent} из {count} лида дошли до предложения',
    },
    'digest.icp.averageDays': {
      one: 'в среднем за {count} день',
      few: 'в среднем за {count} дня',
      many: 'в среднем за {count} дней',
      other: 'в среднем за {count} дня',
    },
  },
});
