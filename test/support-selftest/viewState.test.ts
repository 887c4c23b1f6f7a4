import { stateValues } from '../support/fixtures';

describe('stateValues', () => {
  it('expands the short forms with default element types', () => {
    expect(
      stateValues({
        title: { value: 'Q3 plan', empty: null },
        stage: { pick: { selected: 'won' }, none: { selected: null } },
        tags: { pick: { selected: ['a', 'b'] } },
        people: { one: { user: 'U0000ALICE' }, many: { users: ['U0000ALICE', 'U0000BOB'] } },
        when: { day: { date: '2024-05-31' }, hour: { time: '09:30' } },
        where: { channel: { conversation: 'C0000SALES' }, channels: { conversations: ['C0000SALES'] } },
      }),
    ).toEqual({
      title: {
        value: { type: 'plain_text_input', value: 'Q3 plan' },
        empty: { type: 'plain_text_input', value: null },
      },
      stage: {
        pick: {
          type: 'static_select',
          selected_option: { text: { type: 'plain_text', text: 'won', emoji: true }, value: 'won' },
        },
        none: { type: 'static_select', selected_option: null },
      },
      tags: {
        pick: {
          type: 'multi_static_select',
          selected_options: [
            { text: { type: 'plain_text', text: 'a', emoji: true }, value: 'a' },
            { text: { type: 'plain_text', text: 'b', emoji: true }, value: 'b' },
          ],
        },
      },
      people: {
        one: { type: 'users_select', selected_user: 'U0000ALICE' },
        many: { type: 'multi_users_select', selected_users: ['U0000ALICE', 'U0000BOB'] },
      },
      when: {
        day: { type: 'datepicker', selected_date: '2024-05-31' },
        hour: { type: 'timepicker', selected_time: '09:30' },
      },
      where: {
        channel: { type: 'conversations_select', selected_conversation: 'C0000SALES' },
        channels: { type: 'multi_conversations_select', selected_conversations: ['C0000SALES'] },
      },
    });
  });

  it("takes element types and option labels from the view's blocks", () => {
    const blocks = [
      {
        type: 'input',
        block_id: 'size',
        element: { type: 'number_input', action_id: 'v', is_decimal_allowed: false },
      },
      {
        type: 'input',
        block_id: 'kind',
        element: {
          type: 'radio_buttons',
          action_id: 'v',
          options: [{ text: { type: 'plain_text', text: 'New business' }, value: 'new' }],
        },
      },
      {
        type: 'actions',
        block_id: 'filters',
        elements: [
          {
            type: 'checkboxes',
            action_id: 'v',
            options: [{ text: { type: 'mrkdwn', text: '*Hot*' }, value: 'hot' }],
          },
        ],
      },
    ];
    const values = stateValues(
      { size: { v: '12' }, kind: { v: { selected: 'new' } }, filters: { v: { selected: ['hot'] } } },
      blocks,
    );
    expect(values.size?.v).toEqual({ type: 'number_input', value: '12' });
    expect(values.kind?.v).toEqual({
      type: 'radio_buttons',
      selected_option: { text: { type: 'plain_text', text: 'New business', emoji: true }, value: 'new' },
    });
    expect(values.filters?.v).toMatchObject({ type: 'checkboxes', selected_options: [{ value: 'hot' }] });
  });

  it('passes a full ViewStateValue through untouched', () => {
    const raw = { type: 'rich_text_input', rich_text_value: { type: 'rich_text' as const, elements: [] } };
    expect(stateValues({ notes: { v: raw } }).notes?.v).toBe(raw);
  });
});
