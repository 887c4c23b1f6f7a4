import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { stageLabel } from '../../views/text/dealFormat';
import { option, optionGroup } from '../../blockKit/elements';

const MATCHES_PER_KIND = 10;

/**
 * Serves the meeting forms' lead-or-deal picker: leads by id (L-12) or company, deals by id (D-7)
 * or their lead's company, newest first. The option values are the ids.
 */
export function registerMeetingRecordOptions(app: App, deps: SlackDependencies): void {
  app.options(ActionIds.meetingRecordSelect, async ({ ack, body, options, client }) => {
    try {
      const { team, t } = await resolveTeam(deps, payloadOrigin(body, client));
      const matches = await deps.store.feedback.searchClients(team.id, options.value, MATCHES_PER_KIND);
      const groups = [
        optionGroup(
          t.t('modals.dealsGroup'),
          matches.deals.map((deal) =>
            option(
              `D-${deal.number}`,
              `D-${deal.number} ${deal.lead.company} (${stageLabel(t, deal.stage)})`,
            ),
          ),
        ),
        optionGroup(
          t.t('modals.leadsGroup'),
          matches.leads.map((lead) => option(`L-${lead.number}`, `L-${lead.number} ${lead.company}`)),
        ),
      ].filter((group) => group.options.length > 0);
      await ack(groups.length > 1 ? { option_groups: groups } : { options: groups[0]?.options ?? [] });
    } catch (error) {
      deps.logger.error('lead and deal options for a meeting form failed', error);
      await ack({ options: [] });
    }
  });
}
