/** Renders every reply builder of the capture commands, for the language tests. */
import { formatAge, formatDay } from '../../../src/domain/dates';
import { problem } from '../../../src/domain/inputError';
import { DatabaseUnavailableError, NotFoundError } from '../../../src/errors';
import type { Language } from '../../../src/i18n/locales';
import { createTranslator, type Translator } from '../../../src/i18n/translator';
import { buildFailureMessage } from '../../../src/slack/failures';
import { buildDealListMessage } from '../../../src/views/messages/dealList';
import { buildDealHelpMessage } from '../../../src/views/messages/dealMessages';
import { buildDealOutcomeMessage } from '../../../src/views/messages/dealOutcomeMessage';
import { buildDealTimelineMessage } from '../../../src/views/messages/dealTimeline';
import {
  buildExportPostedMessage,
  buildExportRefusedMessage,
  exportUploadComment,
} from '../../../src/digest/export/exportMessages';
import {
  buildFeedbackHelpMessage,
  buildFeedbackListMessage,
  buildFeedbackSavedMessage,
} from '../../../src/views/messages/feedbackMessages';
import {
  buildIcpHelpMessage,
  buildIcpHistoryMessage,
  buildIcpNoteSavedMessage,
  buildIcpSavedMessage,
} from '../../../src/views/messages/icpMessages';
import { buildIcpProfileMessage } from '../../../src/views/messages/icpProfileMessage';
import {
  buildDuplicateWarningMessage,
  buildLeadDetailMessage,
  buildLeadHelpMessage,
  buildLeadListMessage,
  buildLeadSavedMessage,
} from '../../../src/views/messages/leadMessages';
import {
  buildLeadDealsSection,
  buildLeadStatusMessage,
} from '../../../src/views/messages/leadQualificationMessages';
import {
  buildSpendAddedMessage,
  buildSpendChannelsMessage,
  buildSpendHelpMessage,
  buildSpendListMessage,
} from '../../../src/views/messages/spendMessages';
import { echoBlockText } from '../../../src/views/messages/commandEcho';
import { buildUndoMessage } from '../../../src/views/messages/undoMessages';
import type { UndoOutcome } from '../../../src/store/repos/undoStore';
import { createTestLogger } from '../../support/testLogger';
import {
  CREATED,
  dealFixture,
  eventFixture,
  feedbackFixture,
  icpOverviewFixture,
  icpVersionFixture,
  leadFixture,
  MOVES,
  LOCALES,
  NOW,
  spendFixture,
  stageGroups,
  ZONE,
} from './replyFixtures';

const DAY = 86_400_000;
const ECHO = { command: '/deal', text: 'D-7 won value:10800' };

function formatters(t: Translator) {
  return {
    formatDate: (date: Date) => formatDay(date, ZONE, t),
    formatAge: (date: Date) => formatAge(date, NOW, ZONE, t),
  };
}

function leadReplies(t: Translator): Record<string, unknown> {
  const { formatDate, formatAge: age } = formatters(t);
  const lead = leadFixture();
  const deal = dealFixture();
  return {
    added: buildLeadSavedMessage(t, lead, 'Added', 'change-1'),
    updated: buildLeadSavedMessage(t, leadFixture({ status: 'disqualified' }), 'Updated'),
    duplicate: buildDuplicateWarningMessage(t, 'Kowalski', [lead], 'draft-1', formatDate),
    list: buildLeadListMessage(
      t,
      [lead, leadFixture({ createdAt: new Date(NOW.getTime() - DAY) })],
      { mine: true, source: 'seo' },
      age,
    ),
    listFromSource: buildLeadListMessage(t, [lead], { mine: false, source: 'seo' }, age),
    listMine: buildLeadListMessage(t, [leadFixture({ createdAt: NOW })], { mine: true }, age),
    listEmpty: buildLeadListMessage(t, [], { mine: false }, age),
    detail: buildLeadDetailMessage(t, lead, formatDate),
    detailNew: buildLeadDetailMessage(t, leadFixture({ status: 'new', statusReason: null }), formatDate),
    help: buildLeadHelpMessage(t, ['seo', 'paid_search']),
    disqualified: buildLeadStatusMessage(t, {
      kind: 'changed',
      lead: leadFixture({ status: 'disqualified' }),
      changeId: 'change-1',
      openDeals: [deal, dealFixture({ number: 8 })],
    }),
    qualified: buildLeadStatusMessage(t, { kind: 'changed', lead, changeId: 'change-1', openDeals: [] }),
    unchanged: buildLeadStatusMessage(t, { kind: 'unchanged', lead }),
    deals: buildLeadDealsSection(t, [deal]),
    noDeals: buildLeadDealsSection(t, []),
  };
}

