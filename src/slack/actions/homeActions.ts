import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  StaticSelectAction,
  types,
} from '@slack/bolt';
import { parseLanguage } from '../../i18n/locales';
import { loadDealModal } from '../dealModalLoader';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { publishHome } from '../home/publishHome';
import { ActionIds } from '../ids';
import { payloadOrigin, resolveTeam, type TeamContext } from '../teamContext';
import { buildFeedbackModal } from '../../views/modals/feedbackModal';
import { buildLeadModal } from '../../views/modals/leadModal';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * A Home capture button: opens the same form as the command. Home actions carry no response_url,
 * so a failure is told in the user's DM with Tandem.
 */
function openForm(
  deps: SlackDependencies,
  name: string,
  build: (context: TeamContext, userId: string) => Promise<types.ModalView>,
) {
  return async ({ ack, body, client }: ButtonArgs) => {
    await ack();
    const slackTeamId = body.team?.id ?? body.user.team_id ?? '';
    try {
      const view = await build(await resolveTeam(deps, payloadOrigin(body, client)), body.user.id);
      await client.views.open({ trigger_id: body.trigger_id, view });
    } catch (error) {
      const failure = buildFailureMessage(
        await requesterTranslator(deps, payloadOrigin(body, client)),
        error,
        { action: name, teamId: slackTeamId, userId: body.user.id },
        deps.logger,
      );
      await client.chat.postMessage({ channel: body.user.id, ...failure });
    }
  };
}

export function registerHomeActions(app: App, deps: SlackDependencies): void {
  app.action(
    ActionIds.homeNewLead,
    openForm(deps, 'home new lead', async ({ team, t }, userId) =>
      buildLeadModal(t, {
        channels: await deps.store.teams.options(team.id, 'channel'),
        initial: {},
        metadata: {},
        defaultOwnerId: userId,
      }),
    ),
  );
  app.action(
    ActionIds.homeNewDeal,
    openForm(deps, 'home new deal', (context) => loadDealModal(deps, context, {})),
  );
  app.action(
    ActionIds.homeNewFeedback,
    openForm(deps, 'home new feedback', async ({ team, t }) =>
      buildFeedbackModal(t, { products: await deps.feedback.products(team.id), initial: {}, metadata: {} }),
    ),
  );
  app.action<BlockAction<StaticSelectAction>>(
    ActionIds.homeLanguage,
    async ({ ack, body, action, client }) => {
      await ack();
      const origin = payloadOrigin(body, client);
      try {
        const { team } = await resolveTeam(deps, origin);
        const choice = parseLanguage(action.selected_option.value);
        await deps.teams.setMemberLanguage(team.id, body.user.id, choice ?? null);
        await publishHome(deps, client, await resolveTeam(deps, origin), body.user.id);
      } catch (error) {
        deps.logger.error(`changing the language of ${body.user.id} from the App Home failed`, error);
      }
    },
  );
}
