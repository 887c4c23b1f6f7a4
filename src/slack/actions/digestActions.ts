import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { measureDrift, postAmendedFigures } from '../../digest/amendDigest';
import { formatPeriod } from '../../digest/format';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage } from '../failures';
import { ActionIds } from '../ids';
import { resolveTeam } from '../teamContext';
import { section } from '../views/message';
import { escapeMrkdwn } from '../views/text';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Post amended figures" in `/digest status`: corrected figures into the digest's thread, parent marked amended. */
export function registerDigestActions(app: App, deps: SlackDependencies): void {
  app.action(ActionIds.digestAmend, async ({ ack, body, action, respond, client }: ButtonArgs) => {
    await ack();
    const slackTeamId = body.team?.id ?? body.user.team_id ?? '';
    try {
      const { team } = await resolveTeam(deps, { slackTeamId: slackTeamId });
      const run = await deps.store.digestRuns.find(team.id, action.value ?? '');
      const report = run ? await measureDrift(deps.store, team, run) : undefined;
      if (!run || !report) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: 'That digest is not posted (or no longer exists), so there is nothing to amend. `/digest status` shows the current state.',
        });
        return;
      }
      const period = formatPeriod(report.current.period, team.locale);
      if (report.drifts.length === 0) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: `The figures for ${period} have not changed since they were posted; nothing to amend.`,
        });
        return;
      }
      await postAmendedFigures(
        { store: deps.store, client, logger: deps.logger },
        team,
        report,
        deps.clock.now(),
      );
      const link = run.permalink ? ` <${run.permalink}|Open the digest>` : '';
      const text = `Posted amended figures for ${period} in the digest's thread and marked it amended: ${escapeMrkdwn(report.summary)}.`;
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text,
        blocks: [section(`:pencil2: ${text}${link}`)],
      });
    } catch (error) {
      const failure = buildFailureMessage(
        error,
        { action: 'digest amend button', teamId: slackTeamId, userId: body.user.id },
        deps.logger,
      );
      await respond({ response_type: 'ephemeral', replace_original: false, ...failure });
    }
  });
}
