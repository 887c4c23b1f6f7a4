import type { RecordedCall } from '../support/recordedCall';
import { CAROL, GENERAL, MARKETING, SALES, TEAM_A } from '../support/fixtures';
import type { TestApp } from '../support/testApp';

/** Sends a slash command as `userId` in `channelId` and returns its private answer (the response_url post). */
export async function command(
  t: TestApp,
  name: string,
  text: string,
  where: { userId: string; channelId: string },
): Promise<RecordedCall> {
  const sent = await t.slack.sendCommand({ command: name, text, ...where });
  expect(sent.status).toBe(200);
  return t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
}

export const tandem = (t: TestApp, text: string, where: { userId: string; channelId: string }) =>
  command(t, '/tandem', text, where);

/** The workspace's teams by name (the rows themselves). */
export async function teamsByName(t: TestApp) {
  const teams = await t.database.prisma.team.findMany({ where: { slackTeamId: TEAM_A.id } });
  return Object.fromEntries(teams.map((team) => [team.name, team]));
}

/**
 * One workspace, two teams set up the way an admin would: Carol (a Slack workspace admin) creates
 * EMEA and binds #marketing to it, and binds #sales to the workspace's first team, "main".
 */
export async function twoTeams(t: TestApp): Promise<{ main: string; emea: string }> {
  t.fake.setUser(CAROL, { is_admin: true });
  await tandem(t, 'team create EMEA', { userId: CAROL, channelId: GENERAL });
  await tandem(t, 'team bind', { userId: CAROL, channelId: SALES });
  await tandem(t, 'team bind EMEA', { userId: CAROL, channelId: MARKETING });
  const teams = await teamsByName(t);
  return { main: teams.main?.id ?? '', emea: teams.EMEA?.id ?? '' };
}

/** Companies of a team's leads, by number. */
export async function leadCompanies(t: TestApp, teamId: string): Promise<string[]> {
  const leads = await t.database.prisma.lead.findMany({ where: { teamId }, orderBy: { number: 'asc' } });
  return leads.map((lead) => `L-${lead.number} ${lead.company}`);
}
