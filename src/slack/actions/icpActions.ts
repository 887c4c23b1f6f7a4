import type { App } from '@slack/bolt';
import { answerIcpRequest, openIcpEditor } from '../commands/icp';
import { registerButton } from '../button';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';

/** The buttons under `/icp` answers: Edit ICP opens the form, Show ICP and History answer privately. */
export function registerIcpActions(app: App, deps: SlackDependencies): void {
  registerButton(app, deps, {
    actionId: ActionIds.icpEdit,
    name: 'icp edit button',
    permission: 'editIcp',
    async handle({ args, context }) {
      await openIcpEditor(deps, args.client, {
        teamId: context.team.id,
        t: context.t,
        triggerId: args.body.trigger_id,
        channelId: args.body.channel?.id,
      });
    },
  });
  for (const [actionId, kind] of [
    [ActionIds.icpShow, 'show'],
    [ActionIds.icpHistory, 'history'],
  ] as const) {
    registerButton(app, deps, {
      actionId,
      name: `icp ${kind} button`,
      async handle({ args, context, tell }) {
        await tell(await answerIcpRequest(deps, context, args.body.user.id, { kind }));
      },
    });
  }
}
