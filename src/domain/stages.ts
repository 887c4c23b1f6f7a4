/** The funnel, in order; a deal ends in WON or LOST. */
export const STAGES = ['LEAD', 'QUALIFIED', 'DISCOVERY', 'OFFER', 'NEGOTIATION', 'WON', 'LOST'] as const;
export type Stage = (typeof STAGES)[number];

/** The stages a deal moves through before it is decided, in order, ending with WON. */
export const FUNNEL_STAGES = ['LEAD', 'QUALIFIED', 'DISCOVERY', 'OFFER', 'NEGOTIATION', 'WON'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  LEAD: 'Lead',
  QUALIFIED: 'Qualified',
  DISCOVERY: 'Discovery',
  OFFER: 'Offer',
  NEGOTIATION: 'Negotiation',
  WON: 'Won',
  LOST: 'Lost',
};

/** Position in the funnel; LOST has none because a lost deal keeps the stages it reached. */
export function stageOrder(stage: Stage): number | undefined {
  const index = (FUNNEL_STAGES as readonly string[]).indexOf(stage);
  return index === -1 ? undefined : index;
}
