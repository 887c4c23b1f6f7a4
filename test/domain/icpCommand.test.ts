import { parseIcpCommand } from '../../src/domain/icpCommand';
import { messageOf } from '../support/englishProblems';

describe('parseIcpCommand', () => {
  it.each([
    ['', { kind: 'show' }],
    ['show', { kind: 'show' }],
    ['EDIT', { kind: 'edit' }],
    ['history', { kind: 'history' }],
    ['help', { kind: 'help' }],
    [
      'note it\'s "odd": 3 wins &amp; <https://x.example|a link>',
      { kind: 'note', text: 'it\'s "odd": 3 wins & a link' },
    ],
    ['note “quoted whole”', { kind: 'note', text: 'quoted whole' }],
  ])('reads %j', (text, value) => {
    expect(parseIcpCommand(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['note   ', 'The note has no text'],
    [`note ${'x'.repeat(2001)}`, 'The note is 2001 characters; at most 2000 fit'],
    ['edit now', '“edit now” is not an /icp command'],
  ])('refuses %j', (text, message) => {
    const parsed = parseIcpCommand(text);
    expect(parsed.ok ? '' : messageOf(parsed.problems[0])).toContain(message);
  });
});
