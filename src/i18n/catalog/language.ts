import { defineMessages } from '../message';

/**
 * `/tandem language` and the App Home's language picker: a person's own language in a team.
 * `{language}` and `{teamLanguage}` are names from `teams.language.*`; `{team}` arrives bold.
 */
export const languageMessages = defineMessages({
  en: {
    'language.chosen':
      'Tandem speaks {language} to you in team {team}: replies, forms, App Home and direct messages. What it posts in channels stays in the team language ({teamLanguage}).',
    'language.auto':
      'Tandem speaks {language} to you in team {team}: the language of your Slack when Tandem speaks it, else the team language.',
    'language.current.chosen': 'Your language in team {team}: {language} (your choice).',
    'language.current.auto':
      'Your language in team {team}: {language} (not chosen: your Slack or the team language).',
    'language.hint':
      '`/tandem language pl`, `ru` or `en` sets it; `/tandem language auto` drops your choice.',
    'language.home.label': 'Your language',
    'language.home.auto': 'Automatic (Slack or team language)',
  },
  pl: {
    'language.chosen':
      'Tandem pisze do ciebie w zespole {team} w języku: {language} (odpowiedzi, formularze, App Home i wiadomości prywatne). To, co publikuje na kanałach, pozostaje w języku zespołu ({teamLanguage}).',
    'language.auto':
      'Tandem pisze do ciebie w zespole {team} w języku: {language}, czyli w języku twojego Slacka, jeśli Tandem go zna, a w przeciwnym razie w języku zespołu.',
    'language.current.chosen': 'Twój język w zespole {team}: {language} (wybrany przez ciebie).',
    'language.current.auto':
      'Twój język w zespole {team}: {language} (niewybrany: język twojego Slacka albo zespołu).',
    'language.hint':
      '`/tandem language pl`, `ru` lub `en` ustawia język; `/tandem language auto` usuwa twój wybór.',
    'language.home.label': 'Twój język',
    'language.home.auto': 'Automatycznie (język Slacka lub zespołu)',
  },
  ru: {
    'language.chosen':
      'Tandem пишет вам в команде {team} на языке: {language} (ответы, формы, App Home и личные сообщения). Публикации в каналах остаются на языке команды ({teamLanguage}).',
    'language.auto':
      'Tandem пишет вам в команде {team} на языке: {language} — языке вашего Slack, если Tandem его знает, иначе на языке команды.',
    'language.current.chosen': 'Ваш язык в команде {team}: {language} (выбран вами).',
    'language.current.auto':
      'Ваш язык в команде {team}: {language} (не выбран: язык вашего Slack или команды).',
    'language.hint':
      '`/tandem language pl`, `ru` или `en` задаёт язык; `/tandem language auto` отменяет ваш выбор.',
    'language.home.label': 'Ваш язык',
    'language.home.auto': 'Автоматически (язык Slack или команды)',
  },
});
