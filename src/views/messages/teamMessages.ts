import type { TeamPermission, TeamRole } from '../../domain/teamRoles';
import type { TeamsProblem } from '../../domain/teamSettings';
import type { Translator } from '../../i18n/translator';
import type { TeamPick, TeamRecord, WorkspaceTeam } from '../../store/repos/teamStore';
import { context, section, type SlackMessage } from '../../blockKit/message';
import { escapeMrkdwn, userMention } from '../../blockKit/text';
import { echoBlockText } from './commandEcho';

/** A team's name in bold, escaped (names may hold "&"). */
export function teamName(team: Pick<TeamRecord, 'name'>): string {
  return `*${escapeMrkdwn(team.name)}*`;
}

function channelMention(channelId: string): string {
  return /^[CG][A-Z0-9]+$/.test(channelId) ? `<#${channelId}>` : escapeMrkdwn(channelId);
}

/** A team name as typed in a command: quoted when it has spaces. */
function typedName(name: string): string {
  return name.includes(' ') ? `"${name}"` : name;
}

function message(text: string, ...more: string[]): SlackMessage {
  return { text, blocks: [section(text), ...more.map((line) => context(line))] };
}

export function buildTandemHelpMessage(t: Translator): SlackMessage {
  const title = t.t('teams.help.title');
  return { text: title, blocks: [section(`*${title}*\n${t.t('teams.help.body')}`)] };
}

export function buildTandemRejectedMessage(
  t: Translator,
  rejected: { problem: TeamsProblem; example: string },
  typedText: string,
): SlackMessage {
  const title = t.t('teams.rejected.title');
  const problem = t.t(rejected.problem.code, rejected.problem.params);
  const example = t.t('teams.rejected.example', { example: `\`${rejected.example}\`` });
  return {
    text: `${title}: ${escapeMrkdwn(problem)}`,
    blocks: [
      section(`:warning: *${title}*\n${escapeMrkdwn(problem)}. ${example}`),
      section(echoBlockText(t, '/tandem', typedText)),
    ],
  };
}

export type TeamOverview = {
  current: WorkspaceTeam;
  pickedBy: TeamPick;
  role: TeamRole;
  teams: WorkspaceTeam[];
  /** The user's default team, when they chose one. */
  defaultTeamId: string | undefined;
};

/** `/tandem team`: the team here and why, its channels, the user's role, and the workspace's teams. */
export function buildTeamOverviewMessage(t: Translator, overview: TeamOverview): SlackMessage {
  const { current } = overview;
  const title = t.t('teams.overview.title', { team: teamName(current) });
  const channels =
    current.channelIds.length > 0
      ? t.t('teams.overview.channels', { channels: current.channelIds.map(channelMention).join(', ') })
      : t.t('teams.overview.noChannels');
  const lines = overview.teams.map((team, index) => {
    const notes = [
      t.t('teams.overview.channelCount', { count: team.channelIds.length }),
      ...(index === 0 ? [t.t('teams.overview.workspaceDefault')] : []),
      ...(team.id === overview.defaultTeamId ? [t.t('teams.overview.yourDefault')] : []),
    ];
    return `• ${teamName(team)} — ${notes.join(', ')}`;
  });
  return {
    text: title,
    blocks: [
      section(
        `:busts_in_silhouette: ${title}\n${t.t(`teams.overview.pickedBy.${overview.pickedBy}`)}\n${channels}\n` +
          t.t('teams.overview.role', { role: t.t(`teams.role.${overview.role}`) }),
      ),
      section(`*${t.t('teams.overview.workspaceTeams')}*\n${lines.join('\n')}`),
      context(t.t('teams.overview.hint')),
    ],
  };
}

/** The new default team; `channelTeam` when the channel the command was typed in stays with another team. */
export function buildTeamSwitchedMessage(
  t: Translator,
  team: TeamRecord,
  channelTeam: TeamRecord | undefined,
): SlackMessage {
  const text = `:white_check_mark: ${t.t('teams.switched', { team: teamName(team) })}`;
  return channelTeam && channelTeam.id !== team.id
    ? message(text, t.t('teams.switchedChannelStays', { other: teamName(channelTeam) }))
    : message(text);
}

export function buildUnknownTeamMessage(t: Translator, name: string, teams: WorkspaceTeam[]): SlackMessage {
  return message(
    `:mag: ${t.t('teams.unknownTeam', {
      name: escapeMrkdwn(name),
      teams: t.list(teams.map((team) => teamName(team))),
    })}`,
  );
}

export function buildTeamCreatedMessage(t: Translator, team: TeamRecord, from: TeamRecord): SlackMessage {
  return message(
    `:tada: ${t.t('teams.created', {
      team: teamName(team),
      from: teamName(from),
      command: escapeMrkdwn(typedName(team.name)),
    })}`,
  );
}

export function buildTeamNameTakenMessage(t: Translator, team: TeamRecord): SlackMessage {
  return message(`:warning: ${t.t('teams.nameTaken', { team: teamName(team) })}`);
}

export type ChannelBindingAnswer =
  | { kind: 'bound' | 'already_bound' | 'unbound'; team: TeamRecord; channelId: string }
  | { kind: 'bound_elsewhere'; team: TeamRecord; channelId: string }
  | { kind: 'not_bound'; channelId: string }
  | { kind: 'not_a_channel' };

const BINDING_KEYS = {
  bound: 'teams.bound',
  already_bound: 'teams.alreadyBound',
  unbound: 'teams.unbound',
  bound_elsewhere: 'teams.boundElsewhere',
} as const;

export function buildChannelBindingMessage(t: Translator, answer: ChannelBindingAnswer): SlackMessage {
  if (answer.kind === 'not_a_channel') return message(`:warning: ${t.t('teams.notAChannel')}`);
  const channel = channelMention(answer.channelId);
  if (answer.kind === 'not_bound') return message(t.t('teams.notBound', { channel }));
  const icon = answer.kind === 'bound' ? ':link: ' : answer.kind === 'bound_elsewhere' ? ':warning: ' : '';
  return message(`${icon}${t.t(BINDING_KEYS[answer.kind], { channel, team: teamName(answer.team) })}`);
}

export function buildTeamSettingsSavedMessage(
  t: Translator,
  team: Pick<TeamRecord, 'name'>,
  scope: 'all' | 'lists',
): SlackMessage {
  const key = scope === 'all' ? 'teams.settings.saved' : 'teams.settings.listsSaved';
  return message(`:white_check_mark: ${t.t(key, { team: teamName(team) })}`);
}

/** The refusal's first sentence: which role the team needs for what, with the team's name as given. */
export function refusalSentence(t: Translator, permission: TeamPermission, team: string): string {
  return t.t(`teams.refusal.${permission}`, { team });
}

/** What a member sees when their role does not allow something: who may, and whom to ask. */
export function buildPermissionRefusalMessage(
  t: Translator,
  refusal: { permission: TeamPermission; team: TeamRecord; askUserIds: string[] },
): SlackMessage {
  const first = refusalSentence(t, refusal.permission, teamName(refusal.team));
  const ask =
    refusal.askUserIds.length > 0
      ? t.t('teams.refusal.ask', {
          count: refusal.askUserIds.length,
          people: t.list(refusal.askUserIds.map(userMention)),
        })
      : t.t('teams.refusal.askWorkspaceAdmin');
  const text = `:lock: ${first} ${ask}`;
  return { text, blocks: [section(text)] };
}
