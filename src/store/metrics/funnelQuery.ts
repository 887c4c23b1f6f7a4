import type { ReportingPeriod } from '../../domain/digestFigures';
import type { FunnelAggregates } from '../../domain/kpis';
import { FUNNEL_STAGES, type FunnelStage } from '../../domain/stages';
import { Prisma } from '../../generated/postgresql/client';
import { toNumber } from '../sqlDialect';
import type { MetricsQueryContext } from './tables';

type Row = Record<string, unknown>;

/** LeadFact's column holding when a lead first reached each stage after LEAD (or a later one). */
const REACHED_COLUMN: Record<Exclude<FunnelStage, 'LEAD'>, string> = {
  QUALIFIED: 'qualifiedReachedAt',
  DISCOVERY: 'discoveryReachedAt',
  OFFER: 'offerReachedAt',
  NEGOTIATION: 'negotiationReachedAt',
  WON: 'wonReachedAt',
};

/**
 * The cohort funnel (docs/METRICS.md → Funnel): the leads created in `cohort`, counted per stage
 * when they reached it or a later one by the cohort's end through any of their deals (QUALIFIED
 * also through their own qualification). Read from LeadFact's cohort index alone.
 */
export function funnelQuery(context: MetricsQueryContext, cohort: ReportingPeriod) {
  const { dialect, teamId } = context;
  const end = dialect.instant(cohort.end);
  const reachedColumns = FUNNEL_STAGES.map((stage) => {
    const name = Prisma.raw(`"${stage}"`);
    if (stage === 'LEAD') return Prisma.sql`COUNT(*) AS ${name}`;
    const reached = Prisma.sql`f.${Prisma.raw(`"${REACHED_COLUMN[stage]}"`)} < ${end}`;
    const byItself = stage === 'QUALIFIED' ? Prisma.sql` OR f."qualifiedAt" < ${end}` : Prisma.empty;
    return Prisma.sql`COUNT(CASE WHEN ${reached}${byItself} THEN 1 END) AS ${name}`;
  });
  const sql = Prisma.sql`
    SELECT ${Prisma.join(reachedColumns, ', ')} FROM "LeadFact" f
    WHERE f."teamId" = ${teamId} AND f."createdAt" >= ${dialect.instant(cohort.start)} AND f."createdAt" < ${end}`;
  return {
    sql,
    read(rows: Row[]): FunnelAggregates {
      const row = rows[0] ?? {};
      const reached = Object.fromEntries(FUNNEL_STAGES.map((stage) => [stage, toNumber(row[stage])]));
      return {
        cohortStart: cohort.start,
        cohortEnd: cohort.end,
        reached: reached as Record<FunnelStage, number>,
      };
    },
  };
}
