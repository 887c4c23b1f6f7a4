import { defineMessages } from '../message';

/** Problems with leads, deals, spend and feedback as typed in quick commands and forms. */
export const captureProblemMessages = defineMessages({
  en: {
    'problem.lead.companyRequired': 'Company is required',
    'problem.lead.notASegment': '“{typed}” is not a segment; use one of {segments}',
    'problem.lead.notACompanySize': '“{typed}” is not a company size; use a head count or one of {sizes}',
    'problem.lead.notACountry': '“{typed}” is not a country; use a two-letter code such as PL, DE or US',
    'problem.lead.notAnEmail': '“{typed}” is not an email address',
    'problem.lead.notASlackUser': '“{typed}” is not a Slack user; mention them with @, like owner:@anna',
    'problem.lead.notAnId': '“{typed}” is not a lead id',
    'problem.lead.notAListFilter': '“{typed}” is not a list filter; use mine and/or source:<channel>',
    'problem.lead.unknownKey': '“{key}” is not a lead key; keys are {keys}',
    'problem.lead.whichToEdit': 'Say which lead to edit',
    'problem.lead.whichToQualify': 'Say which lead to qualify',
    'problem.lead.whichToDisqualify': 'Say which lead to disqualify',
    'problem.lead.keyNotUnderstood': '“{key}” is not understood here',
    'problem.lead.onlyReasonKey': '“{key}” is not understood here; the only key is reason',
    'problem.lead.disqualifyNeedsReason': 'Disqualifying a lead needs a reason',

    'problem.deal.notAnId': '“{typed}” is not a deal id',
    'problem.deal.notAnIdOrVerb':
      '“{typed}” is not a deal id (D-7), a lead id (L-12) or one of help, list, show',
    'problem.deal.notAListFilter': '“{typed}” is not a list filter; use a stage ({stages}) and/or mine',
    'problem.deal.unknownKey': '“{key}” is not a deal key; keys are {keys}',
    'problem.deal.notAStage': '“{typed}” is not a stage; stages are {stages}',
    'problem.deal.notUnderstoodAfterStage': '“{typed}” is not understood after the stage',
    'problem.deal.stageMissing': 'Say which stage the new deal is in',
    'problem.deal.currencyNeedsValue': 'A new currency needs the value in it too',
    'problem.deal.wonNeedsValue': 'Winning a deal needs its final value',
    'problem.deal.sentBeforeRequested': 'The offer was sent before it was requested',
    'problem.deal.lostNeedsReason': 'Losing a deal needs a reason',
    'problem.deal.lostNeedsListedReason': 'Losing a deal needs a reason: one of {reasons}, or other words',
    'problem.deal.otherReasonMissing': 'Say what the other reason was',

    'problem.spend.listNotAPeriod': '“{typed}” is not a period; give one month, day or range',
    'problem.spend.afterCurrency': '“{typed}” after the currency is not understood; use period: and note:',
    'problem.spend.unknownKey': '“{key}” is not a spend key; keys are {keys}',
    'problem.spend.channelRequired': 'Channel is required',
    'problem.spend.amountRequired': 'Amount is required',
    'problem.spend.amountNotPositive': 'Amount must be more than 0',
    'problem.spend.periodRequired': 'Period is required: the days the money was spent over',

    'problem.feedback.notAListFilter':
      '“{typed}” is not a list filter; give a kind ({kinds}) and/or a period (30d, 6w or 2026-11-01..2026-11-14)',
    'problem.feedback.unknownKey':
      "“{key}:” is not a feedback key (keys are {keys}); put the client's words in double quotes",
    'problem.feedback.kindRequired': 'Kind is required: one of {kinds}',
    'problem.feedback.notAKind': '“{typed}” is not a kind of feedback; use {kinds}',
    'problem.feedback.textMissing': 'Say what the client said',
    'problem.feedback.notASentiment': '“{typed}” is not a sentiment; use {sentiments}',
    'problem.feedback.notASource': '“{typed}” is not a source; use {sources}',
    'problem.feedback.leadNotInTeam': '{id} is not a lead of this team',
    'problem.feedback.dealNotInTeam': '{id} is not a deal of this team',
  },
  pl: {
    'problem.lead.companyRequired': 'Firma jest wymagana',
    'problem.lead.notASegment': '„{typed}” to nie segment; użyj jednego z: `{segments}`',
    'problem.lead.notACompanySize':
      '„{typed}” to nie wielkość firmy; podaj liczbę pracowników albo jeden z przedziałów: `{sizes}`',
    'problem.lead.notACountry': '„{typed}” to nie kraj; użyj dwuliterowego kodu, np. PL, DE albo US',
    'problem.lead.notAnEmail': '„{typed}” to nie adres e-mail',
    'problem.lead.notASlackUser': '„{typed}” to nie użytkownik Slacka; oznacz go przez @',
    'problem.lead.notAnId': '„{typed}” to nie numer leada',
    'problem.lead.notAListFilter': '„{typed}” to nie filtr listy; użyj `mine` i/lub `źródło:<kanał>`',
    'problem.lead.unknownKey': '„{key}” to nie klucz leada; klucze to: `{keys}`',
    'problem.lead.whichToEdit': 'Podaj, którego leada edytować',
    'problem.lead.whichToQualify': 'Podaj, którego leada zakwalifikować',
    'problem.lead.whichToDisqualify': 'Podaj, którego leada zdyskwalifikować',
    'problem.lead.keyNotUnderstood': 'Klucz „{key}” nie ma tu znaczenia',
    'problem.lead.onlyReasonKey': 'Klucz „{key}” nie ma tu znaczenia; jedyny klucz to `powód`',
    'problem.lead.disqualifyNeedsReason': 'Dyskwalifikacja leada wymaga podania powodu',

    'problem.deal.notAnId': '„{typed}” to nie numer transakcji',
    'problem.deal.notAnIdOrVerb':
      '„{typed}” to nie numer transakcji (D-7), numer leada (L-12) ani `help`, `list` czy `show`',
    'problem.deal.notAListFilter': '„{typed}” to nie filtr listy; użyj etapu (`{stages}`) i/lub `mine`',
    'problem.deal.unknownKey': '„{key}” to nie klucz transakcji; klucze to: `{keys}`',
    'problem.deal.notAStage': '„{typed}” to nie etap; etapy to: `{stages}`',
    'problem.deal.notUnderstoodAfterStage': 'Nie rozumiem „{typed}” po nazwie etapu',
    'problem.deal.stageMissing': 'Podaj, na jakim etapie jest nowa transakcja',
    'problem.deal.currencyNeedsValue': 'Przy nowej walucie podaj też wartość w tej walucie',
    'problem.deal.wonNeedsValue': 'Wygrana transakcja wymaga podania jej końcowej wartości',
    'problem.deal.sentBeforeRequested': 'Oferta została wysłana, zanim o nią poproszono',
    'problem.deal.lostNeedsReason': 'Przegrana transakcja wymaga podania powodu',
    'problem.deal.lostNeedsListedReason':
      'Przegrana transakcja wymaga podania powodu: jednego z `{reasons}` albo własnymi słowami',
    'problem.deal.otherReasonMissing': 'Napisz, jaki był ten inny powód',

    'problem.spend.listNotAPeriod': '„{typed}” to nie okres; podaj jeden miesiąc, dzień albo zakres',
    'problem.spend.afterCurrency': 'Nie rozumiem „{typed}” po walucie; użyj `okres:` i `notatka:`',
    'problem.spend.unknownKey': '„{key}” to nie klucz wydatku; klucze to: `{keys}`',
    'problem.spend.channelRequired': 'Kanał jest wymagany',
    'problem.spend.amountRequired': 'Kwota jest wymagana',
    'problem.spend.amountNotPositive': 'Kwota musi być większa od 0',
    'problem.spend.periodRequired': 'Okres jest wymagany: dni, w których wydano pieniądze',

    'problem.feedback.notAListFilter':
      '„{typed}” to nie filtr listy; podaj rodzaj (`{kinds}`) i/lub okres (`30d`, `6w` albo `2026-11-01..2026-11-14`)',
    'problem.feedback.unknownKey':
      '„{key}:” to nie klucz opinii (klucze to: `{keys}`); słowa klienta ujmij w cudzysłów',
    'problem.feedback.kindRequired': 'Rodzaj jest wymagany: jeden z `{kinds}`',
    'problem.feedback.notAKind': '„{typed}” to nie rodzaj opinii; użyj: `{kinds}`',
    'problem.feedback.textMissing': 'Napisz, co powiedział klient',
    'problem.feedback.notASentiment': '„{typed}” to nie wydźwięk; użyj: `{sentiments}`',
    'problem.feedback.notASource': '„{typed}” to nie źródło; użyj: `{sources}`',
    'problem.feedback.leadNotInTeam': '{id} nie jest leadem tego zespołu',
    'problem.feedback.dealNotInTeam': '{id} nie jest transakcją tego zespołu',
  },
  ru: {
    'problem.lead.companyRequired': 'Нужно указать компанию',
    'problem.lead.notASegment': '«{typed}» — не сегмент; используйте один из: `{segments}`',
    'problem.lead.notACompanySize':
      '«{typed}» — не размер компании; укажите число сотрудников или один из вариантов: `{sizes}`',
    'problem.lead.notACountry':
      '«{typed}» — не страна; используйте двухбуквенный код, например PL, DE или US',
    'problem.lead.notAnEmail': '«{typed}» — не адрес эл. почты',
    'problem.lead.notASlackUser': '«{typed}» — не пользователь Slack; упомяните его через @',
    'problem.lead.notAnId': '«{typed}» — не номер лида',
    'problem.lead.notAListFilter':
      '«{typed}» — не фильтр списка; используйте `mine` и/или `источник:<канал>`',
    'problem.lead.unknownKey': '«{key}» — не ключ лида; ключи: `{keys}`',
    'problem.lead.whichToEdit': 'Укажите, какого лида изменить',
    'problem.lead.whichToQualify': 'Укажите, какого лида квалифицировать',
    'problem.lead.whichToDisqualify': 'Укажите, какого лида дисквалифицировать',
    'problem.lead.keyNotUnderstood': 'Ключ «{key}» здесь не подходит',
    'problem.lead.onlyReasonKey': 'Ключ «{key}» здесь не подходит; единственный ключ — `причина`',
    'problem.lead.disqualifyNeedsReason': 'Чтобы дисквалифицировать лида, укажите причину',

    'problem.deal.notAnId': '«{typed}» — не номер сделки',
    'problem.deal.notAnIdOrVerb':
      '«{typed}» — не номер сделки (D-7), не номер лида (L-12) и не `help`, `list` или `show`',
    'problem.deal.notAListFilter': '«{typed}» — не фильтр списка; используйте этап (`{stages}`) и/или `mine`',
    'problem.deal.unknownKey': '«{key}» — не ключ сделки; ключи: `{keys}`',
    'problem.deal.notAStage': '«{typed}» — не этап; этапы: `{stages}`',
    'problem.deal.notUnderstoodAfterStage': 'Непонятно, что значит «{typed}» после этапа',
    'problem.deal.stageMissing': 'Укажите, на каком этапе новая сделка',
    'problem.deal.currencyNeedsValue': 'При смене валюты укажите и сумму в новой валюте',
    'problem.deal.wonNeedsValue': 'Для выигранной сделки нужна итоговая сумма',
    'problem.deal.sentBeforeRequested': 'Предложение отправлено раньше, чем его запросили',
    'problem.deal.lostNeedsReason': 'Для проигранной сделки нужна причина',
    'problem.deal.lostNeedsListedReason':
      'Для проигранной сделки нужна причина: одна из `{reasons}` или своими словами',
    'problem.deal.otherReasonMissing': 'Напишите, какая была другая причина',

    'problem.spend.listNotAPeriod': '«{typed}» — не период; укажите один месяц, день или диапазон',
    'problem.spend.afterCurrency':
      'Непонятно, что значит «{typed}» после валюты; используйте `период:` и `заметка:`',
    'problem.spend.unknownKey': '«{key}» — не ключ расхода; ключи: `{keys}`',
    'problem.spend.channelRequired': 'Нужно указать канал',
    'problem.spend.amountRequired': 'Нужно указать сумму',
    'problem.spend.amountNotPositive': 'Сумма должна быть больше 0',
    'problem.spend.periodRequired': 'Нужно указать период: дни, за которые потрачены деньги',

    'problem.feedback.notAListFilter':
      '«{typed}» — не фильтр списка; укажите вид (`{kinds}`) и/или период (`30d`, `6w` или `2026-11-01..2026-11-14`)',
    'problem.feedback.unknownKey':
      '«{key}:» — не ключ отзыва (ключи: `{keys}`); слова клиента берите в двойные кавычки',
    'problem.feedback.kindRequired': 'Нужно указать вид: один из `{kinds}`',
    'problem.feedback.notAKind': '«{typed}» — не вид отзыва; используйте: `{kinds}`',
    'problem.feedback.textMissing': 'Напишите, что сказал клиент',
    'problem.feedback.notASentiment': '«{typed}» — не тональность; используйте: `{sentiments}`',
    'problem.feedback.notASource': '«{typed}» — не источник; используйте: `{sources}`',
    'problem.feedback.leadNotInTeam': '{id} — не лид этой команды',
    'problem.feedback.dealNotInTeam': '{id} — не сделка этой команды',
  },
});
