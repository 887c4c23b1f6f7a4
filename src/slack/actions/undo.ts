import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { ActionIds } from '../ids';
import { payloadOrigin, resolveTeam, withTeamName } from '../teamContext';
import { buildUndoMessage } from '../../views/messages/undoMessages';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The "Undo" button of lead and deal confirmations; its value is the Change row to take back. */
export function registerUndoAction(app: App, deps: SlackDependencies): void {
  app.action(ActionIds.undoChange, async ({ ack, body, action, client, respond }: ButtonArgs) => {
    await ack();
    try {
      const changeId = action.value ?? '';
      // The change's own team, wherever the button is clicked (resolveTeam keeps it to this workspace).
      const teamId = await deps.store.changes.teamIdOf(changeId);
      const context = await resolveTeam(deps, {
        ...payloadOrigin(body, client),
        ...(teamId ? { teamId } : {}),
      });
      const outcome = await deps.undo.undo(context.team.id, body.user.id, changeId);
      const answer = await withTeamName(
        deps,
        context,
        buildUndoMessage(context.t, outcome, context.team.timezone),
      );
      // A successful undo replaces the confirmation, so its buttons cannot be pressed again.
      await respond({ response_type: 'ephemeral', replace_original: outcome.kind === 'undone', ...answer });
    } catch (error) {
      const failure = buildFailureMessage(
        await requesterTranslator(deps, payloadOrigin(body, client)),
        error,
        { action: 'undo', teamId: body.team?.id ?? '', userId: body.user.id },
        deps.logger,
      );
      await respond({ response_type: 'ephemeral', replace_original: false, ...failure });
    }
  });
}
