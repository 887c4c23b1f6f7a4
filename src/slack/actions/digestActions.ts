import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { measureDrift, postAmendedFigures } from '../../digest/amendDigest';
import { formatPeriod } from '../../digest/format';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { ActionIds } from '../ids';
import { payloadRequester, refusalMessage } from '../permissions';
import { payloadOrigin, resolveTeam, withTeamName } from '../teamContext';
import { section } from '../../blockKit/message';
import { escapeMrkdwn } from '../../blockKit/text';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Post amended figures" in `/digest status`: corrected figures into the digest's thread, parent marked amended. */
export function registerDigestActions(app: App, deps: SlackDependencies): void {
  app.action(ActionIds.digestAmend, async ({ ack, body, action, respond, client }: ButtonArgs) => {
    await ack();
    const slackTeamId = body.team?.id ?? body.user.team_id ?? '';
    try {
      const context = await resolveTeam(deps, payloadOrigin(body, client));
      const { team } = context;
      const refusal = await refusalMessage(deps, context, payloadRequester(body, client), 'postDigest');
      if (refusal) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...refusal });
        return;
      }
      const run = await deps.store.digestRuns.find(team.id, action.value ?? '');
      const report = run ? await measureDrift(deps.store, team, run) : undefined;
      if (!run || !report) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: context.t.t('digest.amend.notPosted'),
        });
        return;
      }
      const period = formatPeriod(report.current.period, context.t);
      if (report.drifts.length === 0) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: context.t.t('digest.amend.unchanged', { period }),
        });
        return;
      }
      await postAmendedFigures(
        { store: deps.store, client, logger: deps.logger },
        team,
        report,
        deps.clock.now(),
      );
      const link = run.permalink ? ` <${run.permalink}|${context.t.t('digest.amend.openDigest')}>` : '';
      const text = context.t.t('digest.amend.posted', { period, summary: escapeMrkdwn(report.summary) });
      const posted = { text, blocks: [section(`:pencil2: ${text}${link}`)] };
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...(await withTeamName(deps, context, posted, body.user.id)),
      });
    } catch (error) {
      const failure = buildFailureMessage(
        await requesterTranslator(deps, payloadOrigin(body, client)),
        error,
        { action: 'digest amend button', teamId: slackTeamId, userId: body.user.id },
        deps.logger,
      );
      await respond({ response_type: 'ephemeral', replace_original: false, ...failure });
    }
  });
}
