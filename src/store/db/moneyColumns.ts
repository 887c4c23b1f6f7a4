/**
 * Money columns hold 64-bit minor units (BIGINT), which Prisma reads as JS bigint. Tandem's amounts
 * stay numbers everywhere above the store: exact up to 2^53 minor units (90 trillion in major
 * units), far beyond any deal. Rows are converted here, once, as they leave the store.
 */
export type MoneyAsNumber<T> = T extends Date
  ? T
  : T extends readonly (infer Item)[]
    ? MoneyAsNumber<Item>[]
    : T extends object
      ? { [Key in keyof T]: Key extends `${string}Minor` ? BigintAsNumber<T[Key]> : MoneyAsNumber<T[Key]> }
      : T;

type BigintAsNumber<T> = T extends bigint ? number : T;

/** `row` with every bigint `…Minor` field, at any depth (a deal's events, a lead's deals), a number. */
export function moneyAsNumber<T>(row: T): MoneyAsNumber<T> {
  return convert(row) as MoneyAsNumber<T>;
}

function convert(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convert);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const converted: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    converted[key] = typeof field === 'bigint' && key.endsWith('Minor') ? Number(field) : convert(field);
  }
  return converted;
}
