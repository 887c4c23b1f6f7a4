import { parseDigestCommand } from '../../src/domain/digestCommand';
import { withEnglishProblems } from '../support/englishProblems';

describe('/digest export', () => {
  it.each([
    ['export', { kind: 'export' }],
    ['EXPORT 2026-11-01..2026-11-14', { kind: 'export', period: '2026-11-01..2026-11-14' }],
  ])('reads “%s”', (text, expected) => {
    expect(parseDigestCommand(text)).toEqual({ ok: true, value: expected });
  });

  it('refuses a period it cannot read, naming the period', () => {
    expect(withEnglishProblems(parseDigestCommand('export 2026-11-14..2026-11-01'))).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          field: 'period',
          message: '“2026-11-14..2026-11-01” ends before it starts',
        }),
      ],
    });
  });
});
