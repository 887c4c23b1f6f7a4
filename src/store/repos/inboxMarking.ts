import { AsyncLocalStorage } from 'node:async_hooks';
import type { PrismaDatabase } from '../db/database';

/**
 * Marks a command's inbox row done inside the command's own first write, so the write and the
 * mark commit together: a command run twice (resumed after a crash, claimed by two instances,
 * replayed) writes once. The second run's mark finds the row done and rolls its write back.
 *
 * While `markingInboxDone` runs a command's work, the store's client wraps the first write it
 * sees (an interactive `$transaction`, or a single model write, which becomes a transaction of
 * its own) so that it also marks the row; later writes of the same work run as usual.
 */

type PendingMark = { id: string; at: Date; state: 'open' | 'marking' | 'marked' };

/** The command was already done (by another run): its write was rolled back. */
export class InboxAlreadyDoneError extends Error {
  constructor(readonly inboxId: string) {
    super(`command ${inboxId} was already done by another run`);
  }
}

type Delegates = Record<string, Record<string, (args: unknown) => Promise<unknown>>>;
type Transaction = Parameters<Parameters<PrismaDatabase['$transaction']>[0]>[0];

const pendingMarks = new AsyncLocalStorage<PendingMark>();

const MODEL_WRITES = new Set([
  'create',
  'createMany',
  'createManyAndReturn',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'upsert',
  'delete',
  'deleteMany',
]);

async function markDone(transaction: Transaction, mark: PendingMark): Promise<void> {
  const { count } = await transaction.commandInbox.updateMany({
    where: { id: mark.id, doneAt: null },
    data: { doneAt: mark.at, outcome: 'saved' },
  });
  if (count === 0) throw new InboxAlreadyDoneError(mark.id);
}

/** Runs `write` in a transaction with the mark, when a mark is waiting; else returns undefined. */
function withMark<T>(
  prisma: PrismaDatabase,
  write: (transaction: Transaction) => Promise<T>,
  options: unknown,
): Promise<T> | undefined {
  const mark = pendingMarks.getStore();
  if (mark?.state !== 'open') return undefined;
  mark.state = 'marking';
  const run = (prisma.$transaction as (fn: unknown, options?: unknown) => Promise<T>)(
    async (transaction: Transaction) => {
      // The mark first: a second run stops here, before its write can meet the first one's effects.
      await markDone(transaction, mark);
      return write(transaction);
    },
    options,
  );
  return run.then(
    (result) => {
      mark.state = 'marked';
      return result;
    },
    (error: unknown) => {
      mark.state = 'open';
      throw error;
    },
  );
}

function bound(target: object, value: unknown): unknown {
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

function markingDelegate(prisma: PrismaDatabase, model: string, delegate: object): object {
  return new Proxy(delegate, {
    get(target, operation) {
      const value: unknown = Reflect.get(target, operation);
      if (typeof operation !== 'string' || !MODEL_WRITES.has(operation) || typeof value !== 'function') {
        return bound(target, value);
      }
      return (args: unknown) => {
        const marked = withMark(
          prisma,
          (transaction) => (transaction as unknown as Delegates)[model]![operation]!(args),
          undefined,
        );
        return marked ?? (value as (args: unknown) => unknown).call(target, args);
      };
    },
  });
}

/**
 * The client the stores write through: the same client, except that inside `markingInboxDone`
 * the first write also marks the inbox row done. Batch transactions (`$transaction([...])`) are
 * not wrapped: their stores get the plain client (src/store/index.ts).
 */
export function inboxMarkingClient(prisma: PrismaDatabase): PrismaDatabase {
  return new Proxy(prisma, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property);
      if (property === '$transaction') {
        return (argument: unknown, options?: unknown) =>
          (typeof argument === 'function'
            ? withMark(target, argument as (transaction: Transaction) => Promise<unknown>, options)
            : undefined) ?? (value as (a: unknown, o?: unknown) => unknown).call(target, argument, options);
      }
      if (typeof property === 'string' && !property.startsWith('$') && typeof value === 'object' && value) {
        return markingDelegate(target, property, value);
      }
      return bound(target, value);
    },
  });
}

/**
 * Runs a command's work so that its first write marks inbox row `id` done at `at`. Whether the
 * mark committed is readable through `marked()` even when the work throws afterwards.
 */
export function markingInboxDone<T>(
  id: string,
  at: Date,
  work: () => Promise<T>,
): { result: Promise<T>; marked(): boolean } {
  const mark: PendingMark = { id, at, state: 'open' };
  return { result: pendingMarks.run(mark, work), marked: () => mark.state === 'marked' };
}
