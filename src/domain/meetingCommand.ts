import { type Parsed, problem, because } from './inputError';
import { tokenizeQuickText } from './quickText';

/** What `/meeting <text>` asks for. */
export type MeetingCommand = { kind: 'show' } | { kind: 'help' } | { kind: 'actions'; mine: boolean };

/** Parses the text of `/meeting`; anything else is refused with the three forms it takes. */
export function parseMeetingCommand(text: string): Parsed<MeetingCommand> {
  const tokenized = tokenizeQuickText(text.trim());
  if (!tokenized.ok)
    return { ok: false, problems: [problem('text', tokenized.reason, '/meeting actions mine')] };
  const words = tokenized.tokens.map((token) =>
    token.kind === 'word' ? token.value.toLowerCase() : `${token.rawKey}:${token.value}`,
  );
  const [verb, ...rest] = words;
  if (verb === undefined) return { ok: true, value: { kind: 'show' } };
  if (verb === 'help' && rest.length === 0) return { ok: true, value: { kind: 'help' } };
  if (verb === 'actions' || verb === 'action') {
    if (rest.length === 0) return { ok: true, value: { kind: 'actions', mine: false } };
    if (rest.length === 1 && rest[0] === 'mine') return { ok: true, value: { kind: 'actions', mine: true } };
    return {
      ok: false,
      problems: [
        problem(
          'actions',
          because('problem.meeting.notAFilter', { typed: rest.join(' ') }),
          '/meeting actions mine',
        ),
      ],
    };
  }
  return {
    ok: false,
    problems: [
      problem('text', because('problem.meeting.notARequest', { typed: words.join(' ') }), '/meeting actions'),
    ],
  };
}
