import type { App } from '@slack/bolt';
import { registerButton } from '../button';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import { withTeamName } from '../teamContext';
import { buildUndoMessage } from '../../views/messages/undoMessages';

/** The "Undo" button of lead and deal confirmations; its value is the Change row to take back. */
export function registerUndoAction(app: App, deps: SlackDependencies): void {
  registerButton(app, deps, {
    actionId: ActionIds.undoChange,
    name: 'undo',
    // The change's own team, wherever the button is clicked (resolveTeam keeps it to this workspace).
    teamOf: (changeId) => deps.store.changes.teamIdOf(changeId),
    // No key of its own: Undo claims its change atomically (UndoStore), and a second click is told
    // "already undone".
    async handle({ args, value, context }) {
      const outcome = await deps.undo.undo(context.team.id, args.body.user.id, value);
      const answer = await withTeamName(
        deps,
        context,
        buildUndoMessage(context.t, outcome, context.team.timezone),
      );
      // A successful undo replaces the confirmation, so its buttons cannot be pressed again.
      await args.respond({
        response_type: 'ephemeral',
        replace_original: outcome.kind === 'undone',
        ...answer,
      });
    },
  });
}
