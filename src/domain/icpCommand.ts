import { type Parsed, problem, because } from './inputError';
import { unescapeSlackText } from './quickText';

/** What `/icp <text>` asks for. */
export type IcpCommand =
  | { kind: 'show' }
  | { kind: 'edit' }
  | { kind: 'history' }
  | { kind: 'help' }
  | { kind: 'note'; text: string };

export const ICP_NOTE_MAX_LENGTH = 2000;
const NOTE_EXAMPLE = '/icp note "three logistics wins came from the fair in Poznań"';

/** Parses `/icp`; a note is the rest of the line as typed, so quotes and apostrophes need no care. */
export function parseIcpCommand(text: string): Parsed<IcpCommand> {
  const trimmed = text.trim();
  const [verbText = '', ...restWords] = trimmed.split(/\s+/);
  const verb = verbText.toLowerCase();
  if (verb === '' || verb === 'show') {
    if (restWords.length === 0) return { ok: true, value: { kind: 'show' } };
  } else if (verb === 'edit' || verb === 'history' || verb === 'help') {
    if (restWords.length === 0) return { ok: true, value: { kind: verb } };
  } else if (verb === 'note') {
    const note = unescapeSlackText(trimmed.slice(verbText.length))
      .trim()
      .replace(/^["“„«](.*)["”»]$/s, '$1')
      .trim();
    if (note === '') return { ok: false, problems: [problem('note', 'problem.icp.noteEmpty', NOTE_EXAMPLE)] };
    if (note.length > ICP_NOTE_MAX_LENGTH) {
      return {
        ok: false,
        problems: [
          problem(
            'note',
            because('problem.icp.noteTooLong', { count: note.length, max: ICP_NOTE_MAX_LENGTH }),
            NOTE_EXAMPLE,
          ),
        ],
      };
    }
    return { ok: true, value: { kind: 'note', text: note } };
  }
  return {
    ok: false,
    problems: [problem('icp', because('problem.icp.notACommand', { typed: trimmed }), '/icp history')],
  };
}
