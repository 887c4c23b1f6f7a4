import { parseDealCommand } from '../../src/domain/dealCommand';
import { inEnglish } from '../support/englishProblems';

function problems(text: string) {
  const parsed = parseDealCommand(text);
  return parsed.ok ? [] : parsed.problems.map(inEnglish).map((each) => [each.field, each.message]);
}

describe('parseDealCommand', () => {
  it('opens the form, for a lead or a deal too', () => {
    expect(parseDealCommand('')).toEqual({ ok: true, value: { kind: 'open_modal' } });
    expect(parseDealCommand('L-12')).toEqual({ ok: true, value: { kind: 'open_modal', leadNumber: 12 } });
    expect(parseDealCommand('d7')).toEqual({ ok: true, value: { kind: 'open_modal', dealNumber: 7 } });
  });

  it('reads help, list filters and show', () => {
    expect(parseDealCommand('help')).toEqual({ ok: true, value: { kind: 'help' } });
    expect(parseDealCommand('list proposal mine')).toEqual({
      ok: true,
      value: { kind: 'list', mine: true, stage: 'OFFER' },
    });
    expect(parseDealCommand('list')).toEqual({ ok: true, value: { kind: 'list', mine: false } });
    expect(parseDealCommand('show D-7')).toEqual({ ok: true, value: { kind: 'show', number: 7 } });
  });

  it('reads creates, moves, reopens and edits with their keys', () => {
    expect(parseDealCommand('L-12 offer value:12000 currency:PLN')).toEqual({
      ok: true,
      value: { kind: 'create', leadNumber: 12, stage: 'OFFER', draft: { value: '12000', currency: 'PLN' } },
    });
    expect(parseDealCommand('D-7 Negotiation discount:10%')).toEqual({
      ok: true,
      value: { kind: 'move', number: 7, stage: 'NEGOTIATION', draft: { discount: '10%' } },
    });
    expect(parseDealCommand('D-7 lost reason:"price too high"')).toEqual({
      ok: true,
      value: { kind: 'move', number: 7, stage: 'LOST', draft: { reason: 'price too high' } },
    });
    expect(parseDealCommand('D-7 reopen')).toEqual({
      ok: true,
      value: { kind: 'reopen', number: 7, draft: {} },
    });
    expect(parseDealCommand('D-7 reopen needs')).toEqual({
      ok: true,
      value: { kind: 'reopen', number: 7, stage: 'DISCOVERY', draft: {} },
    });
    expect(parseDealCommand('D-7 value:"13 000"')).toEqual({
      ok: true,
      value: { kind: 'update', number: 7, draft: { value: '13 000' } },
    });
  });

  it('names what is wrong, with the stage list for unknown stages', () => {
    expect(problems('Acme value:100')).toEqual([
      ['id', '“Acme” is not a deal id (D-7), a lead id (L-12) or one of help, list, show'],
    ]);
    expect(problems('D-7 closing')[0]?.[1]).toBe(
      '“closing” is not a stage; stages are lead, qualified, discovery (needs), offer (proposal), negotiation, won, lost',
    );
    expect(problems('L-3 value:100')).toEqual([['stage', 'Say which stage the new deal is in']]);
    expect(problems('D-7 won price:100 value:')).toEqual([
      ['price', expect.stringContaining('“price” is not a deal key')],
      ['value', 'value: has no value'],
    ]);
    expect(problems('D-7 lost price too high')).toEqual([
      ['text', '“price too high” is not understood; values with spaces go in double quotes'],
    ]);
    expect(problems('show 7')).toEqual([['id', '“7” is not a deal id']]);
    expect(problems('list everything')[0]?.[0]).toBe('list');
  });
});

describe('parseDealCommand, forgiving', () => {
  it('reads a company name before the stage as the lead to act on', () => {
    expect(parseDealCommand('Acme Corp won value:8 000 zł')).toEqual({
      ok: true,
      value: {
        kind: 'company',
        company: 'Acme Corp',
        stage: 'WON',
        draft: { value: '8 000', currency: 'PLN' },
      },
    });
    expect(parseDealCommand('"Won Ltd" offer')).toEqual({
      ok: true,
      value: { kind: 'company', company: 'Won Ltd', stage: 'OFFER', draft: {} },
    });
  });

  it('joins the digit groups of an amount and takes a free-text pair last on the line whole', () => {
    expect(parseDealCommand('D-7 lost reason:price too high')).toEqual({
      ok: true,
      value: { kind: 'move', number: 7, stage: 'LOST', draft: { reason: 'price too high' } },
    });
    expect(parseDealCommand('D-7 won value:1 250 000,50 EUR')).toEqual({
      ok: true,
      value: { kind: 'move', number: 7, stage: 'WON', draft: { value: '1 250 000,50', currency: 'EUR' } },
    });
  });

  it('asks about a near miss of a verb whose rest fits it, and quotes the word to take it as typed', () => {
    expect(parseDealCommand('lsit offer mine')).toEqual({
      ok: true,
      value: {
        kind: 'did_you_mean',
        typed: 'lsit',
        meant: 'list',
        suggestion: 'list offer mine',
        literal: '"lsit" offer mine',
      },
    });
    expect(parseDealCommand('"lsit" offer')).toMatchObject({ ok: true, value: { kind: 'company' } });
    expect(parseDealCommand('shwo D-3')).toMatchObject({ ok: true, value: { suggestion: 'show D-3' } });
  });
});
