import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { announceQualifiedLead } from '../announcements';
import { loadDealModal } from '../dealModalLoader';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { publishHome } from '../home/publishHome';
import { ActionIds } from '../ids';
import { payloadOrigin, resolveTeam, type TeamContext } from '../teamContext';
import { readRunButtonValue } from '../../views/messages/runButton';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * The next-step buttons of the rep's short path: [Open deal] on a new lead's confirmation opens
 * the deal form for that lead; [Qualify] on an App Home row qualifies the lead and redraws Home.
 * Both act in the team their button names; a failure goes to the user's DM (Home has no
 * response_url, and a form that cannot open has nothing to show it in).
 */
export function registerRepFlowActions(app: App, deps: SlackDependencies): void {
  app.action(
    ActionIds.leadOpenDeal,
    onLeadButton(deps, 'open deal button', async ({ context, number, args }) => {
      const view = await loadDealModal(deps, context, {
        channelId: args.body.channel?.id,
        leadNumber: number,
      });
      await args.client.views.open({ trigger_id: args.body.trigger_id, view });
    }),
  );
  app.action(
    ActionIds.homeQualifyLead,
    onLeadButton(deps, 'home qualify button', async ({ context, number, args }) => {
      const outcome = await deps.qualification.qualify(context.team.id, args.body.user.id, number);
      if (outcome.kind === 'changed')
        await announceQualifiedLead(deps, args.client, context.team, outcome.lead);
      await publishHome(deps, args.client, context, args.body.user.id);
    }),
  );
}

function onLeadButton(
  deps: SlackDependencies,
  name: string,
  act: (input: { context: TeamContext; number: number; args: ButtonArgs }) => Promise<void>,
) {
  return async (args: ButtonArgs) => {
    const { ack, body, action, client } = args;
    await ack();
    const run = readRunButtonValue(action.value);
    const origin = { ...payloadOrigin(body, client), ...(run ? { teamId: run.teamId } : {}) };
    try {
      const number = Number.parseInt(run?.text ?? '', 10);
      await act({ context: await resolveTeam(deps, origin), number, args });
    } catch (error) {
      const failure = buildFailureMessage(
        await requesterTranslator(deps, origin),
        error,
        { action: name, teamId: origin.slackTeamId, userId: body.user.id },
        deps.logger,
      );
      await client.chat.postMessage({ channel: body.user.id, ...failure });
    }
  };
}
