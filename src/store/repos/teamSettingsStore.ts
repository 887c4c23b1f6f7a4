import type { TeamOptionKind } from '../../domain/channels';
import type { Announcements, OptionItem, TeamLists, TeamSettings } from '../../domain/teamSettings';
import type { PrismaDatabase } from '../db/database';
import { isUniqueViolation } from '../db/sqlDialect';

type Transaction = Parameters<Parameters<PrismaDatabase['$transaction']>[0]>[0];

/** Roles the settings form assigns; everyone it does not list is a member. */
const ASSIGNED_ROLES = ['admin', 'facilitator'];

/**
 * Replaces one of a team's lists. Entries left out are archived, not deleted: leads, spend and
 * action items filed under them keep their key and still show it.
 */
async function replaceOptions(
  transaction: Transaction,
  teamId: string,
  kind: TeamOptionKind,
  items: OptionItem[],
): Promise<void> {
  for (const [position, item] of items.entries()) {
    await transaction.teamOption.upsert({
      where: { teamId_kind_key: { teamId, kind, key: item.key } },
      create: { teamId, kind, key: item.key, label: item.label, position },
      update: { label: item.label, position, archived: false },
    });
  }
  await transaction.teamOption.updateMany({
    where: { teamId, kind, archived: false, key: { notIn: items.map((item) => item.key) } },
    data: { archived: true },
  });
}

async function replaceRoles(
  transaction: Transaction,
  teamId: string,
  settings: Pick<TeamSettings, 'admins' | 'facilitators'>,
): Promise<void> {
  const assigned = [...settings.admins, ...settings.facilitators];
  await transaction.teamMember.updateMany({
    where: { teamId, role: { in: ASSIGNED_ROLES }, userId: { notIn: assigned } },
    data: { role: 'member' },
  });
  const roles = [
    ...settings.admins.map((userId) => ({ userId, role: 'admin' })),
    ...settings.facilitators.map((userId) => ({ userId, role: 'facilitator' })),
  ];
  for (const { userId, role } of roles) {
    await transaction.teamMember.upsert({
      where: { teamId_userId: { teamId, userId } },
      create: { teamId, userId, role },
      update: { role },
    });
  }
}

/** A team's settings: what `/tandem settings` saves, all of it or nothing. */
export class TeamSettingsStore {
  constructor(private readonly prisma: PrismaDatabase) {}

  /** Saves every setting in one transaction; 'name_taken' (nothing saved) when another team has the name. */
  async save(teamId: string, settings: TeamSettings): Promise<'saved' | 'name_taken'> {
    try {
      await this.prisma.$transaction(async (transaction) => {
        await transaction.team.update({
          where: { id: teamId },
          data: {
            name: settings.name,
            currency: settings.currency,
            locale: settings.locale,
            timezone: settings.timeZone,
            staleDealDays: settings.staleDealDays,
            announceOutcomes: settings.announcements.outcomes,
            announceQualified: settings.announcements.qualified,
          },
        });
        await replaceOptions(transaction, teamId, 'channel', settings.channels);
        await replaceOptions(transaction, teamId, 'product', settings.products);
        await replaceRoles(transaction, teamId, settings);
      });
      return 'saved';
    } catch (error) {
      if (isUniqueViolation(error)) return 'name_taken';
      throw error;
    }
  }

  /** What the team posts in its channel besides the digest. */
  async announcements(teamId: string): Promise<Announcements> {
    const team = await this.prisma.team.findUniqueOrThrow({
      where: { id: teamId },
      select: { announceOutcomes: true, announceQualified: true },
    });
    return { outcomes: team.announceOutcomes, qualified: team.announceQualified };
  }

  /** Saves the channel and product lists only (what facilitators may change), in one transaction. */
  async saveLists(teamId: string, lists: TeamLists): Promise<void> {
    await this.prisma.$transaction(async (transaction) => {
      await replaceOptions(transaction, teamId, 'channel', lists.channels);
      await replaceOptions(transaction, teamId, 'product', lists.products);
    });
  }
}
