import type { App, ViewSubmitAction } from '@slack/bolt';
import { type TeamSettingsProblem, validateTeamLists, validateTeamSettings } from '../../domain/teamSettings';
import type { Translator } from '../../i18n/translator';
import type { SlackDependencies } from '../dependencies';
import { CallbackIds, TeamSettingsBlocks } from '../ids';
import { registerFormSubmission } from '../formSubmission';
import { refusalFor, type Requester } from '../permissions';
import { payloadOrigin } from '../teamContext';
import { buildTeamSettingsSavedMessage } from '../../views/messages/teamMessages';
import {
  readTeamSettingsMetadata,
  readTeamSettingsModal,
  shownChannels,
  teamSettingsErrors,
  type TeamSettingsMetadata,
} from '../../views/modals/teamSettingsModal';

/** The modal's answer: keep it open with errors under fields, or close it having saved. */
type Outcome = { kind: 'errors'; errors: Record<string, string> } | { kind: 'saved' };

const errorsOn = (blockId: string, text: string): Outcome => ({
  kind: 'errors',
  errors: { [blockId]: text },
});

/** Checks the role again (it may have changed since the form opened), validates, then saves it all or nothing. */
async function save(
  deps: SlackDependencies,
  t: Translator,
  who: Requester,
  metadata: TeamSettingsMetadata,
  view: ViewSubmitAction['view'],
): Promise<Outcome & { teamName?: string }> {
  const team = (await deps.teams.workspaceTeams(who.slackTeamId)).find((each) => each.id === metadata.teamId);
  const firstBlock = metadata.scope === 'all' ? TeamSettingsBlocks.name : TeamSettingsBlocks.channels;
  // The team id comes from the form Tandem opened; one of another workspace is never touched.
  if (!team) return errorsOn(firstBlock, t.t('teams.settings.saveFailed'));
  const permission = metadata.scope === 'all' ? 'changeSettings' : 'editLists';
  const refusal = await refusalFor(deps, t, team, who, permission);
  if (refusal) return errorsOn(firstBlock, refusal.plainText);

  const draft = readTeamSettingsModal(view.state.values);
  const stored = await deps.teams.listsOf(team.id);
  const existing = { ...stored, channels: shownChannels(t, stored.channels) };
  const invalid = (problems: TeamSettingsProblem[]): Outcome => ({
    kind: 'errors',
    errors: teamSettingsErrors(t, problems),
  });
  if (metadata.scope === 'lists') {
    const lists = validateTeamLists(draft, existing);
    if (!lists.ok) return invalid(lists.problems);
    await deps.teams.saveLists(team, lists.value);
    return { kind: 'saved', teamName: team.name };
  }
  const settings = validateTeamSettings(draft, existing);
  if (!settings.ok) return invalid(settings.problems);
  const standing = await deps.users.standingOf(who.client, who.slackTeamId, who.userId);
  if (!standing.isAdmin && !standing.isOwner && !settings.value.admins.includes(who.userId))
    return errorsOn(TeamSettingsBlocks.admins, t.t('teams.problem.selfDemotion'));
  const saved = await deps.teams.saveSettings(team, settings.value);
  if (saved.kind === 'name_taken') return errorsOn(TeamSettingsBlocks.name, t.t('teams.problem.nameTaken'));
  return { kind: 'saved', teamName: settings.value.name };
}

/** `/tandem settings`: admins save every setting, facilitators the lists. */
export function registerTeamSettingsSubmission(app: App, deps: SlackDependencies): void {
  const blockOf = (metadata: TeamSettingsMetadata | undefined) =>
    metadata?.scope === 'all' ? TeamSettingsBlocks.name : TeamSettingsBlocks.channels;
  registerFormSubmission(app, deps, {
    callbackId: CallbackIds.teamSettingsModal,
    name: 'team settings form',
    errorBlock: TeamSettingsBlocks.channels,
    submitLabel: (t) => t.t('modals.save'),
    unsaved: (t, view) => ({
      response_action: 'errors',
      errors: {
        [blockOf(readTeamSettingsMetadata(view.private_metadata))]: t.t('teams.settings.saveFailed'),
      },
    }),
    async save({ view, body, client, reply, context: { t }, userId }) {
      const metadata = readTeamSettingsMetadata(view.private_metadata);
      if (!metadata) {
        deps.logger.warn('a team settings form without its team was submitted; nothing was saved');
        return { kind: 'saved' };
      }
      const who: Requester = { slackTeamId: payloadOrigin(body).slackTeamId, userId, client };
      const outcome = await save(deps, t, who, metadata, view);
      if (outcome.kind === 'errors') return outcome;
      const message = buildTeamSettingsSavedMessage(t, { name: outcome.teamName ?? '' }, metadata.scope);
      const target = { userId, channelId: metadata.channelId };
      return { kind: 'saved', confirm: () => reply(target, message) };
    },
  });
}
