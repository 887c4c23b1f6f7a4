import { defineMessages } from '../message';

/**
 * Several teams in one workspace and their roles: `/tandem`, the settings form, and the answer to
 * someone whose role does not allow what they tried. `{team}` and `{channel}` arrive formatted
 * (bold in messages, plain in form errors); `{people}` is a list of mentions.
 */
export const teamMessages = defineMessages({
  en: {
    'teams.help.title': 'Teams in Tandem',
    'teams.help.body':
      '`/tandem team` — your team here, its channels, your role and the teams of this workspace\n' +
      '`/tandem team EMEA` — make EMEA your default team (used outside bound channels)\n' +
      '`/tandem team create EMEA` — a new team, with the settings of the current one (admins)\n' +
      '`/tandem import` — import a CSV of leads, deals or spend: a dry run in your DM, then Apply (admins)\n' +
      '`/tandem team bind` — commands typed in this channel act on the current team; `bind EMEA` on EMEA (admins)\n' +
      '`/tandem team unbind` — this channel stops belonging to its team (admins)\n' +
      '`/tandem settings` — roles, channel and product lists, currency, language, time zone, stale-deal threshold (admins; facilitators change the lists)\n' +
      '`/tandem language pl` — the language Tandem speaks to you (pl, ru, en; `auto` follows Slack or the team)\n' +
      '`/tandem rate EUR 4.31 from:2026-11-01` — the rate of another currency to the team currency from a date on; `/tandem rate` lists them (admins)\n' +
      'Names with spaces go in quotes: `/tandem team "North America"`.',
    'teams.overview.title': 'Your team here: {team}',
    'teams.overview.pickedBy.channel': 'This channel is bound to it.',
    'teams.overview.pickedBy.user': 'It is your default team; this channel is bound to no team.',
    'teams.overview.pickedBy.workspace':
      "It is the workspace's default team: this channel is bound to no team and you have not chosen a default.",
    'teams.overview.channels': 'Channels: {channels}',
    'teams.overview.noChannels': 'Channels: none bound yet',
    'teams.overview.role': 'Your role: {role}',
    'teams.overview.workspaceTeams': 'Teams in this workspace',
    'teams.overview.channelCount': { one: '{count} channel', other: '{count} channels' },
    'teams.overview.workspaceDefault': 'workspace default',
    'teams.overview.yourDefault': 'your default',
    'teams.overview.hint':
      '`/tandem team EMEA` makes another team your default; `/tandem help` lists everything.',
    'teams.role.admin': 'admin',
    'teams.role.facilitator': 'facilitator',
    'teams.role.member': 'member',
    'teams.switched': 'Team {team} is now your default: your commands outside bound channels act on it.',
    'teams.switchedChannelStays':
      'Commands typed in this channel still act on team {other}, which the channel is bound to.',
    'teams.unknownTeam': 'There is no team called “{name}” in this workspace. Its teams: {teams}.',
    'teams.created':
      'Created team {team} with the settings of {from}; you are its admin. Type `/tandem team bind {command}` in the channels it owns, or `/tandem team {command}` to make it your default.',
    'teams.nameTaken': 'A team called {team} already exists in this workspace.',
    'teams.bound': '{channel} now belongs to team {team}: commands typed here act on it.',
    'teams.alreadyBound': '{channel} already belongs to team {team}.',
    'teams.boundElsewhere':
      '{channel} belongs to team {team}. To move it, an admin of {team} types `/tandem team unbind` here first.',
    'teams.notAChannel': 'Only channels can be bound to a team: type this in the channel itself.',
    'teams.unbound':
      "{channel} no longer belongs to team {team}: commands typed here act on each person's default team.",
    'teams.notBound': '{channel} is not bound to any team.',
    'teams.rejected.title': "Couldn't read that /tandem command",
    'teams.rejected.example': 'For example: {example}',
    'teams.problem.unclosedQuote': 'A quote is opened but never closed',
    'teams.problem.unknownVerb':
      '“{word}” is not a /tandem command; use team, settings, language, rate or help',
    'teams.problem.unknownLanguage': '“{word}” is not a language of Tandem: use pl, ru, en or auto',
    'teams.problem.takesNothing': '“{word}” takes nothing after it',
    'teams.problem.nameMissing': 'Name the team',
    'teams.problem.nameTooLong': {
      one: 'A team name has at most {count} character',
      other: 'A team name has at most {count} characters',
    },
    'teams.problem.nameInvalid': "“{name}” is not a team name: use letters, digits, spaces and & . _ ' -",
    'teams.problem.nameReserved': '“{name}” is a word of /tandem team itself; pick another name',
    'teams.problem.nameTaken': 'Another team of this workspace is called that; pick another name',
    'teams.problem.currencyInvalid': '“{value}” is not an ISO currency code such as EUR, PLN or USD',
    'teams.problem.rateMissing':
      'Write the currency, its rate to the team currency and, if it applies from another day than today, the date',
    'teams.problem.rateInvalid': '“{value}” is not a rate: write a positive number such as 4.31',
    'teams.problem.rateDateInvalid': '“{value}” is not a date: write it as YYYY-MM-DD',
    'teams.problem.rateOwnCurrency': '{currency} is the team’s own currency: it needs no rate',
    'teams.rate.saved':
      'Saved: 1 {currency} = {rate} {teamCurrency} from {date}. Digests convert amounts in {currency} from that day on with it.',
    'teams.rate.title':
      '*Exchange rates to {teamCurrency}* (each in force until the next one of its currency)',
    'teams.rate.line': '1 {currency} = {rate} {teamCurrency} from {date}',
    'teams.rate.none':
      'No exchange rates yet: amounts in other currencies are left out of totals, and each total says how much. An admin adds one with `/tandem rate EUR 4.31`.',
    'teams.problem.localeInvalid': 'Pick a language',
    'teams.problem.timeZoneInvalid': '“{value}” is not a time zone name such as Europe/Warsaw',
    'teams.problem.staleDaysInvalid': 'Write a whole number from {min} to {max}',
    'teams.problem.listEmpty': 'Write at least one channel, one per line',
    'teams.problem.listTooLong': {
      one: 'A list has at most {count} entry',
      other: 'A list has at most {count} entries',
    },
    'teams.problem.listItemTooLong': {
      one: '“{item}” is longer than {count} character',
      other: '“{item}” is longer than {count} characters',
    },
    'teams.problem.listItemInvalid': '“{item}” needs at least one letter or digit',
    'teams.problem.selfDemotion':
      'Keep yourself among the admins: once you leave, only another admin can give the role back',
    'teams.refusal.postDigest': 'Only admins or facilitators of team {team} can post or re-post the digest.',
    'teams.refusal.scheduleDigest':
      'Only admins or facilitators of team {team} can change the digest schedule.',
    'teams.refusal.editIcp':
      'Only admins or facilitators of team {team} can edit the ideal customer profile.',
    'teams.refusal.editLists':
      'Only admins or facilitators of team {team} can change the channel and product lists.',
    'teams.refusal.setPlan': 'Only admins or facilitators of team {team} can set its plan.',
    'teams.refusal.changeSettings': 'Only admins of team {team} can change its settings and roles.',
    'teams.refusal.manageTeams': 'Only admins of team {team} can create teams and bind or unbind channels.',
    'teams.refusal.importData': 'Only admins of team {team} can import CSV files into it.',
    'teams.refusal.ask': { one: 'Ask {people}.', other: 'Ask one of them: {people}.' },
    'teams.refusal.askWorkspaceAdmin':
      'Ask a Slack workspace admin or owner: they can name admins and facilitators with `/tandem settings`.',
    'teams.settings.title': 'Team settings',
    'teams.settings.listsTitle': 'Team lists',
    'teams.settings.save': 'Save',
    'teams.settings.cancel': 'Cancel',
    'teams.settings.intro':
      'Settings of team {team}. Lists take one entry per line; an entry you remove is archived, and records filed under it keep it.',
    'teams.settings.listsIntro':
      'Lists of team {team}, one entry per line; an entry you remove is archived, and records filed under it keep it. Admins change the other settings.',
    'teams.settings.name': 'Team name',
    'teams.settings.admins': 'Admins',
    'teams.settings.adminsHint':
      'Slack workspace admins and owners are admins of every team without being listed.',
    'teams.settings.facilitators': 'Facilitators',
    'teams.settings.facilitatorsHint':
      'Facilitators post the digest, set its schedule, edit the ideal customer profile and change the lists.',
    'teams.settings.channels': 'Channels (lead sources and spend)',
    'teams.settings.products': 'Products',
    'teams.settings.currency': 'Default currency',
    'teams.settings.currencyHint': 'An ISO code such as EUR, PLN or USD.',
    'teams.settings.locale': 'Language of digests and channel posts',
    'teams.settings.timeZone': 'Time zone',
    'teams.settings.timeZoneHint': 'A time zone name, e.g. Europe/Warsaw or America/New_York.',
    'teams.settings.staleDealDays': 'Days before a deal is stale',
    'teams.settings.staleDealDaysHint': 'A deal unchanged this long is flagged in reminders and the digest.',
    'teams.settings.saved': 'Saved the settings of team {team}.',
    'teams.settings.listsSaved': 'Saved the lists of team {team}.',
    'teams.settings.saveFailed':
      'Tandem could not save just now. Everything you typed is still here: press Save again in a moment.',
    'teams.language.en': 'English',
    'teams.language.pl': 'Polish',
    'teams.language.ru': 'Russian',
  },
  pl: {
    'teams.help.title': 'Zespoły w Tandemie',
    'teams.help.body':
      '`/tandem team` — twój zespół w tym miejscu, jego kanały, twoja rola i zespoły tego obszaru roboczego\n' +
      '`/tandem team EMEA` — ustaw EMEA jako swój domyślny zespół (działa poza przypisanymi kanałami)\n' +
      '`/tandem team create EMEA` — nowy zespół z ustawieniami bieżącego (administratorzy)\n' +
      '`/tandem import` — import pliku CSV z leadami, transakcjami lub wydatkami: próba w wiadomości prywatnej, potem Zastosuj (administratorzy)\n' +
      '`/tandem team bind` — polecenia wpisane w tym kanale dotyczą bieżącego zespołu; `bind EMEA` — zespołu EMEA (administratorzy)\n' +
      '`/tandem team unbind` — ten kanał przestaje należeć do swojego zespołu (administratorzy)\n' +
      '`/tandem settings` — role, listy kanałów i produktów, waluta, język, strefa czasowa, próg zastoju transakcji (administratorzy; prowadzący zmieniają listy)\n' +
      '`/tandem language pl` — język, w którym Tandem pisze do ciebie (pl, ru, en; `auto` — język Slacka lub zespołu)\n' +
      '`/tandem rate EUR 4.31 from:2026-11-01` — kurs innej waluty do waluty zespołu od danego dnia; `/tandem rate` pokazuje kursy (administratorzy)\n' +
      'Nazwy ze spacjami wpisz w cudzysłowie: `/tandem team "North America"`.',
    'teams.overview.title': 'Twój zespół w tym miejscu: {team}',
    'teams.overview.pickedBy.channel': 'Ten kanał jest do niego przypisany.',
    'teams.overview.pickedBy.user':
      'To twój domyślny zespół; ten kanał nie jest przypisany do żadnego zespołu.',
    'teams.overview.pickedBy.workspace':
      'To domyślny zespół obszaru roboczego: ten kanał nie jest przypisany do żadnego zespołu i nie masz wybranego zespołu domyślnego.',
    'teams.overview.channels': 'Kanały: {channels}',
    'teams.overview.noChannels': 'Kanały: jeszcze żaden nie jest przypisany',
    'teams.overview.role': 'Twoja rola: {role}',
    'teams.overview.workspaceTeams': 'Zespoły w tym obszarze roboczym',
    'teams.overview.channelCount': {
      one: '{count} kanał',
      few: '{count} kanały',
      many: '{count} kanałów',
      other: '{count} kanału',
    },
    'teams.overview.workspaceDefault': 'domyślny obszaru roboczego',
    'teams.overview.yourDefault': 'twój domyślny',
    'teams.overview.hint':
      '`/tandem team EMEA` ustawia inny zespół jako domyślny; `/tandem help` pokazuje wszystkie polecenia.',
    'teams.role.admin': 'administrator',
    'teams.role.facilitator': 'prowadzący',
    'teams.role.member': 'członek',
    'teams.switched':
      'Zespół {team} jest teraz twoim domyślnym: twoje polecenia poza przypisanymi kanałami dotyczą właśnie jego.',
    'teams.switchedChannelStays':
      'Polecenia wpisane w tym kanale nadal dotyczą zespołu {other}, do którego kanał jest przypisany.',
    'teams.unknownTeam': 'W tym obszarze roboczym nie ma zespołu o nazwie „{name}”. Jego zespoły: {teams}.',
    'teams.created':
      'Utworzono zespół {team} z ustawieniami zespołu {from}; jesteś jego administratorem. Wpisz `/tandem team bind {command}` w kanałach, które do niego należą, albo `/tandem team {command}`, aby ustawić go jako domyślny.',
    'teams.nameTaken': 'Zespół o nazwie {team} już istnieje w tym obszarze roboczym.',
    'teams.bound': '{channel} należy teraz do zespołu {team}: polecenia wpisane tutaj dotyczą tego zespołu.',
    'teams.alreadyBound': '{channel} już należy do zespołu {team}.',
    'teams.boundElsewhere':
      '{channel} należy do zespołu {team}. Aby go przenieść, administrator zespołu {team} musi najpierw wpisać tutaj `/tandem team unbind`.',
    'teams.notAChannel': 'Do zespołu można przypisać tylko kanał: wpisz to polecenie w samym kanale.',
    'teams.unbound':
      '{channel} nie należy już do zespołu {team}: polecenia wpisane tutaj dotyczą domyślnego zespołu każdej osoby.',
    'teams.notBound': '{channel} nie jest przypisany do żadnego zespołu.',
    'teams.rejected.title': 'Nie udało się odczytać polecenia /tandem',
    'teams.rejected.example': 'Na przykład: {example}',
    'teams.problem.unclosedQuote': 'Cudzysłów został otwarty, ale nie zamknięty',
    'teams.problem.unknownVerb':
      '„{word}” nie jest poleceniem /tandem; użyj team, settings, language, rate albo help',
    'teams.problem.unknownLanguage': '„{word}” nie jest językiem Tandemu: użyj pl, ru, en albo auto',
    'teams.problem.takesNothing': 'Po „{word}” nie należy nic dopisywać',
    'teams.problem.nameMissing': 'Podaj nazwę zespołu',
    'teams.problem.nameTooLong': {
      one: 'Nazwa zespołu może mieć najwyżej {count} znak',
      few: 'Nazwa zespołu może mieć najwyżej {count} znaki',
      many: 'Nazwa zespołu może mieć najwyżej {count} znaków',
      other: 'Nazwa zespołu może mieć najwyżej {count} znaku',
    },
    'teams.problem.nameInvalid':
      "„{name}” nie jest poprawną nazwą zespołu: użyj liter, cyfr, spacji i znaków & . _ ' -",
    'teams.problem.nameReserved': '„{name}” to słowo samego polecenia /tandem team; wybierz inną nazwę',
    'teams.problem.nameTaken': 'Inny zespół tego obszaru roboczego ma już tę nazwę; wybierz inną',
    'teams.problem.currencyInvalid': '„{value}” nie jest kodem waluty ISO, takim jak EUR, PLN czy USD',
    'teams.problem.rateMissing':
      'Podaj walutę, jej kurs do waluty zespołu oraz — jeśli obowiązuje od innego dnia niż dziś — datę',
    'teams.problem.rateInvalid': '„{value}” nie jest kursem: wpisz liczbę dodatnią, np. 4,31',
    'teams.problem.rateDateInvalid': '„{value}” nie jest datą: wpisz ją jako RRRR-MM-DD',
    'teams.problem.rateOwnCurrency': '{currency} to waluta zespołu: nie potrzebuje kursu',
    'teams.rate.saved':
      'Zapisano: 1 {currency} = {rate} {teamCurrency} od {date}. Podsumowania przeliczają nim kwoty w {currency} od tego dnia.',
    'teams.rate.title': '*Kursy walut do {teamCurrency}* (każdy obowiązuje do następnego kursu tej waluty)',
    'teams.rate.line': '1 {currency} = {rate} {teamCurrency} od {date}',
    'teams.rate.none':
      'Brak kursów walut: kwoty w innych walutach są pomijane w sumach, a każda suma mówi, ile pominięto. Administrator doda kurs poleceniem `/tandem rate EUR 4.31`.',
    'teams.problem.localeInvalid': 'Wybierz język',
    'teams.problem.timeZoneInvalid': '„{value}” nie jest nazwą strefy czasowej, taką jak Europe/Warsaw',
    'teams.problem.staleDaysInvalid': 'Wpisz liczbę całkowitą od {min} do {max}',
    'teams.problem.listEmpty': 'Wpisz co najmniej jeden kanał, po jednym w wierszu',
    'teams.problem.listTooLong': {
      one: 'Lista może mieć najwyżej {count} pozycję',
      few: 'Lista może mieć najwyżej {count} pozycje',
      many: 'Lista może mieć najwyżej {count} pozycji',
      other: 'Lista może mieć najwyżej {count} pozycji',
    },
    'teams.problem.listItemTooLong': {
      one: '„{item}” ma więcej niż {count} znak',
      few: '„{item}” ma więcej niż {count} znaki',
      many: '„{item}” ma więcej niż {count} znaków',
      other: '„{item}” ma więcej niż {count} znaku',
    },
    'teams.problem.listItemInvalid': '„{item}” musi zawierać co najmniej jedną literę lub cyfrę',
    'teams.problem.selfDemotion':
      'Zostaw siebie wśród administratorów: jeśli się usuniesz, tylko inny administrator może przywrócić ci tę rolę',
    'teams.refusal.postDigest':
      'Tylko administratorzy i prowadzący zespołu {team} mogą publikować podsumowanie i publikować je ponownie.',
    'teams.refusal.scheduleDigest':
      'Tylko administratorzy i prowadzący zespołu {team} mogą zmieniać harmonogram podsumowania.',
    'teams.refusal.editIcp':
      'Tylko administratorzy i prowadzący zespołu {team} mogą edytować profil idealnego klienta.',
    'teams.refusal.editLists':
      'Tylko administratorzy i prowadzący zespołu {team} mogą zmieniać listy kanałów i produktów.',
    'teams.refusal.setPlan': 'Tylko administratorzy i prowadzący zespołu {team} mogą ustalać jego plan.',
    'teams.refusal.changeSettings':
      'Tylko administratorzy zespołu {team} mogą zmieniać jego ustawienia i role.',
    'teams.refusal.manageTeams':
      'Tylko administratorzy zespołu {team} mogą tworzyć zespoły oraz przypisywać kanały i je odpinać.',
    'teams.refusal.importData': 'Tylko administratorzy zespołu {team} mogą importować do niego pliki CSV.',
    'teams.refusal.ask': {
      one: 'Poproś o to {people}.',
      few: 'Poproś o to jedną z tych osób: {people}.',
      many: 'Poproś o to jedną z tych osób: {people}.',
      other: 'Poproś o to jedną z tych osób: {people}.',
    },
    'teams.refusal.askWorkspaceAdmin':
      'Poproś administratora lub właściciela obszaru roboczego Slack: może wskazać administratorów i prowadzących poleceniem `/tandem settings`.',
    'teams.settings.title': 'Ustawienia zespołu',
    'teams.settings.listsTitle': 'Listy zespołu',
    'teams.settings.save': 'Zapisz',
    'teams.settings.cancel': 'Anuluj',
    'teams.settings.intro':
      'Ustawienia zespołu {team}. Na listach każda pozycja w osobnym wierszu; usunięta pozycja trafia do archiwum, a zapisane pod nią wpisy ją zachowują.',
    'teams.settings.listsIntro':
      'Listy zespołu {team}, każda pozycja w osobnym wierszu; usunięta pozycja trafia do archiwum, a zapisane pod nią wpisy ją zachowują. Pozostałe ustawienia zmieniają administratorzy.',
    'teams.settings.name': 'Nazwa zespołu',
    'teams.settings.admins': 'Administratorzy',
    'teams.settings.adminsHint':
      'Administratorzy i właściciele obszaru roboczego Slack są administratorami każdego zespołu, nawet jeśli nie ma ich na liście.',
    'teams.settings.facilitators': 'Prowadzący',
    'teams.settings.facilitatorsHint':
      'Prowadzący publikują podsumowanie, ustalają jego harmonogram, edytują profil idealnego klienta i zmieniają listy.',
    'teams.settings.channels': 'Kanały (źródła leadów i wydatki)',
    'teams.settings.products': 'Produkty',
    'teams.settings.currency': 'Domyślna waluta',
    'teams.settings.currencyHint': 'Kod ISO, np. EUR, PLN albo USD.',
    'teams.settings.locale': 'Język podsumowań i wiadomości na kanałach',
    'teams.settings.timeZone': 'Strefa czasowa',
    'teams.settings.timeZoneHint': 'Nazwa strefy czasowej, np. Europe/Warsaw albo America/New_York.',
    'teams.settings.staleDealDays': 'Po ilu dniach transakcja jest utknięta',
    'teams.settings.staleDealDaysHint':
      'Transakcja bez zmian przez tyle dni jest oznaczana w przypomnieniach i w podsumowaniu.',
    'teams.settings.saved': 'Zapisano ustawienia zespołu {team}.',
    'teams.settings.listsSaved': 'Zapisano listy zespołu {team}.',
    'teams.settings.saveFailed':
      'Tandem nie może teraz zapisać. Wszystko, co wpisano, nadal tu jest: za chwilę naciśnij Zapisz ponownie.',
    'teams.language.en': 'angielski',
    'teams.language.pl': 'polski',
    'teams.language.ru': 'rosyjski',
  },
  ru: {
    'teams.help.title': 'Команды продаж и маркетинга в Tandem',
    'teams.help.body':
      '`/tandem team` — ваша команда здесь, её каналы, ваша роль и команды этого рабочего пространства\n' +
      '`/tandem team EMEA` — сделать EMEA командой по умолчанию (действует вне привязанных каналов)\n' +
      '`/tandem team create EMEA` — новая команда с настройками текущей (администраторы)\n' +
      '`/tandem import` — импорт CSV с лидами, сделками или расходами: проверка в личных сообщениях, затем «Применить» (администраторы)\n' +
      '`/tandem team bind` — всё, что вводится в этом канале, относится к текущей команде; `bind EMEA` — к команде EMEA (администраторы)\n' +
      '`/tandem team unbind` — этот канал перестаёт принадлежать своей команде (администраторы)\n' +
      '`/tandem settings` — роли, списки каналов и продуктов, валюта, язык, часовой пояс, порог зависшей сделки (администраторы; ведущие меняют списки)\n' +
      '`/tandem language ru` — язык, на котором Tandem пишет вам (pl, ru, en; `auto` — язык Slack или команды)\n' +
      '`/tandem rate EUR 4.31 from:2026-11-01` — курс другой валюты к валюте команды с указанной даты; `/tandem rate` показывает курсы (администраторы)\n' +
      'Названия с пробелами пишите в кавычках: `/tandem team "North America"`.',
    'teams.overview.title': 'Ваша команда здесь: {team}',
    'teams.overview.pickedBy.channel': 'Этот канал привязан к ней.',
    'teams.overview.pickedBy.user':
      'Это ваша команда по умолчанию; этот канал не привязан ни к одной команде.',
    'teams.overview.pickedBy.workspace':
      'Это команда рабочего пространства по умолчанию: этот канал не привязан ни к одной команде, а вы не выбрали команду по умолчанию.',
    'teams.overview.channels': 'Каналы: {channels}',
    'teams.overview.noChannels': 'Каналы: пока ни один не привязан',
    'teams.overview.role': 'Ваша роль: {role}',
    'teams.overview.workspaceTeams': 'Команды этого рабочего пространства',
    'teams.overview.channelCount': {
      one: '{count} канал',
      few: '{count} канала',
      many: '{count} каналов',
      other: '{count} канала',
    },
    'teams.overview.workspaceDefault': 'по умолчанию для пространства',
    'teams.overview.yourDefault': 'ваша по умолчанию',
    'teams.overview.hint':
      '`/tandem team EMEA` делает другую команду вашей командой по умолчанию; `/tandem help` показывает справку.',
    'teams.role.admin': 'администратор',
    'teams.role.facilitator': 'ведущий',
    'teams.role.member': 'участник',
    'teams.switched':
      'Команда {team} теперь ваша команда по умолчанию: всё, что вы вводите вне привязанных каналов, относится к ней.',
    'teams.switchedChannelStays':
      'То, что вводится в этом канале, по-прежнему относится к команде {other}, к которой привязан канал.',
    'teams.unknownTeam': 'В этом рабочем пространстве нет команды «{name}». Его команды: {teams}.',
    'teams.created':
      'Создана команда {team} с настройками команды {from}; вы её администратор. Введите `/tandem team bind {command}` в каналах, которые ей принадлежат, или `/tandem team {command}`, чтобы сделать её командой по умолчанию.',
    'teams.nameTaken': 'Команда {team} уже есть в этом рабочем пространстве.',
    'teams.bound': '{channel} теперь принадлежит команде {team}: всё, что вводится здесь, относится к ней.',
    'teams.alreadyBound': '{channel} уже принадлежит команде {team}.',
    'teams.boundElsewhere':
      '{channel} принадлежит команде {team}. Чтобы перенести его, администратор команды {team} сначала вводит здесь `/tandem team unbind`.',
    'teams.notAChannel': 'К команде можно привязать только канал: введите это в самом канале.',
    'teams.unbound':
      '{channel} больше не принадлежит команде {team}: то, что вводится здесь, относится к команде по умолчанию каждого пользователя.',
    'teams.notBound': '{channel} не привязан ни к одной команде.',
    'teams.rejected.title': 'Не удалось разобрать запрос /tandem',
    'teams.rejected.example': 'Например: {example}',
    'teams.problem.unclosedQuote': 'Кавычка открыта, но не закрыта',
    'teams.problem.unknownVerb':
      '«{word}» — не подкоманда /tandem; используйте team, settings, language, rate или help',
    'teams.problem.unknownLanguage': '«{word}» — не язык Tandem: используйте pl, ru, en или auto',
    'teams.problem.takesNothing': 'После «{word}» ничего не пишут',
    'teams.problem.nameMissing': 'Укажите название команды',
    'teams.problem.nameTooLong': {
      one: 'В названии команды не больше {count} символа',
      few: 'В названии команды не больше {count} символов',
      many: 'В названии команды не больше {count} символов',
      other: 'В названии команды не больше {count} символа',
    },
    'teams.problem.nameInvalid':
      "«{name}» не подходит как название команды: используйте буквы, цифры, пробелы и & . _ ' -",
    'teams.problem.nameReserved': '«{name}» — служебное слово /tandem team; выберите другое название',
    'teams.problem.nameTaken':
      'Так уже называется другая команда этого рабочего пространства; выберите другое название',
    'teams.problem.currencyInvalid': '«{value}» — не код валюты ISO, например EUR, PLN или USD',
    'teams.problem.rateMissing':
      'Укажите валюту, её курс к валюте команды и, если он действует не с сегодняшнего дня, дату',
    'teams.problem.rateInvalid': '«{value}» — не курс: введите положительное число, например 4,31',
    'teams.problem.rateDateInvalid': '«{value}» — не дата: введите её как ГГГГ-ММ-ДД',
    'teams.problem.rateOwnCurrency': '{currency} — валюта команды: курс для неё не нужен',
    'teams.rate.saved':
      'Сохранено: 1 {currency} = {rate} {teamCurrency} с {date}. Сводки пересчитывают по нему суммы в {currency} с этого дня.',
    'teams.rate.title': '*Курсы валют к {teamCurrency}* (каждый действует до следующего курса той же валюты)',
    'teams.rate.line': '1 {currency} = {rate} {teamCurrency} с {date}',
    'teams.rate.none':
      'Курсов валют пока нет: суммы в других валютах не входят в итоги, и каждый итог говорит, сколько пропущено. Администратор добавляет курс командой `/tandem rate EUR 4.31`.',
    'teams.problem.localeInvalid': 'Выберите язык',
    'teams.problem.timeZoneInvalid': '«{value}» — не название часового пояса, например Europe/Warsaw',
    'teams.problem.staleDaysInvalid': 'Введите целое число от {min} до {max}',
    'teams.problem.listEmpty': 'Введите хотя бы один канал, по одному в строке',
    'teams.problem.listTooLong': {
      one: 'В списке не больше {count} пункта',
      few: 'В списке не больше {count} пунктов',
      many: 'В списке не больше {count} пунктов',
      other: 'В списке не больше {count} пункта',
    },
    'teams.problem.listItemTooLong': {
      one: '«{item}» длиннее {count} символа',
      few: '«{item}» длиннее {count} символов',
      many: '«{item}» длиннее {count} символов',
      other: '«{item}» длиннее {count} символа',
    },
    'teams.problem.listItemInvalid': 'В «{item}» должна быть хотя бы одна буква или цифра',
    'teams.problem.selfDemotion':
      'Оставьте себя среди администраторов: после этого вернуть вам роль сможет только другой администратор',
    'teams.refusal.postDigest':
      'Публиковать сводку и публиковать её повторно могут только администраторы и ведущие команды {team}.',
    'teams.refusal.scheduleDigest':
      'Менять расписание сводки могут только администраторы и ведущие команды {team}.',
    'teams.refusal.editIcp':
      'Редактировать профиль идеального клиента могут только администраторы и ведущие команды {team}.',
    'teams.refusal.editLists':
      'Менять списки каналов и продуктов могут только администраторы и ведущие команды {team}.',
    'teams.refusal.setPlan': 'Задавать план команды {team} могут только её администраторы и ведущие.',
    'teams.refusal.changeSettings': 'Менять настройки и роли команды {team} могут только её администраторы.',
    'teams.refusal.manageTeams':
      'Создавать команды, привязывать и отвязывать каналы могут только администраторы команды {team}.',
    'teams.refusal.importData': 'Импортировать CSV-файлы в команду {team} могут только её администраторы.',
    'teams.refusal.ask': {
      one: 'Обратитесь к {people}.',
      few: 'Обратитесь к кому-нибудь из них: {people}.',
      many: 'Обратитесь к кому-нибудь из них: {people}.',
      other: 'Обратитесь к кому-нибудь из них: {people}.',
    },
    'teams.refusal.askWorkspaceAdmin':
      'Обратитесь к администратору или владельцу рабочего пространства Slack: он может назначить администраторов и ведущих через `/tandem settings`.',
    'teams.settings.title': 'Настройки команды',
    'teams.settings.listsTitle': 'Списки команды',
    'teams.settings.save': 'Сохранить',
    'teams.settings.cancel': 'Отмена',
    'teams.settings.intro':
      'Настройки команды {team}. В списках каждый пункт на отдельной строке; удалённый пункт уходит в архив, а записи, сохранённые под ним, его сохраняют.',
    'teams.settings.listsIntro':
      'Списки команды {team}, каждый пункт на отдельной строке; удалённый пункт уходит в архив, а записи, сохранённые под ним, его сохраняют. Остальные настройки меняют администраторы.',
    'teams.settings.name': 'Название команды',
    'teams.settings.admins': 'Администраторы',
    'teams.settings.adminsHint':
      'Администраторы и владельцы рабочего пространства Slack — администраторы каждой команды, даже если их нет в списке.',
    'teams.settings.facilitators': 'Ведущие',
    'teams.settings.facilitatorsHint':
      'Ведущие публикуют сводку, задают её расписание, редактируют профиль идеального клиента и меняют списки.',
    'teams.settings.channels': 'Каналы (источники лидов и расходы)',
    'teams.settings.products': 'Продукты',
    'teams.settings.currency': 'Валюта по умолчанию',
    'teams.settings.currencyHint': 'Код ISO, например EUR, PLN или USD.',
    'teams.settings.locale': 'Язык сводок и сообщений в каналах',
    'teams.settings.timeZone': 'Часовой пояс',
    'teams.settings.timeZoneHint': 'Название часового пояса, например Europe/Warsaw или America/New_York.',
    'teams.settings.staleDealDays': 'Через сколько дней сделка зависла',
    'teams.settings.staleDealDaysHint':
      'Сделка без изменений дольше этого срока отмечается в напоминаниях и в сводке.',
    'teams.settings.saved': 'Настройки команды {team} сохранены.',
    'teams.settings.listsSaved': 'Списки команды {team} сохранены.',
    'teams.settings.saveFailed':
      'Tandem не удалось сохранить изменения. Всё, что вы ввели, на месте: нажмите «Сохранить» ещё раз чуть позже.',
    'teams.language.en': 'английский',
    'teams.language.pl': 'польский',
    'teams.language.ru': 'русский',
  },
});
