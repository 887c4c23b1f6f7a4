import type { App } from '@slack/bolt';
import { stageLabel } from '../../views/text/dealFormat';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { option, optionGroup } from '../../blockKit/elements';

const MATCHES_PER_KIND = 10;

/**
 * Serves the feedback form's client picker: leads by id (L-12) or company, deals by id (D-7) or
 * their lead's company. Option values are the ids themselves, as the quick command takes them.
 */
export function registerFeedbackClientOptions(app: App, deps: SlackDependencies): void {
  app.options(ActionIds.feedbackClientSelect, async ({ ack, body, options, client }) => {
    try {
      const context = await resolveTeam(deps, payloadOrigin(body, client));
      const { t } = context;
      const matches = await deps.store.feedback.searchClients(
        context.team.id,
        options.value,
        MATCHES_PER_KIND,
      );
      const leads = matches.leads.map((lead) =>
        option(`L-${lead.number}`, `L-${lead.number} ${lead.company}`),
      );
      const deals = matches.deals.map((deal) =>
        option(`D-${deal.number}`, `D-${deal.number} ${deal.lead.company} (${stageLabel(t, deal.stage)})`),
      );
      const groups = [
        optionGroup(t.t('modals.leadsGroup'), leads),
        optionGroup(t.t('modals.dealsGroup'), deals),
      ].filter((group) => group.options.length > 0);
      await ack(groups.length > 1 ? { option_groups: groups } : { options: groups[0]?.options ?? [] });
    } catch (error) {
      deps.logger.error('client options for the feedback form failed', error);
      await ack({ options: [] });
    }
  });
}
