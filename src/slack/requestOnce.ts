import { createHash } from 'node:crypto';
import type { ReceivedCommand } from '../store/repos/commandInboxStore';
import { InboxAlreadyDoneError, markingInboxDone } from '../store/repos/inboxMarking';
import type { SlackDependencies } from './dependencies';

/** What running a request's work under its idempotency key came to. */
export type OnceOutcome<T> =
  /** This run did the work; `wrote` says whether it changed anything (its first write marked the key). */
  | { kind: 'ran'; value: T; wrote: boolean }
  /** The work failed; its key is open again, so pressing again finishes it (and only once). */
  | { kind: 'failed'; error: unknown }
  /** An earlier request with the same key wrote already: nothing was changed; its answer, once recorded. */
  | { kind: 'repeat'; answer: string | undefined };

/** How long a repeat waits for the first run's recorded answer (that run may still be answering). */
const ANSWER_WAIT_MS = 1500;
const ANSWER_POLL_MS = 100;

/** A key from a request's parts: a hash, so no typed text is kept in it. */
export function requestKey(kind: 'form' | 'button', ...parts: (string | undefined)[]): string {
  const digest = createHash('sha256')
    .update(parts.map((part) => part ?? '').join('\n'))
    .digest('base64url');
  return `${kind}:${digest}`;
}

/**
 * Runs a form's or button's work at most once per key (the view and a hash of its values; the
 * clicked message and button): the key is a command-inbox row, and the work's first write marks
 * it done in the same transaction (src/store/inboxMarking.ts). A double or triple click, Slack's
 * retry or a replay runs again, but its first write finds the key done and is rolled back, so
 * nothing changes twice. A run that writes nothing (a read, field errors) leaves the key open, and
 * so does a run that failed after a first write (a meeting opened, its note not saved): the work
 * it failed to finish is done by the next press, whose first write is in a transaction of its own.
 */
export async function runOnce<T>(
  deps: Pick<SlackDependencies, 'commandInbox' | 'clock'>,
  key: string,
  request: ReceivedCommand,
  work: () => Promise<T>,
  options: { awaitAnswer?: boolean } = {},
): Promise<OnceOutcome<T>> {
  const first = await deps.commandInbox.claimKey(key, request);
  if (!first) {
    const held = await deps.commandInbox.findKey(key);
    if (held?.doneAt) return { kind: 'repeat', answer: await answerOf(deps, key, options) };
  }
  const run = markingInboxDone(key, deps.clock.now(), work);
  try {
    return { kind: 'ran', value: await run.result, wrote: run.marked() };
  } catch (error) {
    if (error instanceof InboxAlreadyDoneError) {
      return { kind: 'repeat', answer: await answerOf(deps, key, options) };
    }
    if (run.marked()) await deps.commandInbox.releaseKey(key).catch(() => undefined);
    return { kind: 'failed', error };
  }
}

/** The first run's recorded answer, waited for briefly (it is recorded right after that run's write). */
async function answerOf(
  deps: Pick<SlackDependencies, 'commandInbox'>,
  key: string,
  options: { awaitAnswer?: boolean },
): Promise<string | undefined> {
  if (!options.awaitAnswer) return undefined;
  for (let waited = 0; ; waited += ANSWER_POLL_MS) {
    const held = await deps.commandInbox.findKey(key);
    if (held?.answer) return held.answer;
    if (waited >= ANSWER_WAIT_MS) return undefined;
    await new Promise((resolve) => setTimeout(resolve, ANSWER_POLL_MS));
  }
}
