import { generateTeamData, DEFAULT_DATA_END, type TeamDataBatch } from '../../bench/generate';
import { generateSpend } from '../../bench/generateSpend';
import { isClosedStage, planReopen, planStageMove, stageQualifiesLead } from '../../src/domain/stageMove';
import type { Stage } from '../../src/domain/stages';
import type { BulkStageEventRow } from '../../src/store/db/bulk';

const TEAM = 'team-under-test';

function everything(leads: number, seed?: number): TeamDataBatch {
  const all: TeamDataBatch = { leads: [], deals: [], stageEvents: [], feedback: [] };
  for (const batch of generateTeamData({ teamId: TEAM, leads, seed, leadsPerBatch: 700 })) {
    all.leads.push(...batch.leads);
    all.deals.push(...batch.deals);
    all.stageEvents.push(...batch.stageEvents);
    all.feedback.push(...batch.feedback);
  }
  return all;
}

const data = everything(3_000);
const eventsByDeal = new Map<string, BulkStageEventRow[]>();
for (const event of data.stageEvents) {
  eventsByDeal.set(event.dealId, [...(eventsByDeal.get(event.dealId) ?? []), event]);
}

describe('the benchmark data generator', () => {
  it('gives the same rows, ids included, for the same seed, and other rows for another seed', () => {
    expect(everything(300)).toEqual(everything(300));
    expect(everything(300, 7).leads[0]).not.toEqual(everything(300).leads[0]);
    expect(generateSpend({ teamId: TEAM, leads: 300 })).toEqual(generateSpend({ teamId: TEAM, leads: 300 }));
  });

  it('numbers leads in creation order over the two years before the end, with deals and feedback in proportion', () => {
    expect(data.leads.map((lead) => lead.number)).toEqual(data.leads.map((_, index) => index + 1));
    const times = data.leads.map((lead) => lead.createdAt?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(DEFAULT_DATA_END.getTime() - 730 * 86_400_000);
    expect(Math.max(...times)).toBeLessThan(DEFAULT_DATA_END.getTime());
    expect(data.deals.length / data.leads.length).toBeGreaterThan(0.3);
    expect(data.deals.length / data.leads.length).toBeLessThan(0.5);
    expect(data.feedback.length / data.leads.length).toBeGreaterThan(0.05);
    expect(new Set(data.deals.map((deal) => deal.number)).size).toBe(data.deals.length);
  });

  it('writes every move as the app classifies it: create, forward, skip with the stages passed over, backward, reopen', () => {
    const kinds = new Set<string>();
    for (const deal of data.deals) {
      const events = eventsByDeal.get(deal.id ?? '') ?? [];
      let stage: Stage | null = null;
      let closedFrom: Stage | null = null;
      let previousAt = 0;
      for (const event of events) {
        const check: ReturnType<typeof planStageMove> =
          stage !== null && isClosedStage(stage)
            ? planReopen(stage, closedFrom, event.toStage as Stage)
            : planStageMove(stage, event.toStage as Stage);
        if (!check.ok) throw new Error(`D-${deal.number}: refused move ${JSON.stringify(check.refusal)}`);
        expect(event).toMatchObject({
          fromStage: stage,
          kind: check.plan.kind,
          skipped: check.plan.skipped.length > 0 ? check.plan.skipped.join(',') : null,
          currency: deal.currency,
        });
        expect(event.at?.getTime()).toBeGreaterThan(previousAt);
        expect(event.at?.getTime()).toBeLessThan(DEFAULT_DATA_END.getTime());
        if (event.toStage === 'LOST') expect(event.reason).toEqual(expect.any(String));
        if (isClosedStage(event.toStage as Stage)) closedFrom = stage;
        kinds.add(check.plan.kind);
        previousAt = event.at?.getTime() ?? 0;
        stage = event.toStage as Stage;
      }
      expect(deal.stage).toBe(stage);
      expect(deal.closedAt ?? null).toEqual(isClosedStage(deal.stage as Stage) ? events.at(-1)?.at : null);
      expect(deal.negotiationRounds).toBe(events.filter((event) => event.toStage === 'NEGOTIATION').length);
      expect(deal.lostReason != null).toBe(deal.stage === 'LOST');
    }
    expect([...kinds].sort()).toEqual(['backward', 'create', 'forward', 'reopen', 'skip']);
  });

  it('qualifies a lead when one of its deals first reaches QUALIFIED or beyond', () => {
    const dealsByLead = new Map<string, string[]>();
    for (const deal of data.deals)
      dealsByLead.set(deal.leadId, [...(dealsByLead.get(deal.leadId) ?? []), deal.id ?? '']);
    for (const lead of data.leads) {
      const deals = dealsByLead.get(lead.id ?? '') ?? [];
      if (deals.length === 0) continue;
      const qualifying = deals
        .flatMap((dealId) => eventsByDeal.get(dealId) ?? [])
        .filter((event) => stageQualifiesLead(event.toStage as Stage))
        .map((event) => event.at?.getTime() ?? 0);
      if (qualifying.length === 0) {
        expect(lead.status).toBe('new');
      } else {
        expect(lead.status).toBe('qualified');
        expect(lead.qualifiedAt?.getTime()).toBe(Math.min(...qualifying));
      }
    }
  });

  it('spreads spend over consecutive calendar-date periods of each channel, stored as UTC midnights', () => {
    const spend = generateSpend({ teamId: TEAM, leads: 3_000 });
    expect(spend.length).toBeGreaterThan(300);
    for (const row of spend) {
      expect(row.periodStart.getTime() % 86_400_000).toBe(0);
      expect(row.periodEnd.getTime()).toBeGreaterThan(row.periodStart.getTime());
      expect(row.amountMinor).toBeGreaterThanOrEqual(0);
    }
  });
});
