import { defineMessages } from '../message';

/** `/digest export`: the comment on the shared CSV files and the answer to whoever asked. */
export const exportMessages = defineMessages({
  en: {
    'export.uploadComment':
      'Tandem export for *{period}*, requested by {user}: the leads created, the deals that moved and the KPIs, as CSV.',
    'export.posted': 'Exported {period} to {channel}: {leads} and {deals}, with the KPIs.',
    'export.leadsCreated': { one: '{count} lead created', other: '{count} leads created' },
    'export.dealsMoved': { one: '{count} deal that moved', other: '{count} deals that moved' },
    'export.notInChannel':
      'Tandem cannot share files in {channel} because it is not a member: invite it with `/invite @Tandem`, then run `{command}` again.',
    'export.noPermission':
      'Tandem has no permission to upload files here (scope files:write): reinstall it from its app settings, then run `{command}` again.',
    'export.refused': 'Slack refused the upload (`{error}`); then run `{command}` again in a minute.',
  },
  pl: {
    'export.uploadComment':
      'Eksport Tandem za *{period}* na prośbę {user}: utworzone leady, transakcje, które zmieniły etap, i wskaźniki KPI w plikach CSV.',
    'export.posted': 'Wyeksportowano {period} do {channel}: {leads} i {deals}, wraz ze wskaźnikami KPI.',
    'export.leadsCreated': {
      one: '{count} utworzony lead',
      few: '{count} utworzone leady',
      many: '{count} utworzonych leadów',
      other: '{count} utworzonego leada',
    },
    'export.dealsMoved': {
      one: '{count} transakcja, która zmieniła etap',
      few: '{count} transakcje, które zmieniły etap',
      many: '{count} transakcji, które zmieniły etap',
      other: '{count} transakcji, które zmieniły etap',
    },
    'export.notInChannel':
      'Tandem nie może udostępniać plików w {channel}, bo nie jest członkiem kanału: zaproś go poleceniem `/invite @Tandem`, a potem uruchom ponownie `{command}`.',
    'export.noPermission':
      'Tandem nie ma uprawnień do wysyłania plików (zakres files:write): zainstaluj go ponownie z ustawień aplikacji, a potem uruchom ponownie `{command}`.',
    'export.refused': 'Slack odrzucił wysyłkę (`{error}`); uruchom ponownie `{command}` za minutę.',
  },
  ru: {
    'export.uploadComment':
      'Экспорт Tandem за *{period}* по запросу {user}: созданные лиды, сделки, сменившие этап, и KPI в файлах CSV.',
    'export.posted': 'Экспорт за {period} отправлен в {channel}: {leads} и {deals}, а также KPI.',
    'export.leadsCreated': {
      one: '{count} созданный лид',
      few: '{count} созданных лида',
      many: '{count} созданных лидов',
      other: '{count} созданного лида',
    },
    'export.dealsMoved': {
      one: '{count} сделка, сменившая этап',
      few: '{count} сделки, сменившие этап',
      many: '{count} сделок, сменивших этап',
      other: '{count} сделки, сменившей этап',
    },
    'export.notInChannel':
      'Tandem не может публиковать файлы в {channel}, потому что не состоит в канале: пригласите его командой `/invite @Tandem` и снова выполните `{command}`.',
    'export.noPermission':
      'У Tandem нет права загружать файлы (scope files:write): переустановите его в настройках приложения и снова выполните `{command}`.',
    'export.refused': 'Slack отклонил загрузку (`{error}`); выполните `{command}` снова через минуту.',
  },
});
