import { parseLeadCommand, parseLeadNumber } from '../../src/domain/leadCommand';
import { messageOf } from '../support/englishProblems';

describe('parseLeadCommand', () => {
  it('opens the modal for empty text', () => {
    expect(parseLeadCommand('  ')).toEqual({ ok: true, value: { kind: 'open_modal' } });
  });

  it('reads help, list filters and show', () => {
    expect(parseLeadCommand('help')).toEqual({ ok: true, value: { kind: 'help' } });
    expect(parseLeadCommand('list mine source:SEO')).toEqual({
      ok: true,
      value: { kind: 'list', mine: true, source: 'seo' },
    });
    expect(parseLeadCommand('show l-12')).toEqual({ ok: true, value: { kind: 'show', number: 12 } });
  });

  it('reads a quick add with every key', () => {
    const parsed = parseLeadCommand(
      'Acme Corp source:paid_search industry:retail segment:smb size:51-200 country:PL contact:"Anna Nowak" ' +
        'email:anna@acme.pl product:analytics heard:webinar prompted:"new law" campaign:bf owner:<@U0000ANNA|anna> note:"hi there"',
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        kind: 'add',
        draft: {
          company: 'Acme Corp',
          source: 'paid_search',
          industry: 'retail',
          segment: 'smb',
          companySize: '51-200',
          country: 'PL',
          contactName: 'Anna Nowak',
          email: 'anna@acme.pl',
          product: 'analytics',
          heardFrom: 'webinar',
          promptedBy: 'new law',
          campaign: 'bf',
          ownerId: '<@U0000ANNA>',
          note: 'hi there',
        },
      },
    });
  });

  it('names an unknown key, a key without value and a repeated key', () => {
    const parsed = parseLeadCommand('Acme colour:red source: industry:a industry:b');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((each) => each.field)).toEqual(['colour', 'source', 'industry']);
    expect(messageOf(parsed.problems[0])).toContain('“colour” is not a lead key');
    expect(messageOf(parsed.problems[1])).toBe('source: has no value');
    expect(messageOf(parsed.problems[2])).toBe('industry: is given twice');
  });

  it('rejects a bad lead id for show and a bad list filter', () => {
    const show = parseLeadCommand('show twelve');
    expect(!show.ok && show.problems[0]?.example).toBe('/lead show L-12');
    const list = parseLeadCommand('list everything');
    expect(!list.ok && messageOf(list.problems[0])).toContain('“everything” is not a list filter');
  });
});

describe('parseLeadNumber', () => {
  it.each([
    ['L-12', 12],
    ['l12', 12],
    ['L-0012', 12],
    ['D-12', undefined],
    ['L-', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseLeadNumber(text)).toBe(expected);
  });
});

describe('parseLeadCommand, forgiving', () => {
  it('takes a bare number after a verb as the lead id', () => {
    expect(parseLeadCommand('show 2')).toEqual({ ok: true, value: { kind: 'show', number: 2 } });
    expect(parseLeadCommand('qualify 7')).toEqual({ ok: true, value: { kind: 'qualify', number: 7 } });
  });

  it('takes an unquoted note last on the line whole, keeping the company apart', () => {
    expect(parseLeadCommand('Acme Corp source:seo note:met at the fair in Poznań')).toEqual({
      ok: true,
      value: {
        kind: 'add',
        draft: { company: 'Acme Corp', source: 'seo', note: 'met at the fair in Poznań' },
      },
    });
  });

  it('asks “did you mean” for a near miss of a verb, but not for a company that merely looks like one', () => {
    expect(parseLeadCommand('shwo L-1')).toEqual({
      ok: true,
      value: {
        kind: 'did_you_mean',
        typed: 'shwo',
        meant: 'show',
        suggestion: 'show L-1',
        literal: '"shwo" L-1',
      },
    });
    expect(parseLeadCommand('lsit')).toMatchObject({ ok: true, value: { meant: 'list' } });
    expect(parseLeadCommand('qualfiy 3')).toMatchObject({ ok: true, value: { suggestion: 'qualify 3' } });
    expect(parseLeadCommand('"shwo" L-1')).toEqual({
      ok: true,
      value: { kind: 'add', draft: { company: 'shwo L-1' } },
    });
    expect(parseLeadCommand('Shop Nowak source:seo')).toMatchObject({ ok: true, value: { kind: 'add' } });
    expect(parseLeadCommand('Show')).toMatchObject({
      ok: true,
      value: { kind: 'add', draft: { company: 'Show' } },
    });
  });
});
