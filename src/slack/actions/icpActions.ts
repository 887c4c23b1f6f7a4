import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerIcpRequest, openIcpEditor } from '../commands/icp';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage } from '../failures';
import { ActionIds } from '../ids';
import { payloadOrigin, resolveTeam } from '../teamContext';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The buttons under `/icp` answers: Edit ICP opens the form, Show ICP and History answer privately. */
export function registerIcpActions(app: App, deps: SlackDependencies): void {
  const failed = (body: ButtonArgs['body'], action: string, error: unknown) =>
    buildFailureMessage(error, { action, teamId: body.team?.id ?? '', userId: body.user.id }, deps.logger);

  app.action(ActionIds.icpEdit, async ({ ack, body, client, respond }: ButtonArgs) => {
    await ack();
    try {
      const context = await resolveTeam(deps, payloadOrigin(body));
      await openIcpEditor(deps, client, {
        teamId: context.team.id,
        triggerId: body.trigger_id,
        channelId: body.channel?.id,
      });
    } catch (error) {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...failed(body, 'icp edit button', error),
      });
    }
  });

  for (const [actionId, kind] of [
    [ActionIds.icpShow, 'show'],
    [ActionIds.icpHistory, 'history'],
  ] as const) {
    app.action(actionId, async ({ ack, body, respond }: ButtonArgs) => {
      await ack();
      try {
        const context = await resolveTeam(deps, payloadOrigin(body));
        const message = await answerIcpRequest(deps, context, body.user.id, { kind });
        await respond({ response_type: 'ephemeral', replace_original: false, ...message });
      } catch (error) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...failed(body, `icp ${kind} button`, error),
        });
      }
    });
  }
}
