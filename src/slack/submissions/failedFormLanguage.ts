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
    return createTranslator(undefined);
  }
}
