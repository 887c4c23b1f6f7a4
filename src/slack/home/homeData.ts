import { millisecondsInDay } from 'date-fns/constants';
import type { Language } from '../../i18n/locales';
import type { DigestFigures } from '../../domain/digestFigures';
import type { Translator } from '../../i18n/translator';
import type { ActionItemDetail } from '../../store/repos/actionItemStore';
import type { Counted, LeadAwaitingQualification } from '../../store/readModel/homeStore';
import type { PipelineDeal } from '../../store/readModel/pipelineStore';

/** Everything the App Home shows one user; the builders in this folder turn it into blocks. */
export type HomeData = {
  userId: string;
  /** The Tandem team shown, which the rows' buttons act in. */
  teamId: string;
  now: Date;
  timeZone: string;
  /** The user's language (src/people/readerLanguage.ts): the Home is theirs alone. */
  t: Translator;
  /** The language the user chose in Tandem for this team; undefined when it follows Slack or the team. */
  chosenLanguage?: Language | undefined;
  currency: string;
  rep: RepHome;
  team: TeamHome;
};

/** The user's own work. */
export type RepHome = {
  openDeals: Counted<PipelineDeal>;
  staleDeals: Counted<PipelineDeal>;
  staleDealDays: number;
  leadsAwaitingQualification: Counted<LeadAwaitingQualification>;
  actionItems: Counted<ActionItemDetail>;
};

/** What everyone in the team sees. */
export type TeamHome = {
  /** The current period's figures so far; their previous period is the one before, in full. */
  figures: DigestFigures;
  /** Calendar day of the period today is (1-based) and how many it has. */
  periodDay: { day: number; of: number };
  latestDigest: { periodLabel: string; permalink: string | null } | undefined;
  /** When the next digest is posted and in which zone; undefined without an enabled schedule. */
  nextDigest: { at: Date; timeZone: string } | undefined;
  openActionItems: Counted<ActionItemDetail>;
  overdueActionItems: number;
  /** The team's today, a UTC midnight. */
  today: Date;
};

export function isNewUser(rep: RepHome): boolean {
  return (
    rep.openDeals.total === 0 && rep.leadsAwaitingQualification.total === 0 && rep.actionItems.total === 0
  );
}

/**
 * Deals that entered their stage before this instant are stale: more than `staleDealDays` whole
 * days in one stage, measured as the pre-digest reminder measures it.
 */
export function staleBefore(now: Date, staleDealDays: number): Date {
  return new Date(now.getTime() - staleDealDays * millisecondsInDay);
}
