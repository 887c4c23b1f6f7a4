/** The made-up team the demo seeds: its people, lists and the words its clients use. */

export const DEMO_SLACK_TEAM_ID = 'T0DEMO0001';
export const DEMO_CHANNEL_ID = 'C0DEMOSALES';

export const DEMO_REPS = ['U0DEMOANNA', 'U0DEMOBART', 'U0DEMOCLEO'] as const;
export const DEMO_MARKETER = 'U0DEMOMARA';

export const DEMO_TEAM = {
  name: 'Northwind Logistics Software',
  timezone: 'Europe/Warsaw',
  currency: 'EUR',
  locale: 'en',
};

export const DEMO_PRODUCTS = [
  { key: 'routing', label: 'Route planner' },
  { key: 'analytics', label: 'Fleet analytics' },
  { key: 'warehouse', label: 'Warehouse app' },
  { key: 'billing', label: 'Freight billing' },
];

/** Lead sources with how often they bring leads and what they cost per two weeks (EUR). */
export const DEMO_CHANNELS: { key: string; weight: number; spendPerFortnight: number; quality: number }[] = [
  { key: 'paid_search', weight: 22, spendPerFortnight: 4200, quality: 0.45 },
  { key: 'paid_social', weight: 16, spendPerFortnight: 2600, quality: 0.3 },
  { key: 'seo', weight: 14, spendPerFortnight: 900, quality: 0.55 },
  { key: 'content', weight: 10, spendPerFortnight: 1200, quality: 0.5 },
  { key: 'email', weight: 9, spendPerFortnight: 400, quality: 0.4 },
  { key: 'events', weight: 11, spendPerFortnight: 3800, quality: 0.6 },
  { key: 'referral', weight: 9, spendPerFortnight: 0, quality: 0.8 },
  { key: 'partners', weight: 9, spendPerFortnight: 1500, quality: 0.65 },
];

export const DEMO_INDUSTRIES = [
  'logistics',
  'retail',
  'manufacturing',
  'food distribution',
  'construction',
  'pharma',
];
export const DEMO_SEGMENTS = ['smb', 'mid_market', 'enterprise'];
export const DEMO_SIZES = ['11-50', '51-200', '201-1000', '1000+'];
export const DEMO_COUNTRIES = ['PL', 'DE', 'CZ', 'SK', 'LT', 'NL'];

const NAME_HEADS = [
  'Baltic',
  'Vistula',
  'Oder',
  'Carpathian',
  'Amber',
  'Silesian',
  'Tatra',
  'Masovian',
  'Pomeranian',
  'Warta',
  'Rhine',
  'Danube',
  'Elbe',
  'Hansa',
  'Nordic',
  'Central',
];
const NAME_TAILS = [
  'Freight',
  'Foods',
  'Logistics',
  'Steel',
  'Pharma',
  'Builders',
  'Retail',
  'Trans',
  'Cargo',
  'Distribution',
  'Wholesale',
  'Express',
  'Supply',
  'Movers',
  'Parts',
  'Depot',
  'Cold Chain',
  'Timber',
  'Glass',
];

/** The n-th demo company name, unique for n < 304. */
export function demoCompany(index: number): string {
  const head = NAME_HEADS[index % NAME_HEADS.length] ?? 'Demo';
  const tail = NAME_TAILS[Math.floor(index / NAME_HEADS.length) % NAME_TAILS.length] ?? 'Co';
  return `${head} ${tail}`;
}

/** What clients say, with the product it is about (none for remarks about the company). */
export type DemoFeedback = { text: string; product?: string };

export const DEMO_FEEDBACK: Record<'praise' | 'complaint' | 'wish' | 'objection', DemoFeedback[]> = {
  praise: [
    { text: 'Route planner cut our empty kilometres by a fifth in the first month', product: 'routing' },
    { text: 'Onboarding call was clear and the team answered every question' },
    { text: 'Drivers like the new app, no more paper lists', product: 'warehouse' },
    { text: 'Fleet analytics dashboard is what our board asked for', product: 'analytics' },
  ],
  complaint: [
    { text: 'Invoices from freight billing arrive with wrong VAT rates', product: 'billing' },
    { text: 'The mobile app logs drivers out twice a day', product: 'warehouse' },
    { text: 'Support answered only after three days' },
    { text: 'Import of the old route list failed without an error message', product: 'routing' },
  ],
  wish: [
    { text: 'Export of the monthly report to Excel', product: 'analytics' },
    { text: 'Integration with our SAP system', product: 'billing' },
    { text: 'Live ETA link we can send to our customers', product: 'routing' },
    { text: 'Polish and Czech language in the driver app', product: 'warehouse' },
  ],
  objection: [
    { text: 'Too expensive compared to our spreadsheet' },
    { text: 'We must finish the ERP migration first' },
    { text: 'Our IT does not allow cloud tools without an audit' },
  ],
};

export const DEMO_LOST_REASON_KEYS = [
  'price',
  'competitor',
  'no_budget',
  'no_decision',
  'timing',
  'product_fit',
];

/** Reasons in the reps' own words, for losses filed as "other". */
export const DEMO_LOST_NOTES = [
  'Went with a local vendor they already use for telematics',
  'Champion left the company, no answer since',
  'Peak season, they want to revisit in spring',
  'Needs rail freight, which we do not cover',
  'Board froze all software purchases until the merger closes',
];

export const DEMO_ICP = {
  industries: 'logistics, food distribution, retail',
  companySize: 'mid_market, 51-200, 201-1000',
  countries: 'PL, DE, CZ',
  decisionMaker: 'Head of operations\nCFO for fleets above 50 vehicles',
  pains: 'Planning routes by hand every morning\nNo view of fleet costs per customer',
  buyingTriggers: 'Opening a new depot\nFuel costs up more than 10 % in a year',
  disqualifiers: 'Fewer than 10 vehicles\nRail-only freight',
  priorityProducts: 'routing, analytics, billing',
};
