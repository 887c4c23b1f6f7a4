import {
  PLAN_CHANNEL_EXAMPLE,
  PLAN_EXAMPLE,
  PLAN_FIGURES,
  type PlanFigure,
  isMoneyFigure,
} from '../../domain/plan';
import type { MessageKey } from '../../i18n/catalog';
import type { Translator } from '../../i18n/translator';
import type { PlanRecord } from '../../store/repos/planStore';
import { Commands } from '../../slack/ids';
import { context, type KnownBlock, section, type SlackMessage } from '../../blockKit/message';
import { escapeMrkdwn } from '../../blockKit/text';

/** Each plannable figure's name, as the digest writes it. */
const PLAN_FIGURE_LABELS: Record<PlanFigure, MessageKey> = {
  leadsCreated: 'digest.kpi.leadsCreated',
  leadsQualified: 'digest.kpi.leadsQualified',
  offersSent: 'digest.kpi.offersSent',
  wins: 'digest.kpi.wins',
  wonValueMinor: 'digest.kpi.wonValue',
  spendMinor: 'digest.kpi.marketingSpend',
  costPerLeadMinor: 'digest.kpi.costPerLead',
  customerAcquisitionCostMinor: 'digest.kpi.customerAcquisitionCost',
  leadQualityPct: 'digest.kpi.leadQuality',
  winRatePct: 'digest.kpi.winRate',
};

export function planFigureLabel(t: Translator, figure: string): string {
  return t.t(PLAN_FIGURE_LABELS[figure as PlanFigure] ?? 'digest.kpi.leadsCreated');
}

/** A plan value in its unit: money in the team's currency, a percentage, or a count. */
export function formatPlanValue(t: Translator, figure: string, value: number, currency: string): string {
  if (isMoneyFigure(figure)) return t.money(Math.round(value), currency);
  if (figure.endsWith('Pct')) return t.percent(value);
  return t.number(value);
}

/** The plan grouped: the whole team first, then each channel. */
function planBlocks(t: Translator, plan: PlanRecord[], currency: string): KnownBlock[] {
  const channels = [...new Set(plan.map((row) => row.channel))];
  return channels.map((channel) => {
    const heading = channel === '' ? t.t('plan.wholeTeam') : `*${escapeMrkdwn(channel)}*`;
    const lines = plan
      .filter((row) => row.channel === channel)
      .map(
        (row) =>
          `• ${planFigureLabel(t, row.figure)}: ${formatPlanValue(t, row.figure, row.value, currency)}`,
      );
    return section([heading, ...lines].join('\n'));
  });
}

function hint(t: Translator): KnownBlock {
  return context(
    t.t('plan.hint', { example: PLAN_EXAMPLE, channelExample: PLAN_CHANNEL_EXAMPLE, command: Commands.plan }),
  );
}

/** `/plan` alone: the plan in force, or how to set one. */
export function buildPlanMessage(t: Translator, plan: PlanRecord[], currency: string): SlackMessage {
  if (plan.length === 0) {
    const text = t.t('plan.empty', { example: PLAN_EXAMPLE });
    return { text, blocks: [section(text), hint(t)] };
  }
  return {
    text: t.t('plan.currentText'),
    blocks: [section(t.t('plan.current')), ...planBlocks(t, plan, currency), hint(t)],
  };
}

/** After `/plan leads 60`: the whole plan now in force. */
export function buildPlanSavedMessage(t: Translator, plan: PlanRecord[], currency: string): SlackMessage {
  return {
    text: t.t('plan.savedText'),
    blocks: [section(t.t('plan.saved')), ...planBlocks(t, plan, currency), hint(t)],
  };
}

export function buildPlanHelpMessage(t: Translator): SlackMessage {
  return {
    text: t.t('help.title', { command: Commands.plan }),
    blocks: [
      section(t.t('plan.help', { command: Commands.plan, figures: Object.keys(PLAN_FIGURES).join(', ') })),
    ],
  };
}
