import {
  DEFAULT_MIN_SAMPLE,
  DEFAULT_PROFILE_WINDOW_DAYS,
  buildIcpProfile,
  type IcpProfile,
} from '../domain/icpProfile';
import { millisecondsInDay } from 'date-fns/constants';
import type { IcpProfileStore } from '../store/readModel/icpProfileStore';
import type { IcpStore, IcpVersionRecord } from '../store/repos/icpStore';

/** What computeIcpProfile reads; the whole Store satisfies it. */
export type IcpProfileSources = {
  icp: Pick<IcpStore, 'latest'>;
  icpProfile: Pick<IcpProfileStore, 'cohortFigures'>;
};

export type IcpProfileOptions = { windowDays?: number; minSample?: number };

/** The written ICP (latest version, if any) next to the profile the data shows. */
export type IcpProfileReport = { written: IcpVersionRecord | undefined; profile: IcpProfile };

/**
 * The data-derived ideal customer profile of the leads created in the `windowDays` before `now`
 * (default 180): per attribute value share of wins, win rate and lift, "too few" below
 * `minSample` leads (default 5), mismatch flags against the latest written ICP, and sales-ready
 * indicators. Figures are aggregated in SQL; `/icp` and the digest both call this.
 */
export async function computeIcpProfile(
  sources: IcpProfileSources,
  teamId: string,
  now: Date,
  options: IcpProfileOptions = {},
): Promise<IcpProfileReport> {
  const days = options.windowDays ?? DEFAULT_PROFILE_WINDOW_DAYS;
  const window = { start: new Date(now.getTime() - days * millisecondsInDay), end: now, days };
  const [written, figures] = await Promise.all([
    sources.icp.latest(teamId),
    sources.icpProfile.cohortFigures(teamId, window),
  ]);
  const profile = buildIcpProfile(figures, written?.sections ?? {}, {
    window,
    minSample: options.minSample ?? DEFAULT_MIN_SAMPLE,
  });
  return { written, profile };
}
