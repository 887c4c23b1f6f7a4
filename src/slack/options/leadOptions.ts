import type { App } from '@slack/bolt';
import { parseLeadNumber } from '../../domain/leadCommand';
import type { SlackDependencies } from '../dependencies';
import { ActionIds } from '../ids';
import { payloadOrigin, resolveTeam } from '../teamContext';
import { leadOption } from '../../views/modals/dealModal';

const MAX_OPTIONS = 50;

/** Serves the deal form's lead picker: by id (L-12 or 12) or by part of the company name. */
export function registerLeadOptions(app: App, deps: SlackDependencies): void {
  app.options(ActionIds.dealLeadSelect, async ({ ack, body, options }) => {
    try {
      const context = await resolveTeam(deps, payloadOrigin(body));
      const typed = options.value.trim();
      const number =
        parseLeadNumber(typed) ?? (/^\d{1,9}$/.test(typed) ? Number.parseInt(typed, 10) : undefined);
      const leads = await deps.store.leads.search(
        context.team.id,
        number === undefined ? { text: typed } : { number, text: /^L-?\d+$/i.test(typed) ? '' : typed },
        MAX_OPTIONS,
      );
      await ack({ options: leads.map(leadOption) });
    } catch (error) {
      deps.logger.error('lead options for the deal form failed', error);
      await ack({ options: [] });
    }
  });
}
