import { DEAL_FIELD_BY_KEY } from '../../domain/deal';
import { DEAL_KEYS, type KeyAliases, LEAD_KEYS, typedKeysByField } from '../../domain/inputAliases';
import type { FieldProblem } from '../../domain/inputError';
import { LEAD_FIELD_BY_KEY } from '../../domain/lead';
import { tokenizeQuickText } from '../../domain/quickText';
import { problemFieldName, problemText } from '../../i18n/problemText';
import type { Translator } from '../../i18n/translator';
import { Commands } from '../../slack/ids';
import { type SlackMessage, section } from '../../blockKit/message';
import { escapeMrkdwn, truncate } from '../../blockKit/text';
import { echoBlockText } from './commandEcho';

/**
 * A problem as a form shows it under its field, in the user's language: "Amount is required
 * (e.g. /spend paid_search 4500 PLN period:2026-11)". A third argument replaces the problem's own
 * example, for a form that words examples differently from the quick command; undefined shows none.
 */
export function describeProblem(
  t: Translator,
  problem: FieldProblem,
  ...exampleOverride: [example?: string | undefined]
): string {
  const example = exampleOverride.length > 0 ? exampleOverride[0] : problem.example;
  const text = problemText(t, problem);
  return example ? `${text} (${t.t('problem.eg')} ${example})` : text;
}

/** The commands whose keys name fields of another name (`size:` → companySize, `close:` → expectedClose). */
const KEYED_COMMANDS: Readonly<Record<string, [KeyAliases, ReadonlyMap<string, string>]>> = {
  [Commands.lead]: [LEAD_KEYS, LEAD_FIELD_BY_KEY],
  [Commands.deal]: [DEAL_KEYS, DEAL_FIELD_BY_KEY],
};

function typedKeysOf(command: string, typedText: string): ReadonlyMap<string, string> {
  const keyed = KEYED_COMMANDS[command];
  const tokenized = tokenizeQuickText(typedText);
  if (!keyed || !tokenized.ok) return new Map();
  return typedKeysByField(tokenized.tokens, ...keyed);
}

/** A rejected quick command: every problem with its field and a correct example, then the text echoed back. */
export function buildRejectedCommandMessage(
  t: Translator,
  title: string,
  problems: FieldProblem[],
  command: string,
  typedText: string,
): SlackMessage {
  const typedKeys = typedKeysOf(command, typedText);
  const described = problems.map((each) => ({
    field: typedKeys.get(each.field) ?? problemFieldName(t, each.field),
    text: problemText(t, each),
    example: each.example,
  }));
  const lines = described.map(({ field, text, example }) => {
    const shown = example ? ` — ${t.t('problem.forExample')} \`${escapeMrkdwn(example)}\`` : '';
    return `• *${escapeMrkdwn(field)}*: ${escapeMrkdwn(text)}${shown}`;
  });
  return {
    text: escapeMrkdwn(
      truncate(`${title}: ${described.map(({ field, text }) => `${field}: ${text}`).join('; ')}`, 3000),
    ),
    blocks: [
      section(`:warning: *${escapeMrkdwn(title)}*\n${lines.join('\n')}`),
      section(echoBlockText(t, command, typedText)),
    ],
  };
}

/** A command turned away because too many are waiting: nothing saved, the typed text to send again. */
export function buildBusyCommandMessage(t: Translator, command: string, typedText: string): SlackMessage {
  const headline = t.t('failures.busy');
  return { text: headline, blocks: [section(headline), section(echoBlockText(t, command, typedText))] };
}

/** A replayed slash command's answer: it was kept once already and is not applied again. */
export function buildReplayedCommandMessage(t: Translator, command: string): SlackMessage {
  const headline = t.t('failures.replayed', { command });
  return { text: headline, blocks: [section(headline)] };
}
