import { UNDO_WINDOW_MS, undoRefusal } from '../../src/domain/undo';

const at = new Date('2026-11-23T10:00:00Z');
const change = { id: 'c1', actorId: 'U0000ALICE', createdAt: at, undoneAt: null };
const later = (ms: number) => new Date(at.getTime() + ms);

describe('undoRefusal', () => {
  it('lets the author undo within 15 minutes', () => {
    expect(undoRefusal(change, 'U0000ALICE', later(UNDO_WINDOW_MS))).toBeUndefined();
  });

  it('refuses after 15 minutes, to others, twice, and after someone changed it since', () => {
    expect(undoRefusal(change, 'U0000ALICE', later(UNDO_WINDOW_MS + 60_000))).toEqual({
      reason: 'expired',
      minutesAgo: 16,
    });
    expect(undoRefusal(change, 'U0000BOB', later(1000))).toEqual({
      reason: 'not_author',
      authorId: 'U0000ALICE',
    });
    expect(undoRefusal({ ...change, undoneAt: later(5) }, 'U0000ALICE', later(10))).toEqual({
      reason: 'already_undone',
      at: later(5),
    });
    expect(
      undoRefusal(change, 'U0000ALICE', later(10), { actorId: 'U0000BOB', createdAt: later(5) }),
    ).toEqual({
      reason: 'changed_since',
      byUserId: 'U0000BOB',
      at: later(5),
    });
  });
});
