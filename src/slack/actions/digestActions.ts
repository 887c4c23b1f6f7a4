import type { App } from '@slack/bolt';
import { measureDrift, postAmendedFigures } from '../../digest/amendDigest';
import { formatPeriod } from '../../digest/format';
import { registerButton } from '../button';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import { section } from '../../blockKit/message';
import { escapeMrkdwn } from '../../blockKit/text';

/**
 * "Post amended figures" in `/digest status`: corrected figures into the digest's thread, parent
 * marked amended. Once per button: a double click posts them once.
 */
export function registerDigestActions(app: App, deps: SlackDependencies): void {
  registerButton(app, deps, {
    actionId: ActionIds.digestAmend,
    name: 'digest amend button',
    permission: 'postDigest',
    writes: 'message',
    async handle({ args, value, context, tell }) {
      const { team, t } = context;
      const run = await deps.store.digestRuns.find(team.id, value);
      const report = run ? await measureDrift(deps.store, team, run) : undefined;
      if (!run || !report) {
        const text = t.t('digest.amend.notPosted');
        return tell({ text, blocks: [section(text)] });
      }
      const period = formatPeriod(report.current.period, t);
      if (report.drifts.length === 0) {
        const text = t.t('digest.amend.unchanged', { period });
        return tell({ text, blocks: [section(text)] });
      }
      await postAmendedFigures(
        { store: deps.store, client: args.client, logger: deps.logger, pacer: deps.pacer },
        team,
        report,
        deps.clock.now(),
      );
      const link = run.permalink ? ` <${run.permalink}|${t.t('digest.amend.openDigest')}>` : '';
      const text = t.t('digest.amend.posted', { period, summary: escapeMrkdwn(report.summary) });
      await tell({ text, blocks: [section(`:pencil2: ${text}${link}`)] });
    },
  });
}
