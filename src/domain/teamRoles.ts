/** A user's role in one Tandem team; users without one are members. */
export const TEAM_ROLES = ['admin', 'facilitator', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** What Slack says about a user in their workspace (users.info `is_admin` / `is_owner`). */
export type WorkspaceStanding = { isAdmin: boolean; isOwner: boolean };

/** Things only some roles may do; everything else (capture, lists, previews) is open to members. */
export type TeamPermission =
  | 'postDigest'
  | 'scheduleDigest'
  | 'editIcp'
  | 'editLists'
  | 'setPlan'
  | 'changeSettings'
  | 'manageTeams'
  | 'importData';

/** The least role each permission needs: facilitators run the meeting, admins run the team. */
const REQUIRED_ROLE: Readonly<Record<TeamPermission, Exclude<TeamRole, 'member'>>> = {
  postDigest: 'facilitator',
  scheduleDigest: 'facilitator',
  editIcp: 'facilitator',
  editLists: 'facilitator',
  setPlan: 'facilitator',
  changeSettings: 'admin',
  manageTeams: 'admin',
  importData: 'admin',
};

const RANK: Readonly<Record<TeamRole, number>> = { member: 0, facilitator: 1, admin: 2 };

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === 'string' && (TEAM_ROLES as readonly string[]).includes(value);
}

/**
 * A user's role in a team: Slack workspace admins and owners are admins of every team (they can
 * manage the whole workspace anyway); otherwise the role the team's admins gave them.
 */
export function teamRoleOf(assigned: string | undefined, standing: WorkspaceStanding): TeamRole {
  if (standing.isAdmin || standing.isOwner) return 'admin';
  return isTeamRole(assigned) ? assigned : 'member';
}

export function requiredRole(permission: TeamPermission): Exclude<TeamRole, 'member'> {
  return REQUIRED_ROLE[permission];
}

export function roleAllows(role: TeamRole, permission: TeamPermission): boolean {
  return RANK[role] >= RANK[REQUIRED_ROLE[permission]];
}
