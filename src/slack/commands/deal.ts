import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { DealOutcome } from '../../services/dealService';
import { announceDealOutcome } from '../announcements';
import type { DealDraft } from '../../domain/deal';
import { type DealCommand, noLeadNamed, parseDealCommand } from '../../domain/dealCommand';
import type { Stage } from '../../domain/stages';
import { calendarDaysBetween } from '../../domain/calendar';
import { OPEN_STAGES } from '../../store/readModel/pipelineStore';
import { loadDealModal } from '../dealModalLoader';
import type { SlackDependencies } from '../dependencies';
import { registerQuickCommand } from './quickCommand';
import type { TeamContext } from '../teamContext';
import { ActionIds, Commands } from '../ids';
import { buildDealListMessage } from '../../views/messages/dealList';
import { buildDealHelpMessage } from '../../views/messages/dealMessages';
import { buildDealOutcomeMessage } from '../../views/messages/dealOutcomeMessage';
import { buildDealTimelineMessage } from '../../views/messages/dealTimeline';
import { context as contextBlock, type SlackMessage } from '../../blockKit/message';
import { buildRejectedCommandMessage } from '../../views/messages/problemMessage';
import {
  buildDidYouMeanMessage,
  buildWhichDealMessage,
  buildWhichLeadMessage,
} from '../../views/messages/repFlowMessages';

const DEALS_PER_STAGE = 10;
const DEALS_IN_ONE_STAGE = 30;
/** Leads offered as buttons when a company name matches several. */
const LEADS_TO_CHOOSE_FROM = 10;

type Echo = { command: string; text: string };
/** Answers a create, move, reopen or edit; a won, lost or qualifying move is announced first. */
type Reply = { echo: Echo; outcome(outcome: DealOutcome): Promise<SlackMessage> };

function replyWith(deps: SlackDependencies, client: WebClient, context: TeamContext, echo: Echo): Reply {
  return {
    echo,
    async outcome(outcome) {
      await announceDealOutcome(deps, client, context.team, outcome);
      return buildDealOutcomeMessage(context.t, outcome, echo);
    },
  };
}

export function registerDealCommand(app: App, deps: SlackDependencies): void {
  registerQuickCommand(app, deps, {
    command: Commands.deal,
    writes: ['create', 'move', 'reopen', 'update'],
    rejectionTitle: 'deals.unreadable',
    parse: parseDealCommand,
    runAction: ActionIds.dealRun,
    async answer({ context, command, client, request }) {
      if (request.kind === 'open_modal') {
        const view = await loadDealModal(deps, context, {
          channelId: command.channel_id,
          dealNumber: request.dealNumber,
          leadNumber: request.leadNumber,
        });
        await client.views.open({ trigger_id: command.trigger_id, view });
        return undefined;
      }
      const echo = { command: command.command, text: command.text };
      const reply = replyWith(deps, client, context, echo);
      return answerDealCommand(deps, context, command.user_id, request, reply);
    },
  });
}

async function answerDealCommand(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: Exclude<DealCommand, { kind: 'open_modal' }>,
  reply: Reply,
): Promise<SlackMessage> {
  const { team, t } = context;
  switch (request.kind) {
    case 'did_you_mean':
      return buildDidYouMeanMessage(t, Commands.deal, request, team.id);
    case 'company':
      return moveByCompany(deps, context, userId, request, reply);
    case 'help':
      return buildDealHelpMessage(t, await deps.store.teams.options(team.id, 'lost_reason'));
    case 'show': {
      const timeline = await deps.deals.timeline(team, request.number);
      const lostReasons = await deps.store.teams.options(team.id, 'lost_reason');
      return buildDealTimelineMessage(t, timeline, { timeZone: team.timezone, lostReasons });
    }
    case 'list':
      return listDeals(deps, context, userId, request);
    case 'create':
      return moveByLead(deps, context, userId, request, reply);
    case 'move':
      return reply.outcome(
        await deps.deals.change(team, userId, {
          number: request.number,
          change: { kind: 'move', stage: request.stage },
          draft: request.draft,
        }),
      );
    case 'reopen':
      return reply.outcome(
        await deps.deals.change(team, userId, {
          number: request.number,
          change: request.stage ? { kind: 'reopen', stage: request.stage } : { kind: 'reopen' },
          draft: request.draft,
        }),
      );
    case 'update':
      return reply.outcome(
        await deps.deals.change(team, userId, {
          number: request.number,
          change: { kind: 'update' },
          draft: request.draft,
        }),
      );
  }
}

