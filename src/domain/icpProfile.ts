import { normalizeCountry } from './countries';
import { type IcpSection, type IcpSections, icpItems } from './icp';
import { normalizeCompanySize, normalizeSegment } from './lead';

/** Lead attributes the data-derived profile compares; each maps to a lead column. */
export const PROFILE_ATTRIBUTES = [
  'industry',
  'segment',
  'companySize',
  'country',
  'source',
  'product',
] as const;
export type ProfileAttribute = (typeof PROFILE_ATTRIBUTES)[number];

/** The written section an attribute is checked against; source channels have none. */
export const ATTRIBUTE_SECTIONS: Record<ProfileAttribute, IcpSection | undefined> = {
  industry: 'industries',
  segment: 'companySize',
  companySize: 'companySize',
  country: 'countries',
  source: undefined,
  product: 'priorityProducts',
};

export const DEFAULT_PROFILE_WINDOW_DAYS = 180;
export const DEFAULT_MIN_SAMPLE = 5;
/** A value outside the ICP with at least this lift is flagged; one in it with at most LOW_LIFT too. */
export const HIGH_LIFT = 1.5;
export const LOW_LIFT = 0.5;
const SALES_READY_SHOWN = 3;

/** Counts over the leads created in the window, as the store aggregates them. */
export type CohortCounts = {
  leads: number;
  /** Leads with a deal that entered WON. */
  wins: number;
  /** Leads with a deal that reached OFFER (entered OFFER, NEGOTIATION or WON). */
  reachedOffer: number;
  /** From lead creation to first reaching OFFER, over the leads that did; null when none did. */
  averageDaysToOffer: number | null;
};

/** One attribute value's counts; `value` null gathers the leads without that attribute. */
export type AttributeValueCounts = CohortCounts & { attribute: ProfileAttribute; value: string | null };

export type IcpFigures = { totals: CohortCounts; values: AttributeValueCounts[] };

export type ProfileValue = CohortCounts & {
  value: string;
  /** Fewer leads than the minimum sample: rates and lift are not shown. */
  tooFew: boolean;
  /** Share of the attribute's wins with a known value (10 = 10 %); null with no such win. */
  shareOfWinsPct: number | null;
  winRatePct: number | null;
  /** Win rate ÷ overall win rate; null when too few or nothing was won overall. */
  lift: number | null;
  offerRatePct: number | null;
  /** Whether the written ICP names this value; undefined when its section names nothing matchable. */
  inIcp: boolean | undefined;
};

export type AttributeProfile = {
  attribute: ProfileAttribute;
  /** Most wins first, then most leads. */
  values: ProfileValue[];
  knownWins: number;
  unknown: { leads: number; wins: number };
};

/** Where the data disagrees with the written ICP: the facts a surface words in its reader's language. */
export type ProfileFlag =
  | {
      kind: 'wins_outside_icp';
      attribute: ProfileAttribute;
      /** The written section's items. */
      said: string[];
      /** The values outside the ICP that won, with their wins. */
      outside: { value: string; wins: number }[];
      outsideWins: number;
      knownWins: number;
    }
  | {
      kind: 'high_lift_outside_icp' | 'low_lift_in_icp';
      attribute: ProfileAttribute;
      value: string;
      lift: number;
      wins: number;
      leads: number;
      winRatePct: number;
      overallWinRatePct: number | null;
    };

export type SalesReadyIndicator = {
  attribute: ProfileAttribute;
  value: string;
  leads: number;
  reachedOffer: number;
  offerRatePct: number;
  averageDaysToOffer: number | null;
};

export type IcpProfile = {
  window: { start: Date; end: Date; days: number };
  minSample: number;
  overall: CohortCounts & { winRatePct: number | null; offerRatePct: number | null };
  attributes: AttributeProfile[];
  flags: ProfileFlag[];
  salesReady: SalesReadyIndicator[];
};

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}

/**
 * The written items of an attribute's section that describe this attribute, each with the value
 * the store groups by: "enterprise, 201-1000" is a segment item and a company-size item, and each
 * attribute is checked against its own items only.
 */
export function writtenItems(
  attribute: ProfileAttribute,
  sections: IcpSections,
): { item: string; value: string }[] {
  const section = ATTRIBUTE_SECTIONS[attribute];
  if (!section) return [];
  const normalize: (item: string) => string | undefined = {
    industry: (item: string) => item.toLowerCase(),
    product: (item: string) => item.toLowerCase(),
    segment: normalizeSegment,
    companySize: (item: string) => normalizeCompanySize(item.replace(/\s*(employees|people|staff)$/i, '')),
    country: normalizeCountry,
    source: () => undefined,
  }[attribute];
  return icpItems(section, sections[section]).flatMap((item) => {
    const value = normalize(item);
    return value === undefined ? [] : [{ item, value }];
  });
}

/** The values of an attribute the written ICP names, in the form the store groups by. */
export function writtenValues(attribute: ProfileAttribute, sections: IcpSections): Set<string> {
  return new Set(writtenItems(attribute, sections).map((written) => written.value));
}

/**
 * The data-derived profile: per attribute value, share of wins, win rate and lift against the
 * overall win rate, with "too few" below `minSample` leads; mismatches against the written ICP;
 * and the values whose leads reach an offer most often and fastest.
 */