function dealReplies(t: Translator): Record<string, unknown> {
  const deal = dealFixture();
  const lead = leadFixture({ status: 'new' });
  const write = (plan: (typeof MOVES)[number]) => ({
    deal,
    event: eventFixture({ reason: 'termin' }),
    changeId: 'change-1',
    qualifiedLead: leadFixture(),
    plan,
  });
  const events = MOVES.map((plan) =>
    eventFixture({
      fromStage: plan.fromStage,
      toStage: plan.toStage,
      kind: plan.kind,
      skipped: plan.skipped.length > 0 ? plan.skipped.join(',') : null,
    }),
  );
  const durations = {
    timeInStage: { LEAD: 3_600_000 * 5, OFFER: DAY * 3 + 3_600_000 * 4, NEGOTIATION: DAY * 9 },
    inCurrentStage: 60_000,
    offerPreparation: DAY * 2,
    negotiation: DAY * 9,
    negotiationRounds: 2,
    timeToClose: DAY * 21,
  };
  const lostReasons = [{ key: 'budget', label: 'Budżet' }];
  const replies: Record<string, unknown> = {
    updated: buildDealOutcomeMessage(t, { kind: 'updated', deal, changeId: 'change-1' }, ECHO),
    invalid: buildDealOutcomeMessage(
      t,
      { kind: 'invalid', problems: [problem('company', 'problem.lead.companyRequired')] },
      ECHO,
    ),
    conflict: buildDealOutcomeMessage(
      t,
      { kind: 'conflict', current: deal, lastEvent: eventFixture() },
      ECHO,
    ),
    conflictNoEvent: buildDealOutcomeMessage(
      t,
      { kind: 'conflict', current: deal, lastEvent: undefined },
      ECHO,
    ),
    openDeals: buildDealOutcomeMessage(t, { kind: 'lead_has_open_deals', lead, openDeals: [deal] }, ECHO),
    help: buildDealHelpMessage(t, lostReasons),
    list: buildDealListMessage(t, stageGroups(22), { stage: 'OFFER', mine: true }, () => 5),
    listOpen: buildDealListMessage(t, stageGroups(1), { mine: false }, () => 0),
    listEmpty: buildDealListMessage(t, [], { mine: true }, () => 0),
    timeline: buildDealTimelineMessage(t, { deal, events, durations }, { timeZone: ZONE, lostReasons }),
    timelineClosed: buildDealTimelineMessage(
      t,
      {
        deal: dealFixture({ stage: 'LOST', closedAt: NOW }),
        events: Array.from({ length: 62 }, () => events[1] ?? eventFixture()),
        durations: { ...durations, negotiationRounds: 1, offerPreparation: undefined, timeInStage: {} },
      },
      { timeZone: ZONE, lostReasons },
    ),
  };
  MOVES.forEach((plan) => {
    replies[`moved ${plan.kind}`] = buildDealOutcomeMessage(
      t,
      { kind: 'moved', write: write(plan), plan },
      ECHO,
    );
  });
  for (const refusal of [
    { reason: 'closed', stage: 'WON' },
    { reason: 'same_stage', stage: 'OFFER' },
    { reason: 'not_closed', stage: 'OFFER' },
    { reason: 'reopen_to_closed', stage: 'LOST' },
  ] as const) {
    replies[`refused ${refusal.reason}`] = buildDealOutcomeMessage(
      t,
      { kind: 'refused', deal, refusal },
      ECHO,
    );
  }
  return replies;
}

