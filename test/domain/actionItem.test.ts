import { daysOverdue, isOverdue, reminderDayAt, validateActionItemDraft } from '../../src/domain/actionItem';
import { withEnglishProblems } from '../support/englishProblems';

const today = new Date('2026-11-30T00:00:00Z');
const context = { today, channelKeys: ['seo', 'paid_search'] };

describe('validateActionItemDraft', () => {
  it('accepts an item due today with a related deal and channel', () => {
    expect(
      validateActionItemDraft(
        { owner: 'U0000BOB', text: ' Call Acme ', due: '2026-11-30', related: 'D-3', channel: 'seo' },
        context,
      ),
    ).toEqual({
      ok: true,
      value: {
        ownerId: 'U0000BOB',
        text: 'Call Acme',
        dueDate: new Date('2026-11-30T00:00:00Z'),
        related: { type: 'deal', number: 3 },
        channel: 'seo',
      },
    });
  });

  it('names each field at fault, suggesting a date a week out', () => {
    const result = validateActionItemDraft(
      { owner: 'bob', text: '', due: '2026-11-29', related: 'Acme', channel: 'tv' },
      context,
    );
    expect(withEnglishProblems(result)).toEqual({
      ok: false,
      problems: [
        { field: 'owner', message: 'Choose who owns this action item' },
        { field: 'text', message: 'Say what is to be done' },
        {
          field: 'due',
          message: '2026-11-29 is in the past; pick today (2026-11-30) or later',
          example: '2026-12-07',
        },
        { field: 'related', message: '“Acme” is not a lead or deal id', example: 'L-12, D-7' },
        {
          field: 'channel',
          message: "“tv” is not one of the team's channels: seo, paid_search",
          example: 'seo',
        },
      ],
    });
  });

  it.each([
    [undefined, 'Pick a due date'],
    ['2026-02-30', '“2026-02-30” is not a date'],
    ['2028-01-01', '2028-01-01 is more than a year away'],
  ])('refuses the due date %p', (due, message) => {
    const result = validateActionItemDraft(
      { owner: 'U0000BOB', text: 'Call', ...(due ? { due } : {}) },
      context,
    );
    expect(withEnglishProblems(result)).toMatchObject({ ok: false, problems: [{ field: 'due', message }] });
  });
});

describe('overdue', () => {
  it('starts the day after the due date and counts whole days', () => {
    const item = { state: 'open', dueDate: new Date('2026-11-28T00:00:00Z') };
    expect(isOverdue(item, new Date('2026-11-28T00:00:00Z'))).toBe(false);
    expect(isOverdue(item, new Date('2026-11-29T00:00:00Z'))).toBe(true);
    expect(isOverdue({ ...item, state: 'done' }, today)).toBe(false);
    expect(daysOverdue(item.dueDate, today)).toBe(2);
  });
});

describe('reminderDayAt', () => {
  it('is the local day from 09:00 of the team’s zone on', () => {
    expect(reminderDayAt(new Date('2026-12-02T07:59:59Z'), 'Europe/Warsaw')).toBeUndefined();
    expect(reminderDayAt(new Date('2026-12-02T08:00:00Z'), 'Europe/Warsaw')).toEqual(
      new Date('2026-12-02T00:00:00Z'),
    );
    expect(reminderDayAt(new Date('2026-12-02T22:59:00Z'), 'Europe/Warsaw')).toEqual(
      new Date('2026-12-02T00:00:00Z'),
    );
    expect(reminderDayAt(new Date('2026-12-02T23:30:00Z'), 'Europe/Warsaw')).toBeUndefined();
  });

  it('follows summer time and zones ahead of UTC', () => {
    expect(reminderDayAt(new Date('2026-07-01T07:00:00Z'), 'Europe/Warsaw')).toEqual(
      new Date('2026-07-01T00:00:00Z'),
    );
    expect(reminderDayAt(new Date('2026-12-01T20:00:00Z'), 'Pacific/Auckland')).toEqual(
      new Date('2026-12-02T00:00:00Z'),
    );
  });
});
