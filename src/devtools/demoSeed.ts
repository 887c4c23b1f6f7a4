import { millisecondsInDay } from 'date-fns/constants';
import type { Clock } from '../clock';
import { calendarDateIn, isoDate } from '../domain/calendar';
import type { Stage } from '../domain/stages';
import { DealService } from '../services/dealService';
import { FeedbackService } from '../services/feedbackService';
import { IcpService } from '../services/icpService';
import { LeadQualificationService } from '../services/leadQualificationService';
import { LeadService } from '../services/leadService';
import { SpendService } from '../services/spendService';
import type { Store } from '../store';
import type { TeamRecord } from '../store/repos/teamStore';
import {
  DEMO_CHANNELS,
  DEMO_COUNTRIES,
  DEMO_FEEDBACK,
  DEMO_ICP,
  DEMO_INDUSTRIES,
  DEMO_LOST_NOTES,
  DEMO_LOST_REASON_KEYS,
  DEMO_MARKETER,
  DEMO_PRODUCTS,
  DEMO_REPS,
  DEMO_SEGMENTS,
  DEMO_SIZES,
  DEMO_SLACK_TEAM_ID,
  DEMO_TEAM,
  demoCompany,
} from './demoCatalog';

/** A small deterministic random source (mulberry32), so every demo run seeds the same team. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (probability: number) => next() < probability,
    between: (low: number, high: number) => low + next() * (high - low),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    weighted: <T extends { weight: number }>(items: readonly T[]): T => {
      let roll = next() * items.reduce((sum, item) => sum + item.weight, 0);
      for (const item of items) {
        roll -= item.weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1] as T;
    },
  };
}

export type DemoSeedOptions = { now: Date; weeks?: number; leads?: number };
export type DemoSeedSummary = {
  team: TeamRecord;
  leads: number;
  deals: number;
  spendRows: number;
  feedback: number;
};

function assertDone(outcome: { kind: string }, what: string): void {
  if (!['added', 'moved', 'saved', 'updated', 'changed'].includes(outcome.kind)) {
    throw new Error(`demo seed: ${what} was refused (${JSON.stringify(outcome).slice(0, 300)})`);
  }
}

/**
 * Seeds a realistic team through the real services, walking a clock through the last `weeks`
 * weeks: leads over eight channels, deals in every stage with their events, spend per channel and
 * fortnight, client feedback and a written ICP.
 */