export function buildIcpProfile(
  figures: IcpFigures,
  written: IcpSections,
  options: { window: IcpProfile['window']; minSample: number },
): IcpProfile {
  const { totals } = figures;
  const overallWinRate = totals.leads === 0 ? null : totals.wins / totals.leads;
  const overall = {
    ...totals,
    winRatePct: percent(totals.wins, totals.leads),
    offerRatePct: percent(totals.reachedOffer, totals.leads),
  };
  const attributes = PROFILE_ATTRIBUTES.map((attribute) =>
    profileAttribute(attribute, figures.values, written, options.minSample, overallWinRate),
  );
  return {
    window: options.window,
    minSample: options.minSample,
    overall,
    attributes,
    flags: attributes.flatMap((profile) =>
      mismatchFlags(profile, written, overall.winRatePct, options.minSample),
    ),
    salesReady: salesReadyIndicators(attributes, overall.offerRatePct),
  };
}

function profileAttribute(
  attribute: ProfileAttribute,
  rows: AttributeValueCounts[],
  written: IcpSections,
  minSample: number,
  overallWinRate: number | null,
): AttributeProfile {
  const own = rows.filter((row) => row.attribute === attribute);
  const known = own.filter((row): row is AttributeValueCounts & { value: string } => row.value !== null);
  const unknownRow = own.find((row) => row.value === null);
  const knownWins = known.reduce((sum, row) => sum + row.wins, 0);
  const icpValues = writtenValues(attribute, written);
  const values = known.map((row): ProfileValue => {
    const tooFew = row.leads < minSample;
    const winRate = row.wins / row.leads;
    return {
      value: row.value,
      leads: row.leads,
      wins: row.wins,
      reachedOffer: row.reachedOffer,
      averageDaysToOffer: row.averageDaysToOffer,
      tooFew,
      shareOfWinsPct: percent(row.wins, knownWins),
      winRatePct: tooFew ? null : winRate * 100,
      lift: tooFew || !overallWinRate ? null : winRate / overallWinRate,
      offerRatePct: tooFew ? null : percent(row.reachedOffer, row.leads),
      inIcp: icpValues.size === 0 ? undefined : icpValues.has(row.value),
    };
  });
  values.sort(
    (left, right) =>
      right.wins - left.wins || right.leads - left.leads || left.value.localeCompare(right.value),
  );
  return {
    attribute,
    values,
    knownWins,
    unknown: { leads: unknownRow?.leads ?? 0, wins: unknownRow?.wins ?? 0 },
  };
}

function mismatchFlags(
  profile: AttributeProfile,
  written: IcpSections,
  overallWinRatePct: number | null,
  minSample: number,
): ProfileFlag[] {
  const { attribute, values, knownWins } = profile;
  if (values.every((value) => value.inIcp === undefined)) return [];
  const flags: ProfileFlag[] = [];
  const outside = values.filter((value) => value.inIcp === false && value.wins > 0);
  const outsideWins = outside.reduce((sum, value) => sum + value.wins, 0);
  if (knownWins >= minSample && outsideWins * 2 > knownWins) {
    flags.push({
      kind: 'wins_outside_icp',
      attribute,
      said: writtenItems(attribute, written).map((each) => each.item),
      outside: outside.map((value) => ({ value: value.value, wins: value.wins })),
      outsideWins,
      knownWins,
    });
  }
  for (const value of values) {
    if (value.lift === null || value.winRatePct === null) continue;
    const figures = {
      value: value.value,
      lift: value.lift,
      wins: value.wins,
      leads: value.leads,
      winRatePct: value.winRatePct,
      overallWinRatePct,
    };
    if (value.inIcp === false && value.lift >= HIGH_LIFT) {
      flags.push({ kind: 'high_lift_outside_icp', attribute, ...figures });
    } else if (value.inIcp === true && value.lift <= LOW_LIFT) {
      flags.push({ kind: 'low_lift_in_icp', attribute, ...figures });
    }
  }
  return flags;
}

/** Values (with enough leads) that reach an offer more often than average; most often, then fastest. */
function salesReadyIndicators(
  attributes: AttributeProfile[],
  overallOfferRatePct: number | null,
): SalesReadyIndicator[] {
  const candidates = attributes.flatMap((profile) =>
    profile.values
      .filter(
        (value): value is ProfileValue & { offerRatePct: number } =>
          value.offerRatePct !== null &&
          value.reachedOffer > 0 &&
          (overallOfferRatePct === null || value.offerRatePct > overallOfferRatePct),
      )
      .map((value) => ({
        attribute: profile.attribute,
        value: value.value,
        leads: value.leads,
        reachedOffer: value.reachedOffer,
        offerRatePct: value.offerRatePct,
        averageDaysToOffer: value.averageDaysToOffer,
      })),
  );
  candidates.sort(
    (left, right) =>
      right.offerRatePct - left.offerRatePct ||
      (left.averageDaysToOffer ?? Number.MAX_VALUE) - (right.averageDaysToOffer ?? Number.MAX_VALUE),
  );
  return candidates.slice(0, SALES_READY_SHOWN);
}