function otherReplies(t: Translator): Record<string, unknown> {
  const { formatDate, formatAge: age } = formatters(t);
  const report = {
    window: { start: new Date('2026-11-01T00:00:00Z'), end: new Date('2026-12-01T00:00:00Z') },
    shares: [{ channel: 'paid_search', currency: 'PLN', shareMinor: 450_000, entries: 30 }],
    entries: [spendFixture(14), spendFixture(1, { note: null })],
  };
  const overview = (period: Parameters<typeof buildFeedbackListMessage>[1]['window']['period']) => ({
    window: { start: CREATED, end: NOW, period },
    items: [
      feedbackFixture(),
      feedbackFixture({ lead: null, deal: null, messageAuthorId: null, permalink: null }),
    ],
    countsByKind: new Map([['complaint', 2]]),
    wishes: [
      { product: 'analytics', clients: 2, mentions: 3 },
      { product: null, clients: 1, mentions: 1 },
    ],
  });
  const logger = createTestLogger();
  const context = { action: 'test', teamId: 'T1', userId: 'U1' };
  const refused = (refusal: Extract<UndoOutcome, { kind: 'refused' }>['refusal']): UndoOutcome => ({
    kind: 'refused',
    reference: 'D-7',
    refusal,
  });
  return {
    spendAdded: buildSpendAddedMessage(t, spendFixture(14)),
    spendOneDay: buildSpendAddedMessage(t, spendFixture(1, { note: null })),
    spendChannels: buildSpendChannelsMessage(t, [{ key: 'seo', label: 'SEO' }]),
    spendList: buildSpendListMessage(t, report),
    spendListAll: buildSpendListMessage(t, {
      ...report,
      shares: [{ channel: 'paid_search', currency: 'PLN', shareMinor: 450_000, entries: 2 }],
    }),
    spendListEmpty: buildSpendListMessage(t, { ...report, entries: [] }),
    spendHelp: buildSpendHelpMessage(t, [{ key: 'seo', label: 'SEO' }]),
    feedbackSaved: buildFeedbackSavedMessage(t, feedbackFixture()),
    feedbackSavedNoClient: buildFeedbackSavedMessage(t, feedbackFixture({ lead: null, kind: 'wish' })),
    feedbackList30d: buildFeedbackListMessage(
      t,
      overview({ kind: 'days', days: 30, count: 30, unit: 'day' }),
      age,
    ),
    feedbackList1d: buildFeedbackListMessage(
      t,
      overview({ kind: 'days', days: 1, count: 1, unit: 'day' }),
      age,
    ),
    feedbackList1w: buildFeedbackListMessage(
      t,
      overview({ kind: 'days', days: 7, count: 1, unit: 'week' }),
      age,
    ),
    feedbackList6w: buildFeedbackListMessage(
      t,
      { ...overview({ kind: 'days', days: 42, count: 6, unit: 'week' }), kind: 'wish' },
      age,
    ),
    feedbackListDates: buildFeedbackListMessage(
      t,
      { ...overview({ kind: 'dates', range: report.window }), kind: 'objection', items: [], wishes: [] },
      age,
    ),
    feedbackHelp: buildFeedbackHelpMessage(t),
    icpSaved: buildIcpSavedMessage(t, icpVersionFixture()),
    icpHistory: buildIcpHistoryMessage(t, [icpVersionFixture()], formatDate),
    icpHistoryEmpty: buildIcpHistoryMessage(t, [], formatDate),
    icpNote: buildIcpNoteSavedMessage(t, icpOverviewFixture().notes[0]!, 3),
    icpHelp: buildIcpHelpMessage(t),
    icpProfile: buildIcpProfileMessage(t, icpOverviewFixture(), formatDate),
    icpProfileEmpty: buildIcpProfileMessage(
      t,
      {
        ...icpOverviewFixture(),
        written: undefined,
        notes: [],
        profile: { ...icpOverviewFixture().profile, flags: [], salesReady: [] },
      },
      formatDate,
    ),
    undoGone: buildUndoMessage(t, { kind: 'gone' }, ZONE),
    undoLead: buildUndoMessage(
      t,
      { kind: 'undone', undone: { entityType: 'lead', action: 'update', number: 12, lead: leadFixture() } },
      ZONE,
    ),
    undoLeadQualify: buildUndoMessage(
      t,
      { kind: 'undone', undone: { entityType: 'lead', action: 'qualify', number: 12, lead: leadFixture() } },
      ZONE,
    ),
    undoLeadRemoved: buildUndoMessage(
      t,
      { kind: 'undone', undone: { entityType: 'lead', action: 'create', number: 12, lead: undefined } },
      ZONE,
    ),
    undoDeal: buildUndoMessage(
      t,
      {
        kind: 'undone',
        undone: { entityType: 'deal', action: 'move', number: 7, deal: dealFixture(), leadRestored: true },
      },
      ZONE,
    ),
    undoDealRemoved: buildUndoMessage(
      t,
      {
        kind: 'undone',
        undone: { entityType: 'deal', action: 'create', number: 7, deal: undefined, leadRestored: false },
      },
      ZONE,
    ),
    undoAlready: buildUndoMessage(t, refused({ reason: 'already_undone', at: NOW }), ZONE),
    undoNotAuthor: buildUndoMessage(t, refused({ reason: 'not_author', authorId: 'U2' }), ZONE),
    undoExpired: buildUndoMessage(t, refused({ reason: 'expired', minutesAgo: 16 }), ZONE),
    undoChanged: buildUndoMessage(t, refused({ reason: 'changed_since', byUserId: 'U2', at: NOW }), ZONE),
    undoHasDeals: buildUndoMessage(t, refused({ reason: 'has_deals', dealNumbers: [1, 2] }), ZONE),
    exportComment: exportUploadComment(t, '2–15 Nov 2026', 'U1'),
    exportPosted: buildExportPostedMessage(t, '2–15 Nov 2026', 'C1', [
      { filename: 'a', title: 'a', content: '', rows: 5 },
      { filename: 'b', title: 'b', content: '', rows: 1 },
    ]),
    exportNotInChannel: buildExportRefusedMessage(t, 'not_in_channel', 'C1'),
    exportNoScope: buildExportRefusedMessage(t, 'missing_scope', 'C1'),
    exportRefused: buildExportRefusedMessage(t, 'file_uploads_disabled', 'C1'),
    failureLead: buildFailureMessage(t, new NotFoundError('Lead', 'L-9'), context, logger),
    failureDeal: buildFailureMessage(t, new NotFoundError('Deal', 'D-9'), context, logger),
    failureOther: buildFailureMessage(t, new NotFoundError('Note', 'N-9'), context, logger),
    failureDatabase: buildFailureMessage(
      t,
      new DatabaseUnavailableError(new Error('down')),
      context,
      logger,
      ECHO,
    ),
    failureUnexpected: buildFailureMessage(t, new Error('boom'), context, logger, ECHO),
    echo: echoBlockText(t, '/lead', 'Acme'),
  };
}

/** Every command reply and ephemeral message, in each situation it answers, keyed by a name for failures. */
export function allReplies(language: Language): Record<string, unknown> {
  const t = createTranslator(LOCALES[language]);
  return { ...leadReplies(t), ...dealReplies(t), ...otherReplies(t) };
}
