import type { App } from '@slack/bolt';
import { type DealCommand, parseDealCommand } from '../../domain/dealCommand';
import { calendarDaysBetween } from '../../domain/calendar';
import { OPEN_STAGES } from '../../store/pipelineStore';
import { loadDealModal } from '../dealModalLoader';
import type { SlackDependencies } from '../dependencies';
import { registerQuickCommand } from './quickCommand';
import type { TeamContext } from '../teamContext';
import { Commands } from '../ids';
import { buildDealListMessage } from '../views/dealList';
import { buildDealHelpMessage } from '../views/dealMessages';
import { buildDealOutcomeMessage } from '../views/dealOutcomeMessage';
import { buildDealTimelineMessage } from '../views/dealTimeline';
import type { SlackMessage } from '../../blockKit/message';

const DEALS_PER_STAGE = 10;
const DEALS_IN_ONE_STAGE = 30;

type Echo = { command: string; text: string };

export function registerDealCommand(app: App, deps: SlackDependencies): void {
  registerQuickCommand(app, deps, {
    command: Commands.deal,
    rejectionTitle: 'deals.unreadable',
    parse: parseDealCommand,
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
      return answerDealCommand(deps, context, command.user_id, request, echo);
    },
  });
}

async function answerDealCommand(
  deps: SlackDependencies,
  context: TeamContext,
  userId: string,
  request: Exclude<DealCommand, { kind: 'open_modal' }>,
  echo: Echo,
): Promise<SlackMessage> {
  const { team, t } = context;
  switch (request.kind) {
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
      return buildDealOutcomeMessage(
        t,
        await deps.deals.create(team, userId, {
          leadNumber: request.leadNumber,
          stage: request.stage,
          draft: request.draft,
          allowSecondDeal: false,
        }),
        echo,
      );
    case 'move':
      return buildDealOutcomeMessage(
        t,
        await deps.deals.change(team, userId, {
          number: request.number,
          change: { kind: 'move', stage: request.stage },
          draft: request.draft,
        }),
        echo,
      );
    case 'reopen':
      return buildDealOutcomeMessage(
        t,
        await deps.deals.change(team, userId, {
          number: request.number,
          change: request.stage ? { kind: 'reopen', stage: request.stage } : { kind: 'reopen' },
          draft: request.draft,
        }),
        echo,
      );
    case 'update':
      return buildDealOutcomeMessage(
        t,
        await deps.deals.change(team, userId, {
          number: request.number,
          change: { kind: 'update' },
          draft: request.draft,
        }),
        echo,
      );
  }
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
