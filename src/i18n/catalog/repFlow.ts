import { defineMessages } from '../message';

/** The rep's short path: "did you mean", choosing among records, next-step buttons, derived won values. */
export const repFlowMessages = defineMessages({
  en: {
    'flow.didYouMean': 'Did you mean `{suggestion}`?',
    'flow.didYouMeanText': 'Did you mean {meant}?',
    'flow.didYouMeanTyped': 'You typed `{typed}`, which is close to *{meant}*. Nothing was saved yet.',
    'flow.runSuggested': 'Yes, {meant}',
    'flow.runLiteralLead': 'No, add a lead “{typed}”',
    'flow.runLiteralDeal': 'No, “{typed}” is a company',
    'flow.whichDeal': {
      one: '{lead} has {count} open deal. Which one do you mean?',
      other: '{lead} has {count} open deals. Which one do you mean?',
    },
    'flow.whichDealText': {
      one: '{reference} has {count} open deal: pick one',
      other: '{reference} has {count} open deals: pick one',
    },
    'flow.whichLead': {
      one: '{count} lead is called “{company}”. Which one do you mean?',
      other: '{count} leads are called “{company}”. Which one do you mean?',
    },
    'flow.whichLeadText': {
      one: '{count} lead matches “{company}”: pick one',
      other: '{count} leads match “{company}”: pick one',
    },
    'flow.onlyOpenDeal': '`{deal}` is the only open deal of `{lead}`, so that is the one moved',
    'flow.wonFromOffer':
      'won value {value}: the offer’s {offer} less the {percent} discount, as no value was given',
    'flow.openDealButton': 'Open deal',
    'flow.qualifyButton': 'Qualify',
    'flow.team': 'Team: *{team}*',
    'flow.leadConflict':
      ':warning: {user} saved L-{number} (*{company}*) on {time} while you were editing, changing {fields}. Their changes are in the form below, except where you changed the same field: {conflicts}. There the form keeps your value (theirs: {theirs}); press Save to keep yours, or put theirs back.',
    'flow.leadKept': 'kept {user}’s change of {fields}, saved on {time} while you were editing',
    'flow.settings.announcements': 'Post in the team channel',
    'flow.settings.announcementsHint':
      'Off by default. The team channel is the digest’s channel, else the first channel bound to the team.',
    'flow.settings.announceOutcomes': 'Won and lost deals',
    'flow.settings.announceQualified': 'Newly qualified leads',
    'flow.announce.won':
      ':tada: *Won!* {deal} · {value} · owner {owner} · source: {source} · {days} to close',
    'flow.announce.lost':
      ':small_red_triangle_down: *Lost* {deal} · {value} · owner {owner} · source: {source} · {days} to close · reason: {reason}',
    'flow.announce.wonText': 'Won: {reference} {company}, {value}',
    'flow.announce.lostText': 'Lost: {reference} {company}, {value}',
    'flow.announce.qualified': ':seedling: *Newly qualified lead* {lead} · owner {owner} · source: {source}',
    'flow.announce.qualifiedText': 'Newly qualified lead: {reference} {company}',
    'flow.announce.none': 'none',
    'flow.sameCompany': 'same company',
    'flow.sameEmail': 'same email',
    'flow.sameCompanyAndEmail': 'same company and email',
    'flow.teamNotDefault':
      'Team: *{team}*, this channel’s team; your default team stays *{default}* (to make this one your default: `/tandem team {team}`)',
  },
  pl: {
    'flow.didYouMean': 'Czy chodziło o `{suggestion}`?',
    'flow.didYouMeanText': 'Czy chodziło o {meant}?',
    'flow.didYouMeanTyped': 'Wpisano `{typed}`, co przypomina *{meant}*. Na razie nic nie zapisano.',
    'flow.runSuggested': 'Tak, {meant}',
    'flow.runLiteralLead': 'Nie, dodaj lead „{typed}”',
    'flow.runLiteralDeal': 'Nie, „{typed}” to nazwa firmy',
    'flow.whichDeal': {
      one: '{lead} ma {count} otwartą transakcję. O którą chodzi?',
      few: '{lead} ma {count} otwarte transakcje. O którą chodzi?',
      many: '{lead} ma {count} otwartych transakcji. O którą chodzi?',
      other: '{lead} ma {count} otwartej transakcji. O którą chodzi?',
    },
    'flow.whichDealText': {
      one: '{reference} ma {count} otwartą transakcję: wybierz',
      few: '{reference} ma {count} otwarte transakcje: wybierz jedną',
      many: '{reference} ma {count} otwartych transakcji: wybierz jedną',
      other: '{reference} ma {count} otwartej transakcji: wybierz jedną',
    },
    'flow.whichLead': {
      one: '{count} lead nazywa się „{company}”. O który chodzi?',
      few: '{count} leady nazywają się „{company}”. O który chodzi?',
      many: '{count} leadów nazywa się „{company}”. O który chodzi?',
      other: '{count} leada nazywa się „{company}”. O który chodzi?',
    },
    'flow.whichLeadText': {
      one: '{count} lead pasuje do „{company}”: wybierz',
      few: '{count} leady pasują do „{company}”: wybierz jeden',
      many: '{count} leadów pasuje do „{company}”: wybierz jeden',
      other: '{count} leada pasuje do „{company}”: wybierz jeden',
    },
    'flow.onlyOpenDeal':
      '`{deal}` to jedyna otwarta transakcja leada `{lead}`, więc to ona została przesunięta',
    'flow.wonFromOffer':
      'wartość wygranej {value}: oferta {offer} pomniejszona o rabat {percent}, bo nie podano wartości',
    'flow.openDealButton': 'Otwórz transakcję',
    'flow.qualifyButton': 'Kwalifikuj',
    'flow.team': 'Zespół: *{team}*',
    'flow.leadConflict':
      ':warning: {user} zapisał(a) L-{number} (*{company}*) {time} w trakcie Twojej edycji i zmienił(a): {fields}. Te zmiany są już w formularzu poniżej, z wyjątkiem pól, które zmieniliście oboje: {conflicts}. Tam formularz zachowuje Twoją wartość (ich wartość: {theirs}); naciśnij „Zapisz”, aby zostawić swoją, albo przywróć ich wartość.',
    'flow.leadKept': 'zachowano zmianę {user} w polach: {fields}, zapisaną {time} w trakcie Twojej edycji',
    'flow.settings.announcements': 'Publikuj na kanale zespołu',
    'flow.settings.announcementsHint':
      'Domyślnie wyłączone. Kanał zespołu to kanał podsumowania, a jeśli go nie ma — pierwszy kanał przypisany do zespołu.',
    'flow.settings.announceOutcomes': 'Wygrane i przegrane transakcje',
    'flow.settings.announceQualified': 'Nowo zakwalifikowane leady',
    'flow.announce.won':
      ':tada: *Wygrana!* {deal} · {value} · opiekun {owner} · źródło: {source} · zamknięcie po {days}',
    'flow.announce.lost':
      ':small_red_triangle_down: *Przegrana* {deal} · {value} · opiekun {owner} · źródło: {source} · zamknięcie po {days} · powód: {reason}',
    'flow.announce.wonText': 'Wygrana: {reference} {company}, {value}',
    'flow.announce.lostText': 'Przegrana: {reference} {company}, {value}',
    'flow.announce.qualified':
      ':seedling: *Nowy zakwalifikowany lead* {lead} · opiekun {owner} · źródło: {source}',
    'flow.announce.qualifiedText': 'Nowy zakwalifikowany lead: {reference} {company}',
    'flow.announce.none': 'brak',
    'flow.sameCompany': 'ta sama firma',
    'flow.sameEmail': 'ten sam e-mail',
    'flow.sameCompanyAndEmail': 'ta sama firma i e-mail',
    'flow.teamNotDefault':
      'Zespół: *{team}*, zespół tego kanału; Twoim domyślnym zespołem pozostaje *{default}* (aby ustawić ten jako domyślny: `/tandem team {team}`)',
  },
  ru: {
    'flow.didYouMean': 'Вы имели в виду `{suggestion}`?',
    'flow.didYouMeanText': 'Вы имели в виду {meant}?',
    'flow.didYouMeanTyped': 'Вы ввели `{typed}` — это похоже на *{meant}*. Пока ничего не сохранено.',
    'flow.runSuggested': 'Да, {meant}',
    'flow.runLiteralLead': 'Нет, добавить лид «{typed}»',
    'flow.runLiteralDeal': 'Нет, «{typed}» — это компания',
    'flow.whichDeal': {
      one: 'У {lead} {count} открытая сделка. Какую вы имеете в виду?',
      few: 'У {lead} {count} открытые сделки. Какую вы имеете в виду?',
      many: 'У {lead} {count} открытых сделок. Какую вы имеете в виду?',
      other: 'У {lead} {count} открытой сделки. Какую вы имеете в виду?',
    },
    'flow.whichDealText': {
      one: 'У {reference} {count} открытая сделка: выберите её',
      few: 'У {reference} {count} открытые сделки: выберите одну',
      many: 'У {reference} {count} открытых сделок: выберите одну',
      other: 'У {reference} {count} открытой сделки: выберите одну',
    },
    'flow.whichLead': {
      one: '«{company}» называется {count} лид. Какой вы имеете в виду?',
      few: '«{company}» называются {count} лида. Какой вы имеете в виду?',
      many: '«{company}» называются {count} лидов. Какой вы имеете в виду?',
      other: '«{company}» называются {count} лида. Какой вы имеете в виду?',
    },
    'flow.whichLeadText': {
      one: 'С «{company}» совпадает {count} лид: выберите его',
      few: 'С «{company}» совпадают {count} лида: выберите один',
      many: 'С «{company}» совпадают {count} лидов: выберите один',
      other: 'С «{company}» совпадают {count} лида: выберите один',
    },
    'flow.onlyOpenDeal': '`{deal}` — единственная открытая сделка лида `{lead}`, поэтому перемещена она',
    'flow.wonFromOffer':
      'сумма выигранной сделки {value}: предложение {offer} минус скидка {percent}, так как сумма не указана',
    'flow.openDealButton': 'Открыть сделку',
    'flow.qualifyButton': 'Квалифицировать',
    'flow.team': 'Команда: *{team}*',
    'flow.leadConflict':
      ':warning: {user} сохранил(а) L-{number} (*{company}*) {time}, пока вы редактировали, и изменил(а): {fields}. Эти изменения уже в форме ниже, кроме полей, которые вы оба изменили: {conflicts}. Там в форме ваше значение (их значение: {theirs}); нажмите «Сохранить», чтобы оставить своё, или верните их значение.',
    'flow.leadKept': 'сохранено изменение {user} в полях: {fields}, сделанное {time}, пока вы редактировали',
    'flow.settings.announcements': 'Публиковать в канале команды',
    'flow.settings.announcementsHint':
      'По умолчанию выключено. Канал команды — канал сводки, а если его нет — первый канал, привязанный к команде.',
    'flow.settings.announceOutcomes': 'Выигранные и проигранные сделки',
    'flow.settings.announceQualified': 'Новые квалифицированные лиды',
    'flow.announce.won':
      ':tada: *Сделка выиграна!* {deal} · {value} · ответственный {owner} · источник: {source} · закрыта за {days}',
    'flow.announce.lost':
      ':small_red_triangle_down: *Сделка проиграна* {deal} · {value} · ответственный {owner} · источник: {source} · закрыта за {days} · причина: {reason}',
    'flow.announce.wonText': 'Выиграна: {reference} {company}, {value}',
    'flow.announce.lostText': 'Проиграна: {reference} {company}, {value}',
    'flow.announce.qualified':
      ':seedling: *Новый квалифицированный лид* {lead} · ответственный {owner} · источник: {source}',
    'flow.announce.qualifiedText': 'Новый квалифицированный лид: {reference} {company}',
    'flow.announce.none': 'нет',
    'flow.sameCompany': 'та же компания',
    'flow.sameEmail': 'тот же e-mail',
    'flow.sameCompanyAndEmail': 'та же компания и e-mail',
    'flow.teamNotDefault':
      'Команда: *{team}* — команда этого канала; ваша команда по умолчанию по-прежнему *{default}* (сделать эту команду основной: `/tandem team {team}`)',
  },
});
