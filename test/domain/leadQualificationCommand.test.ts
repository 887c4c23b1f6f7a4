import { parseLeadCommand } from '../../src/domain/leadCommand';
import { inEnglish } from '../support/englishProblems';

function problems(text: string) {
  const parsed = parseLeadCommand(text);
  return parsed.ok ? [] : parsed.problems.map(inEnglish).map((each) => [each.field, each.message]);
}

describe('parseLeadCommand: qualification and edit', () => {
  it('reads qualify, disqualify with its reason, and edit', () => {
    expect(parseLeadCommand('qualify L-3')).toEqual({ ok: true, value: { kind: 'qualify', number: 3 } });
    expect(parseLeadCommand('Qualify l3 reason:"budget confirmed"')).toEqual({
      ok: true,
      value: { kind: 'qualify', number: 3, reason: 'budget confirmed' },
    });
    expect(parseLeadCommand('disqualify L-3 reason:"no budget"')).toEqual({
      ok: true,
      value: { kind: 'disqualify', number: 3, reason: 'no budget' },
    });
    expect(parseLeadCommand('edit L-3')).toEqual({ ok: true, value: { kind: 'edit', number: 3 } });
  });

  it('names what is missing or wrong', () => {
    expect(problems('disqualify L-3')).toEqual([['reason', 'Disqualifying a lead needs a reason']]);
    expect(problems('qualify')).toEqual([['id', 'Say which lead to qualify']]);
    expect(problems('edit Acme')).toEqual([['id', '“Acme” is not a lead id']]);
    expect(problems('qualify L-3 source:seo')).toEqual([
      ['source', '“source” is not understood here; the only key is reason'],
    ]);
  });
});
