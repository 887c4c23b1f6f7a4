import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { announceQualifiedLead } from '../announcements';
import { type LeadCommand, parseLeadCommand } from '../../domain/leadCommand';
import { leadToDraft } from '../../services/leadService';
import type { SlackDependencies } from '../dependencies';
import { registerQuickCommand } from './quickCommand';
import type { TeamContext } from '../teamContext';
import { ActionIds, Commands } from '../ids';
import { buildLeadModal } from '../../views/modals/leadModal';
import {
  buildDuplicateWarningMessage,
  buildLeadDetailMessage,
  buildLeadHelpMessage,
  buildLeadListMessage,
  buildLeadSavedMessage,
} from '../../views/messages/leadMessages';
import {
  buildLeadDealsSection,
  buildLeadStatusMessage,
} from '../../views/messages/leadQualificationMessages';
import type { SlackMessage } from '../../blockKit/message';
import {
  buildLeadFormNotOpenedMessage,
  buildRejectedCommandMessage,
} from '../../views/messages/problemMessage';
import { buildDidYouMeanMessage } from '../../views/messages/repFlowMessages';

const LIST_LIMIT = 20;

export function registerLeadCommand(app: App, deps: SlackDependencies): void {
  registerQuickCommand(app, deps, {
    command: Commands.lead,
    writes: ['add', 'qualify', 'disqualify'],
    rejectionTitle: 'leads.unreadable',
    parse: parseLeadCommand,
    runAction: ActionIds.leadRun,
    async answer({ context, command, client, request }) {
      if (request.kind === 'open_modal' || request.kind === 'edit') {
        const lead =
          request.kind === 'edit'
            ? await deps.store.leads.getByNumber(context.team.id, request.number)
            : undefined;
        const channels = await deps.store.teams.options(context.team.id, 'channel');
        const opening = client.views.open({
          trigger_id: command.trigger_id,
          view: buildLeadModal(context.t, {
            channels,
            initial: lead ? leadToDraft(lead) : {},
            metadata: lead
              ? { number: lead.number, version: lead.version, channelId: command.channel_id }
              : { channelId: command.channel_id },
            defaultOwnerId: command.user_id,
          }),
        });
        // Slack failing or slow (the trigger lives 3 s): say so and what to do, not "nothing was saved".
        return opening.then(
          () => undefined,
          (error: unknown) => {
            deps.logger.warn(`the lead form could not open for user ${command.user_id}: ${String(error)}`);
            return buildLeadFormNotOpenedMessage(context.t);
          },
        );
      }
      return answerLeadCommand(deps, context, command.user_id, request, command.text, client);
    },
  });
}

async function answerLeadCommand(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: Exclude<LeadCommand, { kind: 'open_modal' | 'edit' }>,
  typedText: string,
  client: WebClient,
): Promise<SlackMessage> {
  const teamId = context.team.id;
  const { t } = context;
  switch (request.kind) {
    case 'did_you_mean':
      return buildDidYouMeanMessage(t, Commands.lead, request, teamId);
    case 'help': {
      const channels = await deps.store.teams.options(teamId, 'channel');
      return buildLeadHelpMessage(
        t,
        channels.map((channel) => channel.key),
      );
    }
    case 'show': {
      const lead = await deps.store.leads.getByNumber(teamId, request.number);
      const detail = buildLeadDetailMessage(t, lead, context.formatDate);
      const deals = buildLeadDealsSection(t, await deps.store.deals.dealsOfLead(teamId, lead.id));
      // The deals go after the lead's facts, before its footer and buttons.
      return { ...detail, blocks: [...detail.blocks.slice(0, 1), deals, ...detail.blocks.slice(1)] };
    }
    case 'qualify': {
      const outcome = await deps.qualification.qualify(teamId, userId, request.number, request.reason);
      if (outcome.kind === 'changed') await announceQualifiedLead(deps, client, context.team, outcome.lead);
      return buildLeadStatusMessage(t, outcome);
    }
    case 'disqualify':
      return buildLeadStatusMessage(
        t,
        await deps.qualification.disqualify(teamId, userId, request.number, request.reason),
      );
    case 'list': {
      const leads = await deps.store.leads.list(teamId, {
        limit: LIST_LIMIT,
        ...(request.mine ? { ownerId: userId } : {}),
        ...(request.source ? { source: request.source } : {}),
      });
      const filter = { mine: request.mine, source: request.source };
      return buildLeadListMessage(t, leads, filter, context.formatAge);
    }
    case 'add': {
      const outcome = await deps.leads.add(teamId, userId, request.draft);
      if (outcome.kind === 'invalid') {
        return buildRejectedCommandMessage(
          t,
          t.t('leads.rejectedTitle'),
          outcome.problems,
          Commands.lead,
          // As typed: its keys (`wielkość:`) name the problems, and the user fixes their own words.
          typedText,
        );
      }
      if (outcome.kind === 'possible_duplicate') {
        return buildDuplicateWarningMessage(
          t,
          outcome.input.company,
          outcome.duplicates,
          outcome.draftId,
          context.formatDate,
          outcome.input.email,
        );
      }
      return buildLeadSavedMessage(
        t,
        outcome.lead,
        'Added',
        await deps.undo.latestLeadChangeId(teamId, outcome.lead.id),
      );
    }
  }
}
