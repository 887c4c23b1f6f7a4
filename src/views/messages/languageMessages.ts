import { languageOf } from '../../i18n/locales';
import type { Translator } from '../../i18n/translator';
import type { TeamRecord } from '../../store/repos/teamStore';
import { context, section, type SlackMessage } from '../../blockKit/message';
import { teamName } from './teamMessages';

/** What `/tandem language` answers: the person's language in the team, and whether they chose it. */
export type LanguageAnswer = {
  team: TeamRecord;
  /** Whether the person chose their language in Tandem (else it follows Slack or the team). */
  chosen: boolean;
  /** Whether this command changed it (then the answer says so, in the new language). */
  changed: boolean;
};

/** The answer to `/tandem language [pl|ru|en|auto]`, written in the person's (new) language `t`. */
export function buildLanguageMessage(t: Translator, answer: LanguageAnswer): SlackMessage {
  const params = {
    team: teamName(answer.team),
    language: t.t(`teams.language.${t.language}`),
    teamLanguage: t.t(`teams.language.${languageOf(answer.team.locale)}`),
  };
  const key = answer.changed
    ? answer.chosen
      ? 'language.chosen'
      : 'language.auto'
    : answer.chosen
      ? 'language.current.chosen'
      : 'language.current.auto';
  const text = t.t(key, params);
  return { text, blocks: [section(text), context(t.t('language.hint'))] };
}
