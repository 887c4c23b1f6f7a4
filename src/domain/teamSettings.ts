import { z } from 'zod';
import type { MessageKey } from '../i18n/catalog';
import { type Language, LANGUAGES } from '../i18n/locales';
import { canonicalTimeZone } from './digestCommand';
import { normalizeCurrency } from './money';

/** Why something typed about teams was refused: a catalog key the Slack edge translates, and its values. */
export type TeamsProblemCode = Extract<MessageKey, `teams.problem.${string}`>;
export type TeamsProblem = { code: TeamsProblemCode; params?: Readonly<Record<string, string | number>> };

export const TEAM_NAME_MAX_LENGTH = 40;
/** Words of `/tandem team …` itself, so `/tandem team bind` never means a team called "bind". */
export const RESERVED_TEAM_NAMES: readonly string[] = ['create', 'bind', 'unbind'];
export const STALE_DEAL_DAYS = { min: 1, max: 365 } as const;
/** Lists are shown in Slack selects (at most 100 options, 75 characters each). */
export const OPTION_LIST_LIMITS = { items: 50, label: 60 } as const;

const code = (key: TeamsProblemCode) => key;

/** Letters, digits, spaces and a few joiners ("EMEA", "North America", "Retail & eCommerce"). */
const teamNameSchema = z
  .string()
  .transform((text) => text.trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, code('teams.problem.nameMissing'))
      .max(TEAM_NAME_MAX_LENGTH, code('teams.problem.nameTooLong'))
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} &._'-]*$/u, code('teams.problem.nameInvalid'))
      .refine(
        (name) => !RESERVED_TEAM_NAMES.includes(name.toLowerCase()),
        code('teams.problem.nameReserved'),
      ),
  );

export type TeamNameCheck = { ok: true; name: string } | { ok: false; problem: TeamsProblem };

/** A team name as typed, with runs of spaces folded; the problem names what is wrong with it. */
export function checkTeamName(text: string): TeamNameCheck {
  const checked = teamNameSchema.safeParse(text);
  if (checked.success) return { ok: true, name: checked.data };
  const key = (checked.error.issues[0]?.message ?? 'teams.problem.nameInvalid') as TeamsProblemCode;
  return { ok: false, problem: { code: key, params: { name: text.trim(), count: TEAM_NAME_MAX_LENGTH } } };
}

/** Team names compare without case: "emea" switches to "EMEA", and both cannot exist. */
export function sameTeamName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

export type OptionItem = { key: string; label: string };

/** A new entry's key: its label lower-cased, anything but letters and digits folded to "_". */
function keyOfLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

export type OptionListCheck = { ok: true; items: OptionItem[] } | { ok: false; problem: TeamsProblem };

/**
 * A list typed one entry per line. An entry matching an existing one by key or label keeps that
 * key, so records already filed under it stay there; new entries get a key made from the label.
 */
export function parseOptionList(
  text: string,
  existing: readonly OptionItem[],
  options: { required: boolean },
): OptionListCheck {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line !== '');
  if (lines.length === 0 && options.required)
    return { ok: false, problem: { code: 'teams.problem.listEmpty' } };
  const items: OptionItem[] = [];
  for (const label of lines) {
    if (label.length > OPTION_LIST_LIMITS.label)
      return {
        ok: false,
        problem: {
          code: 'teams.problem.listItemTooLong',
          params: { item: label, count: OPTION_LIST_LIMITS.label },
        },
      };
    const known = existing.find(
      (option) => sameTeamName(option.label, label) || option.key === label.toLowerCase(),
    );
    const key = known?.key ?? keyOfLabel(label);
    if (key === '')
      return { ok: false, problem: { code: 'teams.problem.listItemInvalid', params: { item: label } } };
    if (!items.some((item) => item.key === key)) items.push({ key, label });
  }
  if (items.length > OPTION_LIST_LIMITS.items)
    return {
      ok: false,
      problem: { code: 'teams.problem.listTooLong', params: { count: OPTION_LIST_LIMITS.items } },
    };
  return { ok: true, items };
}

export type TeamLists = { channels: OptionItem[]; products: OptionItem[] };