export async function seedDemoTeam(store: Store, options: DemoSeedOptions): Promise<DemoSeedSummary> {
  const random = randomSource(20261123);
  let current = options.now;
  const clock: Clock = { now: () => new Date(current) };
  const at = <T>(moment: Date, work: () => Promise<T>) => {
    current = moment;
    return work();
  };
  const services = {
    leads: new LeadService(store, clock),
    deals: new DealService(store, clock),
    qualification: new LeadQualificationService(store, clock),
    spend: new SpendService(store, clock),
    feedback: new FeedbackService(store, clock),
    icp: new IcpService(store, clock),
  };
  const seeded = await store.teams.ensure(DEMO_SLACK_TEAM_ID);
  // The team's settings and product list are written directly, as `/tandem settings` would save them.
  const team = await store.database.prisma.team.update({ where: { id: seeded.id }, data: DEMO_TEAM });
  await store.database.prisma.teamOption.createMany({
    data: DEMO_PRODUCTS.map((product, position) => ({
      teamId: team.id,
      kind: 'product',
      ...product,
      position,
    })),
  });
  // The demo posts its digest as the marketer, who runs the team's meeting.
  await store.teamMembers.assign(team.id, DEMO_MARKETER, 'facilitator');

  const weeks = options.weeks ?? 13;
  const start = new Date(options.now.getTime() - weeks * 7 * millisecondsInDay);
  const horizon = options.now.getTime() - 3_600_000;
  const leadCount = options.leads ?? 300;
  const createdTimes = Array.from(
    { length: leadCount },
    () => start.getTime() + random.next() * (horizon - start.getTime()),
  ).sort((a, b) => a - b);
  const icpIndustries = new Set(['logistics', 'food distribution', 'retail']);

  await at(new Date(start.getTime() + millisecondsInDay), async () =>
    assertDone(await services.icp.save(team.id, DEMO_REPS[0], 0, DEMO_ICP), 'the ICP'),
  );

  const dealsOfLeads: { leadNumber: number; dealNumber?: number; createdAt: number }[] = [];
  for (const [index, createdAt] of createdTimes.entries()) {
    const channel = random.weighted(DEMO_CHANNELS);
    const owner = random.pick(DEMO_REPS);
    const industry = random.pick(DEMO_INDUSTRIES);
    const added = await at(new Date(createdAt), () =>
      services.leads.add(team.id, owner, {
        company: demoCompany(index),
        ...(random.chance(0.04) ? {} : { source: channel.key }),
        industry,
        segment: random.pick(DEMO_SEGMENTS),
        companySize: random.pick(DEMO_SIZES),
        country: random.pick(DEMO_COUNTRIES),
        ...(random.chance(0.8) ? { product: random.pick(DEMO_PRODUCTS).key } : {}),
        ownerId: owner,
      }),
    );
    if (added.kind !== 'added') throw new Error(`demo seed: lead ${demoCompany(index)} was ${added.kind}`);
    const leadNumber = added.lead.number;
    const record: { leadNumber: number; dealNumber?: number; createdAt: number } = { leadNumber, createdAt };
    dealsOfLeads.push(record);
    const quality = Math.min(0.9, channel.quality + (icpIndustries.has(industry) ? 0.15 : -0.1));
    let moment = createdAt + random.between(0.5, 4) * millisecondsInDay;
    if (moment > horizon) continue;
    if (!random.chance(quality)) {
      if (random.chance(0.5)) {
        await at(new Date(moment), () =>
          services.qualification.disqualify(team.id, owner, leadNumber, 'not a fit'),
        );
      }
      continue;
    }
    const created = await at(new Date(moment), () =>
      services.deals.create(team, owner, {
        leadNumber,
        stage: 'QUALIFIED',
        draft: {},
        allowSecondDeal: false,
      }),
    );
    assertDone(created, `the deal of L-${leadNumber}`);
    if (created.kind !== 'moved') continue;
    const dealNumber = created.write.deal.number;
    record.dealNumber = dealNumber;
    const estimate = Math.round(random.between(6, 60)) * 1000;
    const journey: { stage: Stage; after: [number, number]; chance: number }[] = [
      { stage: 'DISCOVERY', after: [2, 6], chance: 0.85 },
      { stage: 'OFFER', after: [3, 8], chance: 0.8 },
      { stage: 'NEGOTIATION', after: [2, 7], chance: 0.85 },
    ];
    let lostAt: Stage | undefined;
    let stoppedEarly = false;
    for (const step of journey) {
      moment += random.between(...step.after) * millisecondsInDay;
      if (moment > horizon) {
        stoppedEarly = true;
        break;
      }
      if (!random.chance(step.chance)) {
        // Some deals die at this step; the others stall here and go stale.
        if (random.chance(0.5)) lostAt = step.stage;
        else stoppedEarly = true;
        break;
      }
      const draft = step.stage === 'DISCOVERY' && random.chance(0.2) ? {} : { value: String(estimate) };
      assertDone(
        await at(new Date(moment), () =>
          services.deals.change(team, owner, {
            number: dealNumber,
            change: { kind: 'move', stage: step.stage },
            draft,
          }),
        ),
        `D-${dealNumber} → ${step.stage}`,
      );
    }
    if (stoppedEarly || (lostAt === undefined && !random.chance(0.85))) continue;
    moment += random.between(3, 12) * millisecondsInDay;
    if (moment > horizon) continue;
    const won = lostAt === undefined && random.chance(0.7);
    const draft = won
      ? {
          value: String(Math.round(estimate * (1 - random.between(0, 0.15)))),
          discount: String(Math.round(random.between(0, 12))),
        }
      : (() => {
          // A quarter of the reps write their own words instead of picking from the list.
          if (random.chance(0.25)) return { reason: 'other', reasonOther: random.pick(DEMO_LOST_NOTES) };
          return { reason: random.pick(DEMO_LOST_REASON_KEYS) };
        })();
    assertDone(
      await at(new Date(moment), () =>
        services.deals.change(team, owner, {
          number: dealNumber,
          change: { kind: 'move', stage: won ? 'WON' : 'LOST' },
          draft,
        }),
      ),
      `D-${dealNumber} closing`,
    );
  }

  let spendRows = 0;
  const firstDay = calendarDateIn(start, DEMO_TEAM.timezone);
  const today = calendarDateIn(options.now, DEMO_TEAM.timezone);
  for (let from = firstDay.getTime(); from < today.getTime(); from += 14 * millisecondsInDay) {
    const last = new Date(Math.min(from + 13 * millisecondsInDay, today.getTime() - millisecondsInDay));
    for (const channel of DEMO_CHANNELS.filter((each) => each.spendPerFortnight > 0)) {
      const amount = Math.round(channel.spendPerFortnight * random.between(0.8, 1.2));
      const outcome = await at(new Date(Math.min(last.getTime() + millisecondsInDay, horizon)), () =>
        services.spend.add(team, DEMO_MARKETER, {
          channel: channel.key,
          amount: String(amount),
          period: `${isoDate(new Date(from))}..${isoDate(last)}`,
        }),
      );
      assertDone(outcome, `spend on ${channel.key}`);
      spendRows += 1;
    }
  }

  const feedbackKinds = [
    { kind: 'wish' as const, weight: 35 },
    { kind: 'complaint' as const, weight: 25 },
    { kind: 'praise' as const, weight: 25 },
    { kind: 'objection' as const, weight: 15 },
  ];
  const recent = dealsOfLeads.filter((record) => record.createdAt > horizon - 8 * 7 * millisecondsInDay);
  let feedback = 0;
  for (let index = 0; index < 80 && recent.length > 0; index += 1) {
    const about = random.pick(recent);
    const { kind } = random.weighted(feedbackKinds);
    const said = DEMO_FEEDBACK[kind];
    // Earlier wishes repeat more often, so the ranking has a clear leader.
    const entry = kind === 'wish' ? said[Math.floor(random.next() ** 2 * said.length)] : random.pick(said);
    const moment = about.createdAt + random.between(0.2, 1) * (horizon - about.createdAt);
    const outcome = await at(new Date(moment), () =>
      services.feedback.add(team.id, random.pick(DEMO_REPS), {
        kind,
        text: entry?.text ?? '',
        client: about.dealNumber ? `D-${about.dealNumber}` : `L-${about.leadNumber}`,
        ...(entry?.product ? { product: entry.product } : {}),
      }),
    );
    assertDone(outcome, 'feedback');
    feedback += 1;
  }

  current = options.now;
  const deals = await store.database.prisma.deal.count({ where: { teamId: team.id } });
  return { team, leads: leadCount, deals, spendRows, feedback };
}
