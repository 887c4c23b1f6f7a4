import { millisecondsInDay } from 'date-fns/constants';
import type { App, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import {
  parseTandemCommand,
  type PersonalLanguage,
  type TandemCommand,
  type TandemCommandParse,
} from '../../domain/tandemCommand';
import { calendarDateIn } from '../../domain/calendar';
import { minorFactor, RATE_EXAMPLE, type RateSetting } from '../../domain/exchangeRates';
import { periodOfDates } from '../../domain/periods';
import type { TeamsProblem } from '../../domain/teamSettings';
import type { SlackDependencies } from '../dependencies';
import { Commands } from '../ids';
import { readerTranslator } from '../../people/readerLanguage';
import { refusalFor, type Requester, roleOf } from '../permissions';
import type { TeamContext } from '../teamContext';
import { buildLanguageMessage } from '../../views/messages/languageMessages';
import { buildExchangeRatesMessage } from '../../views/messages/exchangeRateMessages';
import type { SlackMessage } from '../../blockKit/message';
import {
  buildChannelBindingMessage,
  buildTandemHelpMessage,
  buildTandemRejectedMessage,
  buildTeamCreatedMessage,
  buildTeamNameTakenMessage,
  buildTeamOverviewMessage,
  buildTeamSwitchedMessage,
  buildUnknownTeamMessage,
} from '../../views/messages/teamMessages';
import { buildTeamSettingsModal } from '../../views/modals/teamSettingsModal';
import { buildImportModal } from '../../views/modals/importModal';
import { registerQuickCommand } from './quickCommand';

/** A request `/tandem` could not read, answered after the team is known so it is in the user's language. */
type TandemRequest = TandemCommand | { kind: 'rejected'; problem: TeamsProblem; example: string };

function readRequest(text: string): TandemRequest {
  const parsed: TandemCommandParse = parseTandemCommand(text);
  return parsed.ok ? parsed.value : { kind: 'rejected', problem: parsed.problem, example: parsed.example };
}

type Answer = { deps: SlackDependencies; context: TeamContext; command: SlashCommand; who: Requester };

/** Direct messages and the App Home's channel are not channels a team can own. */
function isChannel(channelId: string): boolean {
  return /^[CG]/.test(channelId);
}

async function showTeam({ deps, context, who }: Answer): Promise<SlackMessage> {
  const [teams, role, defaultTeamId] = await Promise.all([
    deps.teams.workspaceTeams(who.slackTeamId),
    roleOf(deps, context.team, who),
    deps.store.teamMembers.defaultTeamId(who.slackTeamId, who.userId),
  ]);
  const current = teams.find((team) => team.id === context.team.id) ?? { ...context.team, channelIds: [] };
  return buildTeamOverviewMessage(context.t, {
    current,
    pickedBy: context.pickedBy,
    role,
    teams,
    defaultTeamId,
  });
}

async function switchTeam({ deps, context, who }: Answer, name: string): Promise<SlackMessage> {
  const outcome = await deps.teams.switchTo(who.slackTeamId, who.userId, name);
  if (outcome.kind === 'unknown') return buildUnknownTeamMessage(context.t, name, outcome.teams);
  return buildTeamSwitchedMessage(
    context.t,
    outcome.team,
    context.pickedBy === 'channel' ? context.team : undefined,
  );
}

async function createTeam({ deps, context, who }: Answer, name: string): Promise<SlackMessage> {
  const refusal = await refusalFor(deps, context.t, context.team, who, 'manageTeams');
  if (refusal) return refusal.message;
  const outcome = await deps.teams.create(context.team, who.userId, name);
  if (outcome.kind === 'name_taken') return buildTeamNameTakenMessage(context.t, outcome.team);
  return buildTeamCreatedMessage(context.t, outcome.team, context.team);
}

async function bindChannel(answer: Answer, name: string | undefined): Promise<SlackMessage> {
  const { deps, context, command, who } = answer;
  const channelId = command.channel_id;
  if (!isChannel(channelId)) return buildChannelBindingMessage(context.t, { kind: 'not_a_channel' });
  const team = name === undefined ? context.team : await deps.teams.byName(who.slackTeamId, name);
  if (!team)
    return buildUnknownTeamMessage(context.t, name ?? '', await deps.teams.workspaceTeams(who.slackTeamId));
  const refusal = await refusalFor(deps, context.t, team, who, 'manageTeams');
  if (refusal) return refusal.message;
  const outcome = await deps.teams.bind(team, channelId, who.userId);
  return buildChannelBindingMessage(
    context.t,
    outcome.kind === 'bound_elsewhere' ? { ...outcome, channelId } : { kind: outcome.kind, team, channelId },
  );
}

async function unbindChannel({ deps, context, command, who }: Answer): Promise<SlackMessage> {
  const channelId = command.channel_id;
  if (!isChannel(channelId)) return buildChannelBindingMessage(context.t, { kind: 'not_a_channel' });
  if (context.pickedBy !== 'channel')
    return buildChannelBindingMessage(context.t, { kind: 'not_bound', channelId });
  const refusal = await refusalFor(deps, context.t, context.team, who, 'manageTeams');
  if (refusal) return refusal.message;
  const unbound = await deps.teams.unbind(context.team, channelId);
  return buildChannelBindingMessage(
    context.t,
    unbound ? { kind: 'unbound', team: context.team, channelId } : { kind: 'not_bound', channelId },
  );
}

/** Shows or sets the person's own language in this team; the answer is in the language now in force. */
async function chooseLanguage({ deps, context, who }: Answer, choice: PersonalLanguage | undefined) {
  if (choice !== undefined)
    await deps.teams.setMemberLanguage(context.team.id, who.userId, choice === 'auto' ? null : choice);
  const [t, chosen] = await Promise.all([
    choice === undefined ? context.t : readerTranslator(deps, context.team, who.userId, who.client),
    deps.store.teamMembers.language(context.team.id, who.userId),
  ]);
  return buildLanguageMessage(t, {
    team: context.team,
    chosen: chosen !== undefined,
    changed: choice !== undefined,
  });
}

/** Admins get every setting; facilitators only the lists; members are told whom to ask. */
async function openSettings({ deps, context, command, who }: Answer, client: WebClient) {
  const role = await roleOf(deps, context.team, who);
  if (role === 'member') {
    const refusal = await refusalFor(deps, context.t, context.team, who, 'changeSettings');
    if (refusal) return refusal.message;
  }
  const initial = await deps.teams.settingsOf(context.team);
  await client.views.open({
    trigger_id: command.trigger_id,
    view: buildTeamSettingsModal(context.t, initial, {
      teamId: context.team.id,
      scope: role === 'admin' ? 'all' : 'lists',
      channelId: command.channel_id,
    }),
  });
  return undefined;
}

/** `/tandem import`: admins get the CSV import form; the file's dry run then comes as a DM. */
async function openImportForm({ deps, context, command, who }: Answer, client: WebClient) {
  const refusal = await refusalFor(deps, context.t, context.team, who, 'importData');
  if (refusal) return refusal.message;
  await client.views.open({
    trigger_id: command.trigger_id,
    view: buildImportModal(context.t, { teamId: context.team.id }),
  });
  return undefined;
}

/** `/tandem rate EUR 4.31 [from:2026-11-01]`: admins set a rate to the team currency from a date (today by default). */
async function setRate(answer: Answer, setting: RateSetting): Promise<SlackMessage> {
  const { deps, context, command, who } = answer;
  const { team, t } = context;
  const refusal = await refusalFor(deps, t, team, who, 'changeSettings');
  if (refusal) return refusal.message;
  if (setting.currency === team.currency) {
    const problem = { code: 'teams.problem.rateOwnCurrency' as const, params: { currency: team.currency } };
    return buildTandemRejectedMessage(t, { problem, example: RATE_EXAMPLE }, command.text);
  }
  const validFrom = setting.from ?? calendarDateIn(deps.clock.now(), team.timezone);
  const day = periodOfDates(
    { start: validFrom, end: new Date(validFrom.getTime() + millisecondsInDay) },
    team.timezone,
  );
  const saved = await deps.teams.setExchangeRate(team.id, {
    currency: setting.currency,
    toCurrency: team.currency,
    validFrom,
    startsAt: day.start,
    rate: setting.rate,
    minorFactor: minorFactor(setting.rate, setting.currency, team.currency),
    setById: who.userId,
  });
  const rates = await deps.store.exchangeRates.list(team.id, team.currency);
  return buildExchangeRatesMessage(t, team.currency, rates, saved);
}

async function listRates({ deps, context }: Answer): Promise<SlackMessage> {
  const rates = await deps.store.exchangeRates.list(context.team.id, context.team.currency);
  return buildExchangeRatesMessage(context.t, context.team.currency, rates);
}

export function registerTandemCommand(app: App, deps: SlackDependencies): void {
  registerQuickCommand<TandemRequest>(app, deps, {
    command: Commands.tandem,
    writes: ['team_switch', 'team_create', 'team_bind', 'team_unbind'],
    rejectionTitle: 'teams.rejected.title',
    // Unreadable text is answered after the ack, once the user's language is known.
    parse: (text) => ({ ok: true, value: readRequest(text) }),
    async answer({ context, command, client, request }) {
      const answer: Answer = {
        deps,
        context,
        command,
        who: { slackTeamId: command.team_id, userId: command.user_id, client },
      };
      switch (request.kind) {
        case 'help':
          return buildTandemHelpMessage(context.t);
        case 'rejected':
          return buildTandemRejectedMessage(context.t, request, command.text);
        case 'team_show':
          return showTeam(answer);
        case 'team_switch':
          return switchTeam(answer, request.name);
        case 'team_create':
          return createTeam(answer, request.name);
        case 'team_bind':
          return bindChannel(answer, request.name);
        case 'team_unbind':
          return unbindChannel(answer);
        case 'settings':
          return openSettings(answer, client);
        case 'import':
          return openImportForm(answer, client);
        case 'language':
          return chooseLanguage(answer, request.choice);
        case 'rate_list':
          return listRates(answer);
        case 'rate_set':
          return setRate(answer, request.setting);
      }
    },
  });
}
