import { companyKey, normalizeCompanySize, normalizeSegment, validateLeadDraft } from '../../src/domain/lead';
import { inEnglish, messageOf } from '../support/englishProblems';

const CHANNELS = ['paid_search', 'seo', 'events'];

describe('validateLeadDraft', () => {
  it('normalizes values: channel key, segment alias, head count, country name, email case, owner mention', () => {
    const result = validateLeadDraft(
      {
        company: '  Acme Corp ',
        source: 'Paid Search',
        segment: 'mid-market',
        companySize: '120',
        country: 'poland',
        email: 'Anna@Acme.PL',
        ownerId: '<@U0000ANNA>',
      },
      CHANNELS,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        company: 'Acme Corp',
        source: 'paid_search',
        segment: 'mid_market',
        companySize: '51-200',
        country: 'PL',
        email: 'anna@acme.pl',
        ownerId: 'U0000ANNA',
      },
    });
  });

  it('reports every bad field with what was expected and an example', () => {
    const result = validateLeadDraft(
      {
        source: 'google',
        segment: 'huge',
        companySize: 'lots',
        country: 'Narnia',
        email: 'anna@',
        ownerId: 'bob',
      },
      CHANNELS,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(inEnglish)).toEqual([
      { field: 'company', message: 'Company is required', example: '/lead "Acme Corp" source:seo' },
      {
        field: 'source',
        message: "“google” is not one of the team's channels: paid_search, seo, events",
        example: 'source:paid_search',
      },
      {
        field: 'segment',
        message: '“huge” is not a segment; use one of smb, mid_market, enterprise',
        example: 'segment:smb',
      },
      {
        field: 'companySize',
        message:
          '“lots” is not a company size; use a head count or one of 1-10, 11-50, 51-200, 201-1000, 1000+',
        example: 'size:51-200',
      },
      {
        field: 'country',
        message: '“Narnia” is not a country; use a two-letter code such as PL, DE or US',
        example: 'country:PL',
      },
      { field: 'email', message: '“anna@” is not an email address', example: 'email:anna@acme.com' },
      {
        field: 'ownerId',
        message: '“bob” is not a Slack user; mention them with @, like owner:@anna',
        example: 'owner:@anna',
      },
    ]);
  });

  it('enforces field length limits with a message', () => {
    const result = validateLeadDraft({ company: 'x'.repeat(201) }, CHANNELS);
    expect(!result.ok && messageOf(result.problems[0])).toBe('Company is 201 characters; at most 200 fit');
  });
});

describe('lead normalizers', () => {
  it('folds company names for duplicate detection', () => {
    expect(companyKey('  ACME   Corp ')).toBe('acme corp');
  });
  it.each([
    ['SMB', 'smb'],
    ['enterprise', 'enterprise'],
    ['mid market', 'mid_market'],
    ['giant', undefined],
  ])('segment %s → %s', (input, expected) => expect(normalizeSegment(input)).toBe(expected));
  it.each([
    ['5', '1-10'],
    ['50', '11-50'],
    ['1000', '201-1000'],
    ['5000', '1000+'],
    ['201-1000', '201-1000'],
  ])('size %s → %s', (input, expected) => expect(normalizeCompanySize(input)).toBe(expected));
});
