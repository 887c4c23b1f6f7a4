/** The channel list every new team starts with; leads use the same keys as their source. */
export const DEFAULT_CHANNELS: readonly { key: string; label: string }[] = [
  { key: 'paid_search', label: 'Paid search' },
  { key: 'paid_social', label: 'Paid social' },
  { key: 'seo', label: 'SEO' },
  { key: 'content', label: 'Content' },
  { key: 'email', label: 'Email' },
  { key: 'events', label: 'Events' },
  { key: 'referral', label: 'Referral' },
  { key: 'partners', label: 'Partners' },
  { key: 'outbound', label: 'Outbound' },
  { key: 'other', label: 'Other' },
];

export type TeamOptionKind = 'channel' | 'lost_reason' | 'product';
