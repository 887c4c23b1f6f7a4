import type { DigestFigures } from '../domain/digestFigures';
import type { FeedbackKind } from '../domain/feedback';
import type { IcpSections } from '../domain/icp';
import type { IcpProfile } from '../domain/icpProfile';
import type { LostDealDetail } from '../store/readModel/digestDetailsStore';
import type { MeetingDetails } from '../store/repos/meetingStore';
import type { ChartImage } from './charts/chartImage';
import type { FigureDrift } from './drift';
import type { DigestFormat } from './format';
import type { DigestLabels } from './labels';

/** One feedback entry of the period, with the client it is about. */
export type FeedbackDigestItem = { text: string; company: string | null; product: string | null };

/** Wishes for one product (null: none named), with how many distinct clients asked. */
export type WishRanking = { product: string | null; clients: number; mentions: number };

/**
 * The period's entries of one feedback kind, newest first, and how many there are in all; wishes
 * also come ranked by product, most clients first.
 */
export type FeedbackDigestList = {
  kind: FeedbackKind;
  items: FeedbackDigestItem[];
  total: number;
  wishRanking?: WishRanking[];
};

export type DigestIcp = {
  written: { version: number; sections: IcpSections; changedAt: Date } | undefined;
  profile: IcpProfile | undefined;
};

/** Everything a digest shows; builders turn it into Block Kit without further lookups. */
export type DigestContent = {
  figures: DigestFigures;
  labels: DigestLabels;
  style: DigestFormat;
  images: ChartImage[];
  feedback: FeedbackDigestList[];
  lostDeals: { items: LostDealDetail[]; total: number };
  icp: DigestIcp;
  /** The team's previous meeting (decisions, action items), recalled before the agenda. */
  lastMeeting?: MeetingDetails;
  /** Days of a transitional period after a schedule change (docs/METRICS.md → Periods), announced in the header. */
  transitionalDays?: number;
  /** The previous period's KPIs that differ now from what its digest posted (the comparison uses them as they are now). */
  previousDrift?: FigureDrift[];
};