/** The settings form as typed; facilitators see only the lists. */
export type TeamListsDraft = { channels?: string; products?: string };
/** What a team may post in its channel besides the digest (all off until an admin turns them on). */
export const ANNOUNCEMENT_KINDS = ['outcomes', 'qualified'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];
export type Announcements = { outcomes: boolean; qualified: boolean };

export type TeamSettingsDraft = TeamListsDraft & {
  /** The announcement kinds ticked; absent keeps none. */
  announcements?: string[];
  name?: string;
  currency?: string;
  locale?: string;
  timeZone?: string;
  staleDealDays?: string;
  admins: string[];
  facilitators: string[];
};

export type TeamSettings = TeamLists & {
  name: string;
  currency: string;
  locale: Language;
  timeZone: string;
  staleDealDays: number;
  announcements: Announcements;
  /** Users given the admin role; workspace admins and owners are admins without being listed. */
  admins: string[];
  /** Users given the facilitator role (never also listed as admins). */
  facilitators: string[];
};

export type TeamSettingsField = Exclude<keyof TeamSettingsDraft, 'facilitators' | 'announcements'>;
export type TeamSettingsProblem = TeamsProblem & { field: TeamSettingsField };
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: TeamSettingsProblem[] };

/** Checks the channel and product lists: channels need at least one entry, products may be empty. */
export function validateTeamLists(draft: TeamListsDraft, existing: TeamLists): Checked<TeamLists> {
  const channels = parseOptionList(draft.channels ?? '', existing.channels, { required: true });
  const products = parseOptionList(draft.products ?? '', existing.products, { required: false });
  if (channels.ok && products.ok)
    return { ok: true, value: { channels: channels.items, products: products.items } };
  return {
    ok: false,
    problems: [
      ...(channels.ok ? [] : [{ field: 'channels' as const, ...channels.problem }]),
      ...(products.ok ? [] : [{ field: 'products' as const, ...products.problem }]),
    ],
  };
}

/** Checks the whole settings form; every problem names the field it belongs to. */
export function validateTeamSettings(draft: TeamSettingsDraft, existing: TeamLists): Checked<TeamSettings> {
  const problems: TeamSettingsProblem[] = [];
  const name = checkTeamName(draft.name ?? '');
  if (!name.ok) problems.push({ field: 'name', ...name.problem });

  const currency = normalizeCurrency(draft.currency ?? '');
  if (!currency)
    problems.push({
      field: 'currency',
      code: 'teams.problem.currencyInvalid',
      params: { value: draft.currency ?? '' },
    });

  const locale = LANGUAGES.find((language) => language === draft.locale);
  if (!locale) problems.push({ field: 'locale', code: 'teams.problem.localeInvalid' });

  const typedZone = (draft.timeZone ?? '').trim();
  const timeZone = typedZone === '' ? undefined : canonicalTimeZone(typedZone);
  if (!timeZone)
    problems.push({ field: 'timeZone', code: 'teams.problem.timeZoneInvalid', params: { value: typedZone } });

  const days = Number((draft.staleDealDays ?? '').trim());
  const staleDealDays =
    (draft.staleDealDays ?? '').trim() !== '' &&
    Number.isInteger(days) &&
    days >= STALE_DEAL_DAYS.min &&
    days <= STALE_DEAL_DAYS.max
      ? days
      : undefined;
  if (staleDealDays === undefined)
    problems.push({
      field: 'staleDealDays',
      code: 'teams.problem.staleDaysInvalid',
      params: STALE_DEAL_DAYS,
    });

  const lists = validateTeamLists(draft, existing);
  if (!lists.ok) problems.push(...lists.problems);

  if (!name.ok || !currency || !locale || !timeZone || staleDealDays === undefined || !lists.ok)
    return { ok: false, problems };
  const admins = [...new Set(draft.admins)];
  return {
    ok: true,
    value: {
      ...lists.value,
      name: name.name,
      currency,
      locale,
      timeZone,
      staleDealDays,
      announcements: {
        outcomes: draft.announcements?.includes('outcomes') ?? false,
        qualified: draft.announcements?.includes('qualified') ?? false,
      },
      admins,
      facilitators: [...new Set(draft.facilitators)].filter((user) => !admins.includes(user)),
    },
  };
}
