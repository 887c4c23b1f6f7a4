import { GroupedInsert } from '../../src/store/db/groupedInsert';

/** An insert that finishes only when the test says so, recording each group it was given. */
function heldInserts() {
  const groups: string[][] = [];
  const pending: { resolve(): void; reject(error: Error): void }[] = [];
  const insertAll = (rows: string[]) => {
    groups.push(rows);
    return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
  };
  return { groups, pending, insertAll };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

it('inserts the first row at once and the rows that arrive meanwhile together in the next insert', async () => {
  const held = heldInserts();
  const grouped = new GroupedInsert(held.insertAll);

  const first = grouped.insert('a');
  expect(held.groups).toEqual([['a']]);
  const later = ['b', 'c', 'd'].map((row) => grouped.insert(row));
  await settle();
  // Nothing more is sent while the first insert is in flight.
  expect(held.groups).toEqual([['a']]);

  held.pending[0]?.resolve();
  await first;
  await settle();
  expect(held.groups).toEqual([['a'], ['b', 'c', 'd']]);
  held.pending[1]?.resolve();
  await Promise.all(later);

  // Idle again: the next row goes at once, on its own.
  const alone = grouped.insert('e');
  expect(held.groups.at(-1)).toEqual(['e']);
  held.pending[2]?.resolve();
  await alone;
});

it('fails every row of a failed group, and only those; the next group is tried', async () => {
  const held = heldInserts();
  const grouped = new GroupedInsert(held.insertAll);
  const first = grouped.insert('a');
  const second = [grouped.insert('b'), grouped.insert('c')];
  held.pending[0]?.resolve();
  await first;
  await settle();

  held.pending[1]?.reject(new Error('database not answering'));
  await expect(second[0]).rejects.toThrow('database not answering');
  await expect(second[1]).rejects.toThrow('database not answering');

  const third = grouped.insert('d');
  expect(held.groups).toEqual([['a'], ['b', 'c'], ['d']]);
  held.pending[2]?.resolve();
  await expect(third).resolves.toBeUndefined();
});

it('splits a long queue into groups of at most maxRows', async () => {
  const held = heldInserts();
  const grouped = new GroupedInsert(held.insertAll, 2);
  const rows = ['a', 'b', 'c', 'd', 'e'].map((row) => grouped.insert(row));
  for (let group = 0; group < 3; group += 1) {
    await settle();
    held.pending[group]?.resolve();
  }
  await Promise.all(rows);
  expect(held.groups).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
});
