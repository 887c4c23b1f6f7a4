import type { App, types } from '@slack/bolt';
import { parseLanguage } from '../../i18n/locales';
import { registerButton } from '../button';
import { loadDealModal } from '../dealModalLoader';
import type { SlackDependencies } from '../dependencies';
import { publishHome } from '../home/publishHome';
import { ActionIds } from '../ids';
import { resolveTeam, payloadOrigin, type TeamContext } from '../teamContext';
import { buildFeedbackModal } from '../../views/modals/feedbackModal';
import { buildLeadModal } from '../../views/modals/leadModal';

/**
 * A Home capture button: opens the same form as the command. Home actions carry no response_url,
 * so a failure is told in the user's DM with Tandem (registerButton's `tell`).
 */
function openForm(
  app: App,
  deps: SlackDependencies,
  actionId: string,
  name: string,
  build: (context: TeamContext, userId: string) => Promise<types.ModalView>,
): void {
  registerButton(app, deps, {
    actionId,
    name,
    async handle({ args, context }) {
      const view = await build(context, args.body.user.id);
      await args.client.views.open({ trigger_id: args.body.trigger_id, view });
    },
  });
}

export function registerHomeActions(app: App, deps: SlackDependencies): void {
  openForm(app, deps, ActionIds.homeNewLead, 'home new lead', async ({ team, t }, userId) =>
    buildLeadModal(t, {
      channels: await deps.store.teams.options(team.id, 'channel'),
      initial: {},
      metadata: {},
      defaultOwnerId: userId,
    }),
  );
  openForm(app, deps, ActionIds.homeNewDeal, 'home new deal', (context) => loadDealModal(deps, context, {}));
  openForm(app, deps, ActionIds.homeNewFeedback, 'home new feedback', async ({ team, t }) =>
    buildFeedbackModal(t, { products: await deps.feedback.products(team.id), initial: {}, metadata: {} }),
  );
  // The personal language picker: Home is drawn again in the chosen language.
  registerButton(app, deps, {
    actionId: ActionIds.homeLanguage,
    name: 'home language picker',
    writes: 'click',
    failure: 'log',
    async handle({ args, value, context }) {
      const { body, client } = args;
      await deps.teams.setMemberLanguage(context.team.id, body.user.id, parseLanguage(value) ?? null);
      await publishHome(deps, client, await resolveTeam(deps, payloadOrigin(body, client)), body.user.id);
    },
  });
}
