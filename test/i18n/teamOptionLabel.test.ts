import { createTranslator } from '../../src/i18n/translator';
import { teamOptionLabel } from '../../src/i18n/teamOptionLabel';

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
