import type { ActionItemDetail } from '../../src/store/repos/actionItemStore';
import type { MeetingDetails, MeetingNoteRecord } from '../../src/store/repos/meetingStore';
import type { PipelineDeal } from '../../src/store/readModel/pipelineStore';

/** Builder-test rows for meetings, action items and deals; every field set, overridable. */
const MEETING = {
  periodStart: new Date('2026-11-15T23:00:00Z'),
  periodEnd: new Date('2026-11-29T23:00:00Z'),
};

export function actionItemFixture(overrides: Partial<ActionItemDetail> = {}): ActionItemDetail {
  return {
    id: 'item1',
    teamId: 'team1',
    meetingId: 'meeting1',
    ownerId: 'U0000BOB',
    text: 'Send Globex the revised offer',
    dueDate: new Date('2026-12-01T00:00:00Z'),
    dealId: null,
    leadId: null,
    channel: null,
    state: 'open',
    snoozedUntil: null,
    doneAt: null,
    doneById: null,
    lastRemindedOn: null,
    createdById: 'U0000ALICE',
    createdAt: new Date('2026-11-30T10:00:00Z'),
    dmChannelId: null,
    dmTs: null,
    deal: null,
    lead: null,
    meeting: MEETING,
    ...overrides,
  };
}

export function noteFixture(overrides: Partial<MeetingNoteRecord> = {}): MeetingNoteRecord {
  return {
    id: 'note1',
    teamId: 'team1',
    meetingId: 'meeting1',
    kind: 'decision',
    text: 'Stop display ads',
    kpi: null,
    clientKey: null,
    clientName: null,
    authorId: 'U0000ALICE',
    at: new Date('2026-11-30T10:00:00Z'),
    ...overrides,
  };
}

export function meetingDetailsFixture(overrides: Partial<MeetingDetails> = {}): MeetingDetails {
  const decisions = overrides.decisions ?? [noteFixture()];
  const actionItems = overrides.actionItems ?? [actionItemFixture()];
  return {
    meeting: {
      id: 'meeting1',
      teamId: 'team1',
      ...MEETING,
      digestRunId: null,
      heldAt: new Date('2026-11-30T11:00:00Z'),
      heldById: 'U0000ALICE',
      createdAt: new Date('2026-11-30T09:00:00Z'),
    },
    decisions,
    notes: [],
    actionItems,
    totals: {
      decisions: decisions.length,
      notes: 0,
      openItems: actionItems.filter((item) => item.state === 'open').length,
      doneItems: actionItems.filter((item) => item.state === 'done').length,
    },
    ...overrides,
  };
}

export function pipelineDealFixture(number: number, overrides: Partial<PipelineDeal> = {}): PipelineDeal {
  return {
    id: `deal${number}`,
    teamId: 'team1',
    number,
    leadId: `lead${number}`,
    stage: 'OFFER',
    valueMinor: 1_200_000,
    currency: 'EUR',
    discountPct: null,
    expectedCloseDate: null,
    problems: null,
    desiredOutcomes: null,
    offerRequestedAt: null,
    offerSentAt: null,
    negotiationRounds: 0,
    negotiationNotes: null,
    lostReason: null,
    lostReasonText: null,
    externalId: null,
    ownerId: 'U0000BOB',
    createdById: 'U0000BOB',
    createdAt: new Date('2026-11-01T10:00:00Z'),
    updatedAt: new Date('2026-11-01T10:00:00Z'),
    stageEnteredAt: new Date('2026-11-13T09:00:00Z'),
    closedAt: null,
    version: 1,
    lead: { number, company: `Company ${number}` },
    ...overrides,
  };
}
