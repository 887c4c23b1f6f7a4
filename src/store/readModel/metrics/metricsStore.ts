import type { DigestFigures, ReportingPeriod } from '../../../domain/digestFigures';
import type { Database } from '../../db/database';
import { computeDigestFigures } from './computeDigestFigures';

/** The digest's figures for a team, in the team's own currency (docs/METRICS.md). */
export class MetricsStore {
  constructor(private readonly database: Database) {}

  async digestFigures(
    teamId: string,
    period: ReportingPeriod,
    options: { cohortWeeks?: number } = {},
  ): Promise<DigestFigures> {
    const team = await this.database.prisma.team.findUniqueOrThrow({
      where: { id: teamId },
      select: { currency: true },
    });
    return computeDigestFigures(this.database, {
      teamId,
      period,
      currency: team.currency,
      ...options,
    });
  }
}
