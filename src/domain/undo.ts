/** How long the author of a change may take it back. */
export const UNDO_WINDOW_MS = 15 * 60 * 1000;

export type UndoableChange = { id: string; actorId: string; createdAt: Date; undoneAt: Date | null };

export type UndoRefusal =
  | { reason: 'already_undone'; at: Date }
  | { reason: 'not_author'; authorId: string }
  | { reason: 'expired'; minutesAgo: number }
  | { reason: 'changed_since'; byUserId: string; at: Date };

/**
 * Whether `actorId` may undo `change` at `now`: only its author, within the window, and only while
 * nobody changed the lead or deal since (`laterChange`, the newest change after it, if any).
 */
export function undoRefusal(
  change: UndoableChange,
  actorId: string,
  now: Date,
  laterChange?: { actorId: string; createdAt: Date },
): UndoRefusal | undefined {
  if (change.undoneAt) return { reason: 'already_undone', at: change.undoneAt };
  if (change.actorId !== actorId) return { reason: 'not_author', authorId: change.actorId };
  const age = now.getTime() - change.createdAt.getTime();
  if (age > UNDO_WINDOW_MS) return { reason: 'expired', minutesAgo: Math.floor(age / 60_000) };
  if (laterChange)
    return { reason: 'changed_since', byUserId: laterChange.actorId, at: laterChange.createdAt };
  return undefined;
}
