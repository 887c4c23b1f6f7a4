import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerIcpRequest, openIcpEditor } from '../commands/icp';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { ActionIds } from '../ids';
import { payloadRequester, refusalMessage } from '../permissions';
import { payloadOrigin, resolveTeam, withTeamName } from '../teamContext';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The buttons under `/icp` answers: Edit ICP opens the form, Show ICP and History answer privately. */
export function registerIcpActions(app: App, deps: SlackDependencies): void {
  const failed = async (
    body: ButtonArgs['body'],
    client: ButtonArgs['client'],
    action: string,
    error: unknown,
  ) =>
    buildFailureMessage(
      await requesterTranslator(deps, payloadOrigin(body, client)),
      error,
      { action, teamId: body.team?.id ?? '', userId: body.user.id },
      deps.logger,
    );

  app.action(ActionIds.icpEdit, async ({ ack, body, client, respond }: ButtonArgs) => {
    await ack();
    try {
      const context = await resolveTeam(deps, payloadOrigin(body, client));
      const refusal = await refusalMessage(deps, context, payloadRequester(body, client), 'editIcp');
      if (refusal) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...refusal });
        return;
      }
      await openIcpEditor(deps, client, {
        teamId: context.team.id,
        t: context.t,
        triggerId: body.trigger_id,
        channelId: body.channel?.id,
      });
    } catch (error) {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...(await failed(body, client, 'icp edit button', error)),
      });
    }
  });

  for (const [actionId, kind] of [
    [ActionIds.icpShow, 'show'],
    [ActionIds.icpHistory, 'history'],
  ] as const) {
    app.action(actionId, async ({ ack, body, client, respond }: ButtonArgs) => {
      await ack();
      try {
        const context = await resolveTeam(deps, payloadOrigin(body, client));
        const message = await answerIcpRequest(deps, context, body.user.id, { kind });
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...(await withTeamName(deps, context, message, body.user.id)),
        });
      } catch (error) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          ...(await failed(body, client, `icp ${kind} button`, error)),
        });
      }
    });
  }
}
