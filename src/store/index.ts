import type { Database } from './database';
import { DigestDetailsStore } from './digestDetailsStore';
import { DigestReminderStore } from './digestReminderStore';
import { DigestRunStore } from './digestRunStore';
import { DigestScheduleStore } from './digestScheduleStore';
import { DraftStore } from './draftStore';
import { ExchangeRateStore } from './exchangeRateStore';
import { FeedbackStore } from './feedbackStore';
import { IcpProfileStore } from './icpProfileStore';
import { IcpStore } from './icpStore';
import { LeadStore } from './leadStore';
import { MetricsStore } from './metrics';
import { ChangeStore } from './changeStore';
import { DealStore } from './dealStore';
import { LeadStatusStore } from './leadStatusStore';
import { PipelineStore } from './pipelineStore';
import { SpendStore } from './spendStore';
import { UndoStore } from './undoStore';
import { TeamStore } from './teamStore';
import { TeamChannelStore } from './teamChannelStore';
import { TeamMemberStore } from './teamMemberStore';
import { TeamSettingsStore } from './teamSettingsStore';
import { ProcessedEventStore } from './processedEventStore';
import { PipelineFacts } from './facts/refreshFacts';
import { WorkspaceStore } from './workspaceStore';
import { MeetingStore } from './meetingStore';
import { ActionItemStore } from './actionItemStore';
import { HomeStore } from './homeStore';
import { PeriodExportStore } from './periodExportStore';
import { CommandInboxStore } from './commandInboxStore';
import { inboxMarkingClient } from './inboxMarking';
import { SlackImportStore } from './slackImportStore';

/** All database access, grouped by concept; built once in the composition root. */
export type Store = {
  database: Database;
  teams: TeamStore;
  teamChannels: TeamChannelStore;
  teamMembers: TeamMemberStore;
  teamSettings: TeamSettingsStore;
  leads: LeadStore;
  drafts: DraftStore;
  digestRuns: DigestRunStore;
  digestSchedules: DigestScheduleStore;
  digestDetails: DigestDetailsStore;
  digestReminders: DigestReminderStore;
  deals: DealStore;
  pipeline: PipelineStore;
  leadStatus: LeadStatusStore;
  spend: SpendStore;
  changes: ChangeStore;
  undo: UndoStore;
  feedback: FeedbackStore;
  icp: IcpStore;
  icpProfile: IcpProfileStore;
  metrics: MetricsStore;
  workspaces: WorkspaceStore;
  processedEvents: ProcessedEventStore;
  meetings: MeetingStore;
  actionItems: ActionItemStore;
  home: HomeStore;
  periodExports: PeriodExportStore;
  /** Slash commands kept from before their ack until their author is answered. */
  commandInbox: CommandInboxStore;
  exchangeRates: ExchangeRateStore;
  /** CSV imports started in Slack: the dry run's row, claimed once by Apply. */
  slackImports: SlackImportStore;
};

export function createStore(database: Database): Store {
  const facts = new PipelineFacts(database.provider);
  // Stores write through a client that lets a command's first write mark its inbox row done
  // (src/store/inboxMarking.ts); the stores that batch statements keep the plain client.
  const prisma = inboxMarkingClient(database.prisma);
  const marking = { ...database, prisma };
  return {
    database,
    teams: new TeamStore(prisma),
    teamChannels: new TeamChannelStore(prisma),
    teamMembers: new TeamMemberStore(database.prisma),
    teamSettings: new TeamSettingsStore(prisma),
    leads: new LeadStore(prisma, facts),
    drafts: new DraftStore(prisma),
    digestRuns: new DigestRunStore(database.prisma),
    digestSchedules: new DigestScheduleStore(prisma),
    digestDetails: new DigestDetailsStore(database.prisma),
    digestReminders: new DigestReminderStore(database.prisma),
    deals: new DealStore(prisma, facts),
    pipeline: new PipelineStore(database.prisma),
    leadStatus: new LeadStatusStore(prisma, facts),
    spend: new SpendStore(marking),
    changes: new ChangeStore(database.prisma),
    undo: new UndoStore(prisma, facts),
    feedback: new FeedbackStore(prisma),
    icp: new IcpStore(prisma),
    icpProfile: new IcpProfileStore(database),
    metrics: new MetricsStore(database),
    workspaces: new WorkspaceStore(database.prisma),
    processedEvents: new ProcessedEventStore(database.prisma),
    meetings: new MeetingStore(prisma),
    actionItems: new ActionItemStore(prisma),
    home: new HomeStore(database.prisma),
    periodExports: new PeriodExportStore(database.prisma),
    commandInbox: new CommandInboxStore(database.prisma),
    exchangeRates: new ExchangeRateStore(database.prisma),
    slackImports: new SlackImportStore(database.prisma),
  };
}
