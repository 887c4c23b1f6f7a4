import type { App } from '@slack/bolt';
import { announceQualifiedLead } from '../announcements';
import { registerButton } from '../button';
import { loadDealModal } from '../dealModalLoader';
import type { SlackDependencies } from '../dependencies';
import { publishHome } from '../home/publishHome';
import { ActionIds } from '../ids';
import { readRecordButtonValue } from '../../views/messages/runButton';

/**
 * The next-step buttons of the rep's short path: [Open deal] on a new lead's confirmation opens
 * the deal form for that lead; [Qualify] on an App Home row qualifies the lead and redraws Home
 * (once per Home view, however often clicked). Both act in the team their button names; a failure
 * goes to the user's DM when there is no message to answer under.
 */
export function registerRepFlowActions(app: App, deps: SlackDependencies): void {
  const teamOf = (value: string) => readRecordButtonValue(value).teamId;
  registerButton(app, deps, {
    actionId: ActionIds.leadOpenDeal,
    name: 'open deal button',
    teamOf,
    async handle({ args, value, context }) {
      const view = await loadDealModal(deps, context, {
        channelId: args.body.channel?.id,
        leadNumber: readRecordButtonValue(value).number,
      });
      await args.client.views.open({ trigger_id: args.body.trigger_id, view });
    },
  });
  registerButton(app, deps, {
    actionId: ActionIds.homeQualifyLead,
    name: 'home qualify button',
    teamOf,
    writes: 'message',
    async handle({ args, value, context }) {
      const { number } = readRecordButtonValue(value);
      const outcome = await deps.qualification.qualify(context.team.id, args.body.user.id, number);
      if (outcome.kind === 'changed')
        await announceQualifiedLead(deps, args.client, context.team, outcome.lead);
      await publishHome(deps, args.client, context, args.body.user.id);
    },
  });
}
