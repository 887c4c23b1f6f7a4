import { companyKey } from '../../src/domain/lead';
import { FUNNEL_STAGES, type Stage } from '../../src/domain/stages';
import type { Deal, Lead } from '../../src/generated/postgresql/client';
import type { PrismaDatabase } from '../../src/store/db/database';
import { countSeededEvents, refreshSeededFacts } from './pipelineFacts';

/**
 * Writes leads, deals and their StageEvent rows straight into the database, following the
 * pipeline semantics of docs/CONVENTIONS.md, so aggregation tests need no /deal command.
 */
export type SeedLead = {
  company: string;
  createdAt: Date | string;
  industry?: string;
  segment?: string;
  companySize?: string;
  country?: string;
  source?: string;
  product?: string;
  ownerId?: string;
};

/** One stage change: the stage entered and when. The first step creates the deal. */
export type SeedStep = { stage: Stage; at: Date | string };

const SEED_USER = 'U0000SEED';

export async function seedLead(prisma: PrismaDatabase, teamId: string, lead: SeedLead): Promise<Lead> {
  const team = await prisma.team.update({
    where: { id: teamId },
    data: { leadCounter: { increment: 1 } },
    select: { leadCounter: true },
  });
  const created = await prisma.lead.create({
    data: {
      teamId,
      number: team.leadCounter,
      company: lead.company,
      companyKey: companyKey(lead.company),
      industry: lead.industry ?? null,
      segment: lead.segment ?? null,
      companySize: lead.companySize ?? null,
      country: lead.country ?? null,
      source: lead.source ?? null,
      product: lead.product ?? null,
      ownerId: lead.ownerId ?? SEED_USER,
      createdById: lead.ownerId ?? SEED_USER,
      createdAt: new Date(lead.createdAt),
    },
  });
  await refreshSeededFacts(prisma, teamId, [created.id]);
  return created;
}

function eventKind(from: Stage | null, to: Stage): { kind: string; skipped: string | null } {
  if (from === null) return { kind: 'create', skipped: null };
  const fromIndex = FUNNEL_STAGES.indexOf(from as (typeof FUNNEL_STAGES)[number]);
  const toIndex = FUNNEL_STAGES.indexOf(to as (typeof FUNNEL_STAGES)[number]);
  if (to === 'LOST' || toIndex === fromIndex + 1) return { kind: 'forward', skipped: null };
  if (from === 'LOST' || from === 'WON') return { kind: 'reopen', skipped: null };
  if (toIndex < fromIndex) return { kind: 'backward', skipped: null };
  return { kind: 'skip', skipped: FUNNEL_STAGES.slice(fromIndex + 1, toIndex).join(',') };
}

/** A deal of `lead` that went through `steps` in order; it ends in the last step's stage. */
export async function seedDeal(
  prisma: PrismaDatabase,
  teamId: string,
  lead: Pick<Lead, 'id'>,
  steps: SeedStep[],
  options: { valueMinor?: number; currency?: string } = {},
): Promise<Deal> {
  const [first] = steps;
  const last = steps[steps.length - 1];
  if (!first || !last) throw new Error('a seeded deal needs at least one step');
  const team = await prisma.team.update({
    where: { id: teamId },
    data: { dealCounter: { increment: 1 } },
    select: { dealCounter: true },
  });
  const currency = options.currency ?? 'EUR';
  const deal = await prisma.deal.create({
    data: {
      teamId,
      number: team.dealCounter,
      leadId: lead.id,
      stage: last.stage,
      valueMinor: options.valueMinor ?? null,
      currency,
      ownerId: SEED_USER,
      createdById: SEED_USER,
      createdAt: new Date(first.at),
      stageEnteredAt: new Date(last.at),
      closedAt: last.stage === 'WON' || last.stage === 'LOST' ? new Date(last.at) : null,
    },
  });
  let from: Stage | null = null;
  for (const step of steps) {
    const { kind, skipped } = eventKind(from, step.stage);
    await prisma.stageEvent.create({
      data: {
        teamId,
        dealId: deal.id,
        fromStage: from,
        toStage: step.stage,
        kind,
        skipped,
        at: new Date(step.at),
        byUserId: SEED_USER,
        valueMinor: options.valueMinor ?? null,
        currency,
      },
    });
    from = step.stage;
  }
  await countSeededEvents(prisma, teamId, deal.id);
  await refreshSeededFacts(prisma, teamId, [lead.id]);
  return deal;
}
