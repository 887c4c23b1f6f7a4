import { randomBytes } from 'node:crypto';
import type {
  Deal as DealModel,
  Feedback,
  Lead,
  Spend as SpendModel,
  StageEvent as StageEventModel,
} from '../../../generated/postgresql/client';
import type { MoneyAsNumber } from '../moneyColumns';

// Loaders take money as numbers, like the rest of Tandem above the database.
type Deal = MoneyAsNumber<DealModel>;
type StageEvent = MoneyAsNumber<StageEventModel>;
type Spend = MoneyAsNumber<SpendModel>;

/**
 * The tables the bulk loaders write, described column by column so that a bulk-loaded row is
 * exactly the row Prisma would have written: same columns, same defaults, same stored types.
 * Each `columns` object is keyed by every field of the Prisma model, so a column added to
 * prisma/models.prisma fails to compile here until the loader knows how to store it.
 */

/** How a column's value is stored (SQLite: TEXT, INTEGER, REAL, epoch ms; PostgreSQL: its type; money is bigint). */
export type ColumnType = 'text' | 'integer' | 'bigint' | 'real' | 'timestamp';

type NullableKeys<Row> = { [Key in keyof Row]-?: null extends Row[Key] ? Key : never }[keyof Row];

/** A model row where nullable columns and columns with a schema default may be left out. */
type BulkRow<Row, Defaulted extends keyof Row> = Omit<Row, Defaulted | NullableKeys<Row>> &
  Partial<Pick<Row, Defaulted | NullableKeys<Row>>>;

export type BulkLeadRow = BulkRow<Lead, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'version'>;
export type BulkDealRow = BulkRow<
  Deal,
  'id' | 'negotiationRounds' | 'createdAt' | 'updatedAt' | 'stageEnteredAt' | 'version'
>;
export type BulkStageEventRow = BulkRow<StageEvent, 'id' | 'at'>;
export type BulkSpendRow = BulkRow<Spend, 'id' | 'createdAt'>;
export type BulkFeedbackRow = BulkRow<Feedback, 'id' | 'createdAt'>;

/** A column's schema default, computed per row; `now` is one instant for the whole load. */
type ColumnDefault = (now: Date) => string | number | Date;

export type BulkTable<Model> = {
  /** The SQL table name (the model name, as Prisma's migrations create it). */
  name: string;
  columns: { [Key in keyof Model]-?: ColumnType };
  /** `@default(...)` and `@updatedAt` values; every other column left out is NULL. */
  defaults: Partial<Record<keyof Model, ColumnDefault>>;
};

/** A new primary key shaped like Prisma's cuid(): "c" and 24 lowercase base-36 characters. */
export function newRowId(): string {
  const time = Date.now().toString(36).padStart(9, '0').slice(-9);
  const random = BigInt(`0x${randomBytes(10).toString('hex')}`)
    .toString(36)
    .padStart(15, '0')
    .slice(-15);
  return `c${time}${random}`;
}

const now: ColumnDefault = (instant) => instant;

export const LEAD_TABLE: BulkTable<Lead> = {
  name: 'Lead',
  columns: {
    id: 'text',
    teamId: 'text',
    number: 'integer',
    company: 'text',
    companyKey: 'text',
    contactName: 'text',
    email: 'text',
    source: 'text',
    campaign: 'text',
    industry: 'text',
    segment: 'text',
    companySize: 'text',
    country: 'text',
    heardFrom: 'text',
    promptedBy: 'text',
    product: 'text',
    note: 'text',
    ownerId: 'text',
    status: 'text',
    statusReason: 'text',
    statusChangedAt: 'timestamp',
    qualifiedAt: 'timestamp',
    createdById: 'text',
    createdAt: 'timestamp',
    updatedAt: 'timestamp',
    version: 'integer',
    externalId: 'text',
  },
  defaults: { id: newRowId, status: () => 'new', createdAt: now, updatedAt: now, version: () => 1 },
};

export const DEAL_TABLE: BulkTable<Deal> = {
  name: 'Deal',
  columns: {
    id: 'text',
    teamId: 'text',
    number: 'integer',
    leadId: 'text',
    stage: 'text',
    valueMinor: 'bigint',
    currency: 'text',
    discountPct: 'real',
    expectedCloseDate: 'timestamp',
    problems: 'text',
    desiredOutcomes: 'text',
    offerRequestedAt: 'timestamp',
    offerSentAt: 'timestamp',
    negotiationRounds: 'integer',
    negotiationNotes: 'text',
    lostReason: 'text',
    lostReasonText: 'text',
    ownerId: 'text',
    createdById: 'text',
    createdAt: 'timestamp',
    updatedAt: 'timestamp',
    stageEnteredAt: 'timestamp',
    closedAt: 'timestamp',
    version: 'integer',
    externalId: 'text',
  },
  defaults: {
    id: newRowId,
    negotiationRounds: () => 0,
    createdAt: now,
    updatedAt: now,
    stageEnteredAt: now,
    version: () => 1,
  },
};

export const STAGE_EVENT_TABLE: BulkTable<StageEvent> = {
  name: 'StageEvent',
  columns: {
    id: 'text',
    teamId: 'text',
    dealId: 'text',
    fromStage: 'text',
    toStage: 'text',
    kind: 'text',
    skipped: 'text',
    at: 'timestamp',
    byUserId: 'text',
    valueMinor: 'bigint',
    currency: 'text',
    discountPct: 'real',
    reason: 'text',
  },
  defaults: { id: newRowId, at: now },
};

export const SPEND_TABLE: BulkTable<Spend> = {
  name: 'Spend',
  columns: {
    id: 'text',
    teamId: 'text',
    channel: 'text',
    amountMinor: 'bigint',
    currency: 'text',
    periodStart: 'timestamp',
    periodEnd: 'timestamp',
    note: 'text',
    createdById: 'text',
    createdAt: 'timestamp',
  },
  defaults: { id: newRowId, createdAt: now },
};

export const FEEDBACK_TABLE: BulkTable<Feedback> = {
  name: 'Feedback',
  columns: {
    id: 'text',
    teamId: 'text',
    number: 'integer',
    kind: 'text',
    text: 'text',
    leadId: 'text',
    dealId: 'text',
    product: 'text',
    sentiment: 'text',
    source: 'text',
    messageAuthorId: 'text',
    permalink: 'text',
    createdById: 'text',
    createdAt: 'timestamp',
  },
  defaults: { id: newRowId, createdAt: now },
};

/** The table's column names in a fixed order, and each row's values in that order, defaults applied. */
export function columnNames<Model>(table: BulkTable<Model>): (keyof Model & string)[] {
  return Object.keys(table.columns) as (keyof Model & string)[];
}

export function rowValues<Model>(
  table: BulkTable<Model>,
  columns: readonly (keyof Model & string)[],
  row: Partial<Model>,
  instant: Date,
): unknown[] {
  return columns.map((column) => {
    const value = row[column];
    if (value !== undefined) return value;
    return table.defaults[column]?.(instant) ?? null;
  });
}
