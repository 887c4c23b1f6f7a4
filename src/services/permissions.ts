import {
  requiredRole,
  roleAllows,
  type TeamPermission,
  type TeamRole,
  teamRoleOf,
  type WorkspaceStanding,
} from '../domain/teamRoles';
import type { Store } from '../store';

/** How many people a refusal names to ask. */
const ASKED_USERS = 10;

export type PermissionCheck =
  | { allowed: true; role: TeamRole }
  /** `askUserIds`: the team's people who may do it (as assigned in Tandem), to name in the refusal. */
  | { allowed: false; role: TeamRole; needed: Exclude<TeamRole, 'member'>; askUserIds: string[] };

/** Who may do what in a team: the one place roles are checked (the Slack edge supplies the standing). */
export class PermissionService {
  constructor(private readonly store: Store) {}

  async roleOf(teamId: string, userId: string, standing: WorkspaceStanding): Promise<TeamRole> {
    if (standing.isAdmin || standing.isOwner) return 'admin';
    return teamRoleOf(await this.store.teamMembers.assignedRole(teamId, userId), standing);
  }

  async check(
    teamId: string,
    userId: string,
    standing: WorkspaceStanding,
    permission: TeamPermission,
  ): Promise<PermissionCheck> {
    const role = await this.roleOf(teamId, userId, standing);
    if (roleAllows(role, permission)) return { allowed: true, role };
    const staff = await this.store.teamMembers.staff(teamId);
    return {
      allowed: false,
      role,
      needed: requiredRole(permission),
      askUserIds: staff
        .filter((person) => roleAllows(person.role, permission))
        .map((person) => person.userId)
        .slice(0, ASKED_USERS),
    };
  }
}
