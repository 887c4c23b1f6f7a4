import type { MessageKey } from '../../i18n/catalog';
import { createTranslator, type Translator } from '../../i18n/translator';
import type { SlackDependencies } from '../dependencies';
import { requesterTranslator } from '../failures';
import { withinBudget } from '../modalBudget';
import type { RequestOrigin } from '../teamContext';

/** How long a form that could not be saved waits for the user's locale before answering in English. */
const LOCALE_WAIT_MS = 400;

/**
 * The language to tell a user their form could not be saved in: the team context's when it was
 * resolved; else (resolving the team may be what failed) their Slack locale if it comes quickly,
 * since the answer must still reach Slack within its 3 seconds.
 */
export async function failedFormTranslator(
  deps: SlackDependencies,
  known: Translator | undefined,
  origin: RequestOrigin,
): Promise<Translator> {
  if (known) return known;
  try {
    return await withinBudget(requesterTranslator(deps, origin), LOCALE_WAIT_MS);
  } catch {
    const known = deps.users.languages;
    const userId = origin.userId ?? '';
    return createTranslator(
      known.readerLocale(origin.slackTeamId, userId) ?? known.teamLocale(origin.slackTeamId),
    );
  }
}

/** A form answer that keeps the form open, its text under one input. */
export type FormErrors = { response_action: 'errors'; errors: Record<string, string> };

/**
 * Keeps a form that was not saved open, everything typed still in it, with `text` under `blockId`
 * in the user's language (see failedFormTranslator). Most forms say "press the button again":
 * `pressAgain`.
 */
export async function unsavedFormErrors(
  deps: SlackDependencies,
  known: Translator | undefined,
  origin: RequestOrigin,
  blockId: string,
  text: (t: Translator) => string,
): Promise<FormErrors> {
  const t = await failedFormTranslator(deps, known, origin);
  return { response_action: 'errors', errors: { [blockId]: text(t) } };
}

/** "Tandem could not save just now…: press *Save version* again", naming the form's submit button. */
export function pressAgain(button: MessageKey | ((t: Translator) => string)): (t: Translator) => string {
  return (t) => t.t('modals.couldNotSave', { button: typeof button === 'string' ? t.t(button) : button(t) });
}
