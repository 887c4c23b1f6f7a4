import type { ReportingPeriod } from '../../../domain/digestFigures';
import type { FunnelAggregates } from '../../../domain/kpis';
import { FUNNEL_STAGES, type FunnelStage } from '../../../domain/stages';
import { Prisma } from '../../../generated/postgresql/client';
import { toNumber } from '../../db/sqlDialect';
import { REACHED_COLUMNS } from '../facts/leadFactRows';
import { inPartialDays, leadDaysOf, type MetricsQueryContext, wholeUtcDays } from './tables';

type Row = Record<string, unknown>;

/**
 * The cohort funnel (docs/METRICS.md → Funnel): the leads created in `cohort`, counted per stage
 * when they reached it or a later one by the cohort's end through any of their deals (QUALIFIED
 * also through their own qualification). For the cohort's whole UTC days: the leads that ever
 * reached it (LeadDay), less those that reached it only at or after the end (LeadFact's reached
 * index: few, the leads that moved since); for its partial days, from LeadFact's cohort index.
 */
export function funnelQuery(context: MetricsQueryContext, cohort: ReportingPeriod) {
  const { dialect, teamId } = context;
  const end = dialect.instant(cohort.end);
  const whole = wholeUtcDays(cohort);
  const stages = FUNNEL_STAGES.filter((stage) => stage !== 'LEAD');
  const column = (stage: (typeof stages)[number]) => Prisma.raw(`f."${REACHED_COLUMNS[stage]}"`);
  const measure = (stage: (typeof stages)[number]) =>
    Prisma.raw(`"funnel${stage.charAt(0)}${stage.slice(1).toLowerCase()}"`);
  const ever = stages.map(
    (stage) => Prisma.sql`COALESCE(SUM(d.${measure(stage)}), 0) AS ${Prisma.raw(`"${stage}"`)}`,
  );
  const late = stages.map(
    (stage) =>
      Prisma.sql`COUNT(CASE WHEN ${column(stage)} >= ${end} THEN 1 END) AS ${Prisma.raw(`"${stage}"`)}`,
  );
  const reachedList = Prisma.raw(stages.map((stage) => `l."${REACHED_COLUMNS[stage]}"`).join(', '));
  const partial = stages.map(
    (stage) =>
      Prisma.sql`COUNT(CASE WHEN ${column(stage)} < ${end} THEN 1 END) AS ${Prisma.raw(`"${stage}"`)}`,
  );
  const totals = [
    Prisma.sql`days."LEAD" + partial."LEAD" AS "LEAD"`,
    ...stages.map((stage) => {
      const name = Prisma.raw(`"${stage}"`);
      return Prisma.sql`days.${name} - late.${name} + partial.${name} AS ${name}`;
    }),
  ];
  const sql = Prisma.sql`
    SELECT ${Prisma.join(totals, ', ')}
    FROM (
      SELECT COALESCE(SUM(d."leads"), 0) AS "LEAD", ${Prisma.join(ever, ', ')}
      FROM ${leadDaysOf(context, cohort, 'all')}
    ) days, (
      SELECT ${Prisma.join(late, ', ')} FROM "LeadFact" f
      WHERE f."teamId" = ${teamId} AND f."lastReachedAt" >= ${end}
        AND f."createdAt" >= ${dialect.instant(whole.start)} AND f."createdAt" < ${dialect.instant(whole.end)}
    ) late, (
      SELECT COUNT(*) AS "LEAD", ${Prisma.join(partial, ', ')}
      FROM (${inPartialDays(
        dialect,
        cohort,
        Prisma.sql`l."createdAt"`,
        (inRange) =>
          Prisma.sql`SELECT ${reachedList} FROM "LeadFact" l WHERE l."teamId" = ${teamId} AND ${inRange}`,
      )}) f
    ) partial`;
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
