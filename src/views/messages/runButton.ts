import { z } from 'zod';
import { type Button, button } from '../../blockKit/message';

/** What a run button carries: the command text to run, and the team the message it sits on was about. */
export type RunButtonValue = { text: string; teamId: string };

/** Slack's limit on a button's value. */
const MAX_VALUE_LENGTH = 2000;

/**
 * A button that runs `text` as its command in `teamId` when clicked (see registerQuickCommand's
 * `runAction`); undefined when the text is too long to ride on a button.
 */
export function runButton(
  label: string,
  actionId: string,
  value: RunButtonValue,
  style?: 'primary' | 'danger',
): Button | undefined {
  const json = encodeRunValue(value);
  return json.length <= MAX_VALUE_LENGTH ? button(label, actionId, json, style) : undefined;
}

/** A run value as a button carries it. */
export function encodeRunValue(value: RunButtonValue): string {
  return JSON.stringify(value);
}

const runButtonValue = z.object({ text: z.string(), teamId: z.string() });

/** A run button's value as clicked; undefined when it is not one Tandem made. */
export function readRunButtonValue(value: string | undefined): RunButtonValue | undefined {
  try {
    const parsed = runButtonValue.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A record button's value (Move, Edit, Qualify): a run value naming the record's number and team,
 * or, on messages sent before buttons carried their team, the bare number.
 */
export function readRecordButtonValue(value: string | undefined): { number: number; teamId?: string } {
  const run = readRunButtonValue(value);
  const number = Number.parseInt(run?.text ?? value ?? '', 10);
  return run ? { number, teamId: run.teamId } : { number };
}
