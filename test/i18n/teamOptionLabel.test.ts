import { createTranslator } from '../../src/i18n/translator';
import { builtInOptions, teamOptionLabel } from '../../src/i18n/teamOptionLabel';

describe('teamOptionLabel', () => {
  it('translates the lists every team starts with and keeps what a team wrote itself', () => {
    const polish = createTranslator('pl-PL');
    expect(teamOptionLabel(polish, 'lost_reason', { key: 'price', label: 'Price too high' })).toBe(
      'Za wysoka cena',
    );
    expect(teamOptionLabel(createTranslator('ru'), 'channel', { key: 'referral', label: 'Referral' })).toBe(
      'Рекомендации',
    );
    expect(teamOptionLabel(polish, 'lost_reason', { key: 'price', label: 'Za drogo dla nich' })).toBe(
      'Za drogo dla nich',
    );
    expect(teamOptionLabel(polish, 'channel', { key: 'tiktok', label: 'TikTok' })).toBe('TikTok');
    expect(teamOptionLabel(createTranslator('en'), 'channel', { key: 'seo', label: 'SEO' })).toBe('SEO');
  });
});

describe('built-in team lists', () => {
  it('are created in the team language, and read in another language once the team changes it', () => {
    const polish = builtInOptions('pl');
    expect(polish).toEqual(
      expect.arrayContaining([
        { kind: 'channel', key: 'paid_search', label: 'Reklama w wyszukiwarce', position: 0 },
        { kind: 'lost_reason', key: 'no_budget', label: 'Brak budżetu', position: 2 },
      ]),
    );
    const russian = createTranslator('ru');
    const label = (kind: 'channel' | 'lost_reason', key: string) =>
      teamOptionLabel(
        russian,
        kind,
        polish.find((each) => each.kind === kind && each.key === key)!,
      );
    expect(label('channel', 'paid_search')).toBe('Контекстная реклама');
    expect(label('channel', 'paid_social')).toBe('Таргетированная реклама');
    expect(label('channel', 'email')).toBe('Email-маркетинг');
    expect(label('channel', 'content')).toBe('Контент-маркетинг');
    expect(label('lost_reason', 'price')).toBe('Высокая цена');
  });
});
