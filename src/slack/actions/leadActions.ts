import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage, requesterTranslator } from '../failures';
import { ActionIds, Commands } from '../ids';
import { payloadOrigin, resolveTeam, withTeamName } from '../teamContext';
import { leadToDraft } from '../../services/leadService';
import { draftText } from '../../views/text/leadDraftText';
import { buildLeadSavedMessage } from '../../views/messages/leadMessages';
import { buildLeadModal } from '../../views/modals/leadModal';
import { section } from '../../blockKit/message';
import { buildRejectedCommandMessage } from '../../views/messages/problemMessage';
import { echoBlockText } from '../../views/messages/commandEcho';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

export function registerLeadActions(app: App, deps: SlackDependencies): void {
  app.action(ActionIds.leadEdit, async ({ ack, body, action, client, respond }: ButtonArgs) => {
    await ack();
    const number = Number.parseInt(action.value ?? '', 10);
    try {
      const context = await resolveTeam(deps, payloadOrigin(body, client));
      const lead = await deps.store.leads.getByNumber(context.team.id, number);
      const channels = await deps.store.teams.options(context.team.id, 'channel');
      await client.views.open({
        trigger_id: body.trigger_id,
        view: buildLeadModal(context.t, {
          channels,
          initial: leadToDraft(lead),
          metadata: {
            number,
            version: lead.version,
            ...(body.channel?.id ? { channelId: body.channel.id } : {}),
          },
          defaultOwnerId: body.user.id,
        }),
      });
    } catch (error) {
      const context = { action: 'lead edit button', teamId: body.team?.id ?? '', userId: body.user.id };
      const t = await requesterTranslator(deps, payloadOrigin(body, client));
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...buildFailureMessage(t, error, context, deps.logger),
      });
    }
  });

  app.action(ActionIds.leadAddAnyway, async ({ ack, body, action, client, respond }: ButtonArgs) => {
    await ack();
    try {
      const context = await resolveTeam(deps, payloadOrigin(body, client));
      const { t } = context;
      const outcome = await deps.leads.addDraftAnyway(context.team.id, body.user.id, action.value ?? '');
      if (outcome === undefined) {
        await respond({
          replace_original: true,
          text: t.t('leads.draftGone'),
          blocks: [section(t.t('leads.draftGone'))],
        });
      } else if (outcome.kind === 'invalid') {
        await respond({
          replace_original: true,
          ...buildRejectedCommandMessage(t, t.t('leads.rejectedTitle'), outcome.problems, Commands.lead, ''),
        });
      } else if (outcome.kind === 'added') {
        const undoChangeId = await deps.undo.latestLeadChangeId(context.team.id, outcome.lead.id);
        const saved = buildLeadSavedMessage(t, outcome.lead, 'Added', undoChangeId);
        await respond({
          replace_original: true,
          ...(await withTeamName(deps, context, saved, body.user.id)),
        });
      }
    } catch (error) {
      const context = { action: 'lead add anyway', teamId: body.team?.id ?? '', userId: body.user.id };
      const t = await requesterTranslator(deps, payloadOrigin(body, client));
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...buildFailureMessage(t, error, context, deps.logger),
      });
    }
  });

  app.action(ActionIds.leadCancelDraft, async ({ ack, body, action, client, respond }: ButtonArgs) => {
    await ack();
    try {
      const context = await resolveTeam(deps, payloadOrigin(body, client));
      const { t } = context;
      const draft = await deps.leads.discardDraft(context.team.id, body.user.id, action.value ?? '');
      const blocks = [section(t.t('leads.cancelled'))];
      if (draft) blocks.push(section(echoBlockText(t, Commands.lead, draftText(draft))));
      const cancelled = { text: t.t('leads.cancelled'), blocks };
      await respond({
        replace_original: true,
        ...(await withTeamName(deps, context, cancelled, body.user.id)),
      });
    } catch (error) {
      const context = { action: 'lead cancel draft', teamId: body.team?.id ?? '', userId: body.user.id };
      const t = await requesterTranslator(deps, payloadOrigin(body, client));
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...buildFailureMessage(t, error, context, deps.logger),
      });
    }
  });
}
