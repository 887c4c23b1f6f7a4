import { startFakeSlackApi } from '../support/fakeSlackApi';
import { ackProblems, blockProblems } from '../support/slackValidation';

const plain = (text: string) => ({ type: 'plain_text', text });
const option = (text: string, value = 'v') => ({ text: plain(text), value });
const options = (count: number) =>
  Array.from({ length: count }, (_, index) => option(`o${index}`, `v${index}`));
const problemsOf = (block: Record<string, unknown>) => blockProblems([block], 50, '/blocks');

describe('the fake checks Block Kit as Slack documents it', () => {
  it('refuses button and option texts over 75 characters and option values over 150', () => {
    const button = (text: string) => ({
      type: 'actions',
      elements: [{ type: 'button', text: plain(text), action_id: 'a' }],
    });
    expect(problemsOf(button('x'.repeat(75)))).toEqual([]);
    expect(problemsOf(button('x'.repeat(76)))).toEqual([
      'must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]',
    ]);
    const select = (option: unknown) => ({
      type: 'input',
      label: plain('Pick'),
      element: { type: 'static_select', action_id: 's', options: [option] },
    });
    expect(problemsOf(select(option('x'.repeat(76))))).toEqual([
      'must be less than 76 characters [json-pointer:/blocks/0/element/options/0/text/text]',
    ]);
    expect(problemsOf(select(option('ok', 'v'.repeat(151))))).toEqual([
      'must be less than 151 characters [json-pointer:/blocks/0/element/options/0/value]',
    ]);
  });

  it('caps options, overflow items, context elements, section fields and actions', () => {
    const overflow = (count: number) => ({
      type: 'section',
      text: { type: 'mrkdwn', text: 'x' },
      accessory: { type: 'overflow', action_id: 'o', options: options(count) },
    });
    expect(problemsOf(overflow(5))).toEqual([]);
    expect(problemsOf(overflow(6))).toEqual([
      'must be less than 6 items [json-pointer:/blocks/0/accessory/options]',
    ]);
    const checkboxes = {
      type: 'input',
      label: plain('l'),
      element: { type: 'checkboxes', options: options(11) },
    };
    expect(problemsOf(checkboxes)).toEqual([
      'must be less than 11 items [json-pointer:/blocks/0/element/options]',
    ]);
    const select = {
      type: 'input',
      label: plain('l'),
      element: { type: 'static_select', options: options(101) },
    };
    expect(problemsOf(select)).toEqual([
      'must be less than 101 items [json-pointer:/blocks/0/element/options]',
    ]);
    const mrkdwn = (count: number) => Array.from({ length: count }, () => ({ type: 'mrkdwn', text: 'x' }));
    expect(problemsOf({ type: 'context', elements: mrkdwn(11) })).toEqual([
      'must be less than 11 items [json-pointer:/blocks/0/elements]',
    ]);
    expect(problemsOf({ type: 'section', fields: mrkdwn(11) })).toEqual([
      'must be less than 11 items [json-pointer:/blocks/0/fields]',
    ]);
    expect(problemsOf({ type: 'section', fields: [{ type: 'mrkdwn', text: 'x'.repeat(2001) }] })).toEqual([
      'must be less than 2001 characters [json-pointer:/blocks/0/fields/0/text]',
    ]);
    const buttons = Array.from({ length: 26 }, (_, index) => ({
      type: 'button',
      text: plain('b'),
      action_id: `b${index}`,
    }));
    expect(problemsOf({ type: 'actions', elements: buttons })).toEqual([
      'must be less than 26 items [json-pointer:/blocks/0/elements]',
    ]);
  });

  it('checks option-request answers and blocks in acks', () => {
    expect(ackProblems({ options: options(100) })).toEqual([]);
    expect(ackProblems({ options: options(101) })).toEqual([
      'must be less than 101 items [json-pointer:/options]',
    ]);
    expect(
      ackProblems({ option_groups: [{ label: plain('g'), options: [option('x'.repeat(76))] }] }),
    ).toEqual(['must be less than 76 characters [json-pointer:/option_groups/0/options/0/text/text]']);
    expect(
      ackProblems({ blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }] }),
    ).toEqual(['must be less than 3001 characters [json-pointer:/blocks/0/text/text]']);
    expect(ackProblems('')).toEqual([]);
  });

  it('refuses a response_url message with bad blocks (HTTP 400) and lists it among the refusals', async () => {
    const fake = await startFakeSlackApi();
    try {
      const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }];
      const response = await fetch(fake.responseUrl('r1'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'x', blocks }),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, error: 'invalid_blocks' });
      fake.reset();
      expect(fake.refusals.map((call) => call.method)).toEqual(['response_url']);
    } finally {
      await fake.close();
    }
  });
});
