import type { App } from '@slack/bolt';
import { parsePlanCommand } from '../../domain/plan';
import type { SlackDependencies } from '../dependencies';
import { registerQuickCommand } from './quickCommand';
import { Commands } from '../ids';
import { commandRequester, refusalMessage } from '../permissions';
import { buildRejectedCommandMessage } from '../../views/messages/problemMessage';
import {
  buildPlanHelpMessage,
  buildPlanMessage,
  buildPlanSavedMessage,
} from '../../views/messages/planMessages';

/** `/plan`: shows the plan in force; admins and facilitators set it per figure and per channel. */
export function registerPlanCommand(app: App, deps: SlackDependencies): void {
  registerQuickCommand(app, deps, {
    command: Commands.plan,
    writes: ['set'],
    rejectionTitle: 'plan.unreadable',
    parse: parsePlanCommand,
    async answer({ context, command, client, request }) {
      const { team, t } = context;
      if (request.kind === 'help') return buildPlanHelpMessage(t);
      if (request.kind === 'show') return buildPlanMessage(t, await deps.plans.inForce(team), team.currency);
      const refusal = await refusalMessage(deps, context, commandRequester(command, client), 'setPlan');
      if (refusal) return refusal;
      const outcome = await deps.plans.set(team, command.user_id, request);
      if (outcome.kind === 'invalid')
        return buildRejectedCommandMessage(
          t,
          t.t('plan.setRejected'),
          outcome.problems,
          Commands.plan,
          command.text,
        );
      return buildPlanSavedMessage(t, outcome.plan, team.currency);
    },
  });
}
