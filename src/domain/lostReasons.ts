/** The lost-reason list every new team starts with (TeamOption kind "lost_reason"); "other" is always offered too. */
export const DEFAULT_LOST_REASONS: readonly { key: string; label: string }[] = [
  { key: 'price', label: 'Price too high' },
  { key: 'competitor', label: 'Chose a competitor' },
  { key: 'no_budget', label: 'No budget' },
  { key: 'no_decision', label: 'No decision / went silent' },
  { key: 'timing', label: 'Bad timing' },
  { key: 'product_fit', label: 'Product does not fit' },
];