/**
 * `/deal L-3 won`: a lead without an open deal gets one; its only open deal is moved (the rep
 * meant that deal); with several, each is offered as a button that makes the same move.
 */
async function moveByLead(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: { leadNumber: number; stage: Stage; draft: DealDraft },
  reply: Reply,
): Promise<SlackMessage> {
  const { team, t } = context;
  const { stage, draft } = request;
  const created = await deps.deals.create(team, userId, {
    leadNumber: request.leadNumber,
    stage,
    draft,
    allowSecondDeal: false,
  });
  if (created.kind !== 'lead_has_open_deals') return reply.outcome(created);
  const [only, ...others] = created.openDeals;
  if (!only || others.length > 0) {
    return buildWhichDealMessage(t, created.lead, created.openDeals, { stage, draft, teamId: team.id });
  }
  const moved = await deps.deals.change(team, userId, {
    number: only.number,
    change: { kind: 'move', stage },
    draft,
  });
  const message = await reply.outcome(moved);
  if (moved.kind !== 'moved') return message;
  const note = t.t('flow.onlyOpenDeal', {
    deal: `D-${only.number}`,
    lead: `L-${created.lead.number}`,
  });
  return {
    ...message,
    blocks: [...message.blocks.slice(0, 1), contextBlock(note), ...message.blocks.slice(1)],
  };
}

/** `/deal Acme won`: the one lead of the team with that company, then as `/deal L-n won`. */
async function moveByCompany(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: Extract<DealCommand, { kind: 'company' }>,
  reply: Reply,
): Promise<SlackMessage> {
  const { team, t } = context;
  const leads = await deps.store.leads.findByCompanyName(team.id, request.company, LEADS_TO_CHOOSE_FROM);
  const [only, ...others] = leads;
  if (!only) {
    const why = noLeadNamed(request.company);
    return buildRejectedCommandMessage(
      t,
      t.t('deals.rejectedTitle'),
      [why],
      reply.echo.command,
      reply.echo.text,
    );
  }
  const move = { stage: request.stage, draft: request.draft, teamId: team.id };
  if (others.length > 0) return buildWhichLeadMessage(t, request.company, leads, move);
  return moveByLead(deps, context, userId, { leadNumber: only.number, ...move }, reply);
}

async function listDeals(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: Extract<DealCommand, { kind: 'list' }>,
): Promise<SlackMessage> {
  const { team } = context;
  const filter = {
    ...(request.stage ? { stage: request.stage } : {}),
    ...(request.mine ? { ownerId: userId } : {}),
  };
  const stages = request.stage ? [request.stage] : OPEN_STAGES;
  const limit = request.stage ? DEALS_IN_ONE_STAGE : DEALS_PER_STAGE;
  const [totals, ...dealsByStage] = await Promise.all([
    deps.store.pipeline.stageTotals(team.id, filter),
    ...stages.map((stage) => deps.store.pipeline.dealsInStage(team.id, stage, filter, limit)),
  ]);
  const groups = stages.map((stage, index) => ({
    stage,
    totals: totals.filter((total) => total.stage === stage),
    deals: dealsByStage[index] ?? [],
  }));
  const now = deps.clock.now();
  return buildDealListMessage(context.t, groups, { stage: request.stage, mine: request.mine }, (deal) =>
    calendarDaysBetween(deal.stageEnteredAt, now, team.timezone),
  );
}
