import type { ReportingPeriod } from '../../domain/digestFigures';
import type { FunnelAggregates } from '../../domain/kpis';
import { FUNNEL_STAGES, type FunnelStage } from '../../domain/stages';
import { Prisma } from '../../generated/postgresql/client';
import { toNumber } from '../sqlDialect';
import { isStageChange, type MetricsQueryContext, stageRank } from './tables';

type Row = Record<string, unknown>;

/**
 * The cohort funnel (docs/METRICS.md → Funnel): the leads created in `cohort`, each with the
 * highest stage it reached by the cohort's end through any of its deals (or QUALIFIED through its
 * own qualification), counted per stage as "reached at least".
 */
export function funnelQuery(context: MetricsQueryContext, cohort: ReportingPeriod) {
  const { dialect, teamId } = context;
  const end = dialect.instant(cohort.end);
  const qualifiedRank = FUNNEL_STAGES.indexOf('QUALIFIED');
  const ownRank = Prisma.sql`CASE WHEN l."qualifiedAt" < ${end} THEN ${Prisma.raw(String(qualifiedRank))} ELSE 0 END`;
  const reachedColumns = FUNNEL_STAGES.map(
    (stage, rank) =>
      Prisma.sql`SUM(CASE WHEN "reachedRank" >= ${Prisma.raw(String(rank))} THEN 1 ELSE 0 END) AS ${Prisma.raw(`"${stage}"`)}`,
  );
  const sql = Prisma.sql`
    SELECT ${Prisma.join(reachedColumns, ', ')} FROM (
      SELECT ${dialect.greatest(Prisma.sql`COALESCE(MAX(${stageRank(Prisma.sql`e."toStage"`)}), 0)`, ownRank)} AS "reachedRank"
      FROM "Lead" l
        LEFT JOIN "Deal" d ON d."leadId" = l."id"
        LEFT JOIN "StageEvent" e ON e."dealId" = d."id" AND ${isStageChange('e')} AND e."at" < ${end}
      WHERE l."teamId" = ${teamId} AND l."createdAt" >= ${dialect.instant(cohort.start)} AND l."createdAt" < ${end}
      GROUP BY l."id", l."qualifiedAt"
    ) cohort`;
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
