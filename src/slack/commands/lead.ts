import type { App } from '@slack/bolt';
import { type LeadCommand, parseLeadCommand } from '../../domain/leadCommand';
import { leadToDraft } from '../../services/leadService';
import type { SlackDependencies } from '../dependencies';
import { buildFailureMessage } from '../failures';
import { Commands } from '../ids';
import { type TeamContext, resolveTeam } from '../teamContext';
import { draftText } from '../views/leadDraftText';
import { buildLeadModal } from '../views/leadModal';
import {
  buildDuplicateWarningMessage,
  buildLeadDetailMessage,
  buildLeadHelpMessage,
  buildLeadListMessage,
  buildLeadSavedMessage,
} from '../views/leadMessages';
import { buildLeadDealsSection, buildLeadStatusMessage } from '../views/leadQualificationMessages';
import type { SlackMessage } from '../views/message';
import { buildRejectedCommandMessage } from '../views/problemMessage';

const LIST_LIMIT = 20;

export function registerLeadCommand(app: App, deps: SlackDependencies): void {
  app.command(Commands.lead, async ({ command, ack, respond, client }) => {
    const parsed = parseLeadCommand(command.text);
    if (!parsed.ok) {
      await ack(
        buildRejectedCommandMessage(
          "Couldn't read that lead",
          parsed.problems,
          command.command,
          command.text,
        ),
      );
      return;
    }
    await ack();
    try {
      const context = await resolveTeam(deps, command.team_id);
      if (parsed.value.kind === 'open_modal') {
        const channels = await deps.store.teams.options(context.team.id, 'channel');
        await client.views.open({
          trigger_id: command.trigger_id,
          view: buildLeadModal({
            channels,
            initial: {},
            metadata: { channelId: command.channel_id },
            defaultOwnerId: command.user_id,
          }),
        });
        return;
      }
      if (parsed.value.kind === 'edit') {
        const lead = await deps.store.leads.getByNumber(context.team.id, parsed.value.number);
        const channels = await deps.store.teams.options(context.team.id, 'channel');
        await client.views.open({
          trigger_id: command.trigger_id,
          view: buildLeadModal({
            channels,
            initial: leadToDraft(lead),
            metadata: { number: lead.number, version: lead.version, channelId: command.channel_id },
            defaultOwnerId: command.user_id,
          }),
        });
        return;
      }
      const message = await answerLeadCommand(deps, context, command.user_id, parsed.value);
      await respond({ response_type: 'ephemeral', ...message });
    } catch (error) {
      const failure = buildFailureMessage(
        error,
        {
          action: `${command.command} ${parsed.value.kind}`,
          teamId: command.team_id,
          userId: command.user_id,
        },
        deps.logger,
        { command: command.command, text: command.text },
      );
      await respond({ response_type: 'ephemeral', ...failure });
    }
  });
}

async function answerLeadCommand(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: Exclude<LeadCommand, { kind: 'open_modal' | 'edit' }>,
): Promise<SlackMessage> {
  const teamId = context.team.id;
  switch (request.kind) {
    case 'help': {
      const channels = await deps.store.teams.options(teamId, 'channel');
      return buildLeadHelpMessage(channels.map((channel) => channel.key));
    }
    case 'show': {
      const lead = await deps.store.leads.getByNumber(teamId, request.number);
      const detail = buildLeadDetailMessage(lead, context.formatDate);
      const deals = buildLeadDealsSection(await deps.store.deals.dealsOfLead(teamId, lead.id));
      // The deals go after the lead's facts, before its footer and buttons.
      return { ...detail, blocks: [...detail.blocks.slice(0, 1), deals, ...detail.blocks.slice(1)] };
    }
    case 'qualify':
      return buildLeadStatusMessage(
        await deps.qualification.qualify(teamId, userId, request.number, request.reason),
      );
    case 'disqualify':
      return buildLeadStatusMessage(
        await deps.qualification.disqualify(teamId, userId, request.number, request.reason),
      );
    case 'list': {
      const leads = await deps.store.leads.list(teamId, {
        limit: LIST_LIMIT,
        ...(request.mine ? { ownerId: userId } : {}),
        ...(request.source ? { source: request.source } : {}),
      });
      const description = [request.mine ? 'owned by you' : '', request.source ? `from ${request.source}` : '']
        .filter(Boolean)
        .join(' ');
      return buildLeadListMessage(leads, description || 'in this team', context.formatAge);
    }
    case 'add': {
      const outcome = await deps.leads.add(teamId, userId, request.draft);
      if (outcome.kind === 'invalid') {
        return buildRejectedCommandMessage(
          "Couldn't add that lead",
          outcome.problems,
          Commands.lead,
          draftText(request.draft),
        );
      }
      if (outcome.kind === 'possible_duplicate') {
        return buildDuplicateWarningMessage(
          outcome.input.company,
          outcome.duplicates,
          outcome.draftId,
          context.formatDate,
        );
      }
      return buildLeadSavedMessage(
        outcome.lead,
        'Added',
        await deps.undo.latestLeadChangeId(teamId, outcome.lead.id),
      );
    }
  }
}
