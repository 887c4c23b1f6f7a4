import { defineMessages } from '../message';

/**
 * Problems with typed input that several commands share (lengths, keys, money, dates, periods),
 * and the words around every rejection. Typed text comes back in `{typed}`.
 */
export const problemMessages = defineMessages({
  en: {
    'problem.forExample': 'for example',
    'problem.eg': 'e.g.',

    'problem.quoteNotClosed': 'a quote opened at “{start}…” is never closed',
    'problem.tooLong': {
      one: '{label} is {count} character; at most {max} fit',
      other: '{label} is {count} characters; at most {max} fit',
    },
    'problem.textTooLong': {
      one: 'The text is {count} character; at most {max} fit',
      other: 'The text is {count} characters; at most {max} fit',
    },
    'problem.key.noValue': '{key}: has no value',
    'problem.key.givenTwice': '{key}: is given twice',
    'problem.labelGivenTwice': '{label} is given twice',
    'problem.notUnderstood': '“{typed}” is not understood; values with spaces go in double quotes',
    'problem.notAClientId': '“{typed}” is not a lead or deal id',
    'problem.clientNotFound': '{id} does not exist in this team',
    'problem.unknownChannel': "“{typed}” is not one of the team's channels: {channels}",
    'problem.notACurrency': '“{typed}” is not an ISO currency code such as PLN, EUR or USD',

    'problem.money.negative': '“{typed}” is negative; amounts are zero or more',
    'problem.money.notAnAmount': '“{typed}” is not an amount; use digits, e.g. 12000 or 12 000,50',
    'problem.money.ambiguous':
      '“{typed}” could mean two amounts in {currency}, which has 3 decimal places; write 12000 for twelve thousand or 12.000 for twelve',
    'problem.money.groupsAfterDecimal': '“{typed}” has digit groups after its decimal separator',
    'problem.money.mixedSeparators': '“{typed}” mixes separators; e.g. 12 000,50 or 12,000.50',
    'problem.money.oddGrouping':
      '“{typed}” groups its digits oddly; group thousands, e.g. 1 200 000 or 1,200,000',
    'problem.money.noMinorUnits': '{currency} has no minor units; “{typed}” has decimals',
    'problem.money.tooManyDecimals': {
      one: '{currency} has {count} decimal place; “{typed}” has {decimals}',
      other: '{currency} has {count} decimal places; “{typed}” has {decimals}',
    },
    'problem.money.tooLarge': '“{typed}” is more than the largest amount Tandem stores ({max})',
    'problem.percent.invalid': '“{typed}” is not a percentage from 0 to 100',

    'problem.date.notIsoDate': '“{typed}” is not a date; write it as YYYY-MM-DD',
    'problem.date.notADate': '“{typed}” is not a date',
    'problem.range.notAMonth': '“{typed}” is not a month; write it as 2026-11',
    'problem.range.notAPeriod':
      '“{typed}” is not a period; write first..last day (2026-11-01..2026-11-14), a month (2026-11) or a day (2026-11-05)',
    'problem.range.endsBeforeStart': '“{typed}” ends before it starts',
    'problem.range.outsideYears': '“{typed}” is outside the years Tandem keeps ({first}–{last})',
    'problem.range.tooLong': {
      one: '“{typed}” is longer than {count} day; record each year separately',
      other: '“{typed}” is longer than {count} days; record each year separately',
    },
    'problem.period.notAPeriod':
      '“{typed}” is not a period; write the first and last day as YYYY-MM-DD..YYYY-MM-DD',
    'problem.period.tooLong': {
      one: '“{typed}” is longer than {count} day',
      other: '“{typed}” is longer than {count} days',
    },
    'problem.lookback.outOfRange': {
      one: '“{typed}” must be between 1 and {count} day',
      other: '“{typed}” must be between 1 and {count} days',
    },
    'problem.lookback.notAPeriod': '“{typed}” is not a period; write 30d, 6w or 2026-11-01..2026-11-14',
  },
  pl: {
    'problem.forExample': 'na przykład',
    'problem.eg': 'np.',

    'problem.quoteNotClosed': 'cudzysłów otwarty przy „{start}…” nie został zamknięty',
    'problem.tooLong': {
      one: '{label}: {count} znak, a zmieści się najwyżej {max}',
      few: '{label}: {count} znaki, a zmieści się najwyżej {max}',
      many: '{label}: {count} znaków, a zmieści się najwyżej {max}',
      other: '{label}: {count} znaku, a zmieści się najwyżej {max}',
    },
    'problem.textTooLong': {
      one: 'Tekst ma {count} znak; zmieści się najwyżej {max}',
      few: 'Tekst ma {count} znaki; zmieści się najwyżej {max}',
      many: 'Tekst ma {count} znaków; zmieści się najwyżej {max}',
      other: 'Tekst ma {count} znaku; zmieści się najwyżej {max}',
    },
    'problem.key.noValue': '{key}: brak wartości',
    'problem.key.givenTwice': '{key}: podano dwa razy',
    'problem.labelGivenTwice': '{label}: podano dwa razy',
    'problem.notUnderstood': 'Nie rozumiem „{typed}”; wartości ze spacjami ujmij w cudzysłów',
    'problem.notAClientId': '„{typed}” to nie numer leada ani transakcji',
    'problem.clientNotFound': '{id} nie istnieje w tym zespole',
    'problem.unknownChannel': '„{typed}” nie jest kanałem zespołu; kanały to: `{channels}`',
    'problem.notACurrency': '„{typed}” to nie kod waluty ISO, taki jak PLN, EUR czy USD',

    'problem.money.negative': '„{typed}” to kwota ujemna; kwota musi wynosić zero lub więcej',
    'problem.money.notAnAmount': '„{typed}” to nie kwota; wpisz cyfry, np. 12000 albo 12 000,50',
    'problem.money.ambiguous':
      '„{typed}” może oznaczać dwie różne kwoty w {currency}, która ma 3 miejsca po przecinku; wpisz 12000, jeśli chodzi o dwanaście tysięcy, albo 12.000, jeśli o dwanaście',
    'problem.money.groupsAfterDecimal': '„{typed}” ma grupy cyfr po separatorze dziesiętnym',
    'problem.money.mixedSeparators': '„{typed}” miesza separatory; np. 12 000,50 albo 12,000.50',
    'problem.money.oddGrouping':
      '„{typed}” ma dziwnie pogrupowane cyfry; grupuj tysiące, np. 1 200 000 albo 1,200,000',
    'problem.money.noMinorUnits': '{currency} nie ma części ułamkowych, a „{typed}” ma miejsca po przecinku',
    'problem.money.tooManyDecimals': {
      one: '{currency} ma {count} miejsce po przecinku, a „{typed}” ma ich {decimals}',
      few: '{currency} ma {count} miejsca po przecinku, a „{typed}” ma ich {decimals}',
      many: '{currency} ma {count} miejsc po przecinku, a „{typed}” ma ich {decimals}',
      other: '{currency} ma {count} miejsca po przecinku, a „{typed}” ma ich {decimals}',
    },
    'problem.money.tooLarge': '„{typed}” to więcej niż największa kwota, jaką Tandem zapisuje ({max})',
    'problem.percent.invalid': '„{typed}” to nie procent od 0 do 100',

    'problem.date.notIsoDate': '„{typed}” to nie data; wpisz ją jako RRRR-MM-DD',
    'problem.date.notADate': '„{typed}” to nie data',
    'problem.range.notAMonth': '„{typed}” to nie miesiąc; wpisz go jako 2026-11',
    'problem.range.notAPeriod':
      '„{typed}” to nie okres; wpisz pierwszy..ostatni dzień (2026-11-01..2026-11-14), miesiąc (2026-11) albo dzień (2026-11-05)',
    'problem.range.endsBeforeStart': '„{typed}” kończy się, zanim się zaczyna',
    'problem.range.outsideYears': '„{typed}” wykracza poza lata, które zapisuje Tandem ({first}–{last})',
    'problem.range.tooLong': {
      one: '„{typed}” to więcej niż {count} dzień; zapisz każdy rok osobno',
      few: '„{typed}” to więcej niż {count} dni; zapisz każdy rok osobno',
      many: '„{typed}” to więcej niż {count} dni; zapisz każdy rok osobno',
      other: '„{typed}” to więcej niż {count} dnia; zapisz każdy rok osobno',
    },
    'problem.period.notAPeriod':
      '„{typed}” to nie okres; wpisz pierwszy i ostatni dzień jako RRRR-MM-DD..RRRR-MM-DD',
    'problem.period.tooLong': {
      one: '„{typed}” to więcej niż {count} dzień',
      few: '„{typed}” to więcej niż {count} dni',
      many: '„{typed}” to więcej niż {count} dni',
      other: '„{typed}” to więcej niż {count} dnia',
    },
    'problem.lookback.outOfRange': {
      one: '„{typed}”: okres musi mieć od 1 do {count} dnia',
      few: '„{typed}”: okres musi mieć od 1 do {count} dni',
      many: '„{typed}”: okres musi mieć od 1 do {count} dni',
      other: '„{typed}”: okres musi mieć od 1 do {count} dnia',
    },
    'problem.lookback.notAPeriod': '„{typed}” to nie okres; wpisz `30d`, `6w` albo `2026-11-01..2026-11-14`',
  },
  ru: {
    'problem.forExample': 'например',
    'problem.eg': 'напр.',

    'problem.quoteNotClosed': 'кавычка, открытая перед «{start}…», не закрыта',
    'problem.tooLong': {
      one: '{label}: {count} символ, а помещается не больше {max}',
      few: '{label}: {count} символа, а помещается не больше {max}',
      many: '{label}: {count} символов, а помещается не больше {max}',
      other: '{label}: {count} символа, а помещается не больше {max}',
    },
    'problem.textTooLong': {
      one: 'В тексте {count} символ, а помещается не больше {max}',
      few: 'В тексте {count} символа, а помещается не больше {max}',
      many: 'В тексте {count} символов, а помещается не больше {max}',
      other: 'В тексте {count} символа, а помещается не больше {max}',
    },
    'problem.key.noValue': '{key}: нет значения',
    'problem.key.givenTwice': '{key}: указано дважды',
    'problem.labelGivenTwice': '{label}: указано дважды',
    'problem.notUnderstood': 'Непонятно, что значит «{typed}»; значения с пробелами берите в двойные кавычки',
    'problem.notAClientId': '«{typed}» — не номер лида или сделки',
    'problem.clientNotFound': '{id} нет в этой команде',
    'problem.unknownChannel': '«{typed}» — не канал команды; каналы: `{channels}`',
    'problem.notACurrency': '«{typed}» — не код валюты ISO, например PLN, EUR или USD',

    'problem.money.negative': '«{typed}» — отрицательная сумма; сумма должна быть нулевой или больше',
    'problem.money.notAnAmount': '«{typed}» — не сумма; пишите цифрами, например 12000 или 12 000,50',
    'problem.money.ambiguous':
      '«{typed}» может означать две разные суммы в {currency}, где 3 знака после запятой; напишите 12000, если это двенадцать тысяч, или 12.000, если двенадцать',
    'problem.money.groupsAfterDecimal': 'В «{typed}» после десятичного разделителя идут группы цифр',
    'problem.money.mixedSeparators':
      'В «{typed}» смешаны разделители; пишите, например, 12 000,50 или 12,000.50',
    'problem.money.oddGrouping':
      'В «{typed}» цифры сгруппированы странно; группируйте тысячи, например 1 200 000 или 1,200,000',
    'problem.money.noMinorUnits': 'У {currency} нет дробной части, а в «{typed}» есть знаки после запятой',
    'problem.money.tooManyDecimals': {
      one: 'У {currency} {count} знак после запятой, а в «{typed}» их {decimals}',
      few: 'У {currency} {count} знака после запятой, а в «{typed}» их {decimals}',
      many: 'У {currency} {count} знаков после запятой, а в «{typed}» их {decimals}',
      other: 'У {currency} {count} знака после запятой, а в «{typed}» их {decimals}',
    },
    'problem.money.tooLarge': '«{typed}» больше самой большой суммы, которую хранит Tandem ({max})',
    'problem.percent.invalid': '«{typed}» — не процент от 0 до 100',

    'problem.date.notIsoDate': '«{typed}» — не дата; пишите её как ГГГГ-ММ-ДД',
    'problem.date.notADate': '«{typed}» — не дата',
    'problem.range.notAMonth': '«{typed}» — не месяц; пишите его как 2026-11',
    'problem.range.notAPeriod':
      '«{typed}» — не период; укажите первый..последний день (2026-11-01..2026-11-14), месяц (2026-11) или день (2026-11-05)',
    'problem.range.endsBeforeStart': '«{typed}» заканчивается раньше, чем начинается',
    'problem.range.outsideYears': '«{typed}» выходит за годы, которые хранит Tandem ({first}–{last})',
    'problem.range.tooLong': {
      one: '«{typed}» длиннее {count} дня; записывайте каждый год отдельно',
      few: '«{typed}» длиннее {count} дней; записывайте каждый год отдельно',
      many: '«{typed}» длиннее {count} дней; записывайте каждый год отдельно',
      other: '«{typed}» длиннее {count} дня; записывайте каждый год отдельно',
    },
    'problem.period.notAPeriod':
      '«{typed}» — не период; укажите первый и последний день как ГГГГ-ММ-ДД..ГГГГ-ММ-ДД',
    'problem.period.tooLong': {
      one: '«{typed}» длиннее {count} дня',
      few: '«{typed}» длиннее {count} дней',
      many: '«{typed}» длиннее {count} дней',
      other: '«{typed}» длиннее {count} дня',
    },
    'problem.lookback.outOfRange': {
      one: '«{typed}»: период должен быть от 1 до {count} дня',
      few: '«{typed}»: период должен быть от 1 до {count} дней',
      many: '«{typed}»: период должен быть от 1 до {count} дней',
      other: '«{typed}»: период должен быть от 1 до {count} дня',
    },
    'problem.lookback.notAPeriod': '«{typed}» — не период; пишите `30d`, `6w` или `2026-11-01..2026-11-14`',
  },
});
