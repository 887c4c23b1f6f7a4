import type { Database } from './db/database';
import { DigestDetailsStore } from './readModel/digestDetailsStore';
import { DigestReminderStore } from './repos/digestReminderStore';
import { DigestRunStore } from './repos/digestRunStore';
import { DigestScheduleStore } from './repos/digestScheduleStore';
import { DraftStore } from './repos/draftStore';
import { ExchangeRateStore } from './repos/exchangeRateStore';
import { FeedbackStore } from './repos/feedbackStore';
import { IcpProfileStore } from './readModel/icpProfileStore';
import { IcpStore } from './repos/icpStore';
import { LeadStore } from './repos/leadStore';
import { MetricsStore } from './readModel/metrics';
import { ChangeStore } from './repos/changeStore';
import { DealStore } from './repos/dealStore';
import { PipelineStore } from './readModel/pipelineStore';
import { SpendStore } from './repos/spendStore';
import { PlanStore } from './repos/planStore';
import { UndoStore } from './repos/undoStore';
import { TeamStore } from './repos/teamStore';
import { TeamChannelStore } from './repos/teamChannelStore';
import { TeamMemberStore } from './repos/teamMemberStore';
import { TeamSettingsStore } from './repos/teamSettingsStore';
import { ProcessedEventStore } from './repos/processedEventStore';
import { PipelineFacts } from './readModel/facts/refreshFacts';
import { PipelineWriter } from './repos/pipelineWriter';
import { WorkspaceStore } from './repos/workspaceStore';
import { MeetingStore } from './repos/meetingStore';
import { ActionItemStore } from './repos/actionItemStore';
import { HomeStore } from './readModel/homeStore';
import { PeriodExportStore } from './readModel/periodExportStore';
import { CommandInboxStore } from './repos/commandInboxStore';
import { inboxMarkingClient } from './repos/inboxMarking';
import { SlackImportStore } from './repos/slackImportStore';

/** All database access, grouped by concept; built once in the composition root. */
export type Store = {
  database: Database;
  /** Every write of a lead, a deal or a stage event, with the pipeline facts kept in step. */
  pipelineWriter: PipelineWriter;
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
  spend: SpendStore;
  plans: PlanStore;
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
  // (src/store/repos/inboxMarking.ts); the stores that batch statements keep the plain client.
  const prisma = inboxMarkingClient(database.prisma);
  const marking = { ...database, prisma };
  const pipelineWriter = new PipelineWriter(prisma, facts);
  return {
    database,
    pipelineWriter,
    teams: new TeamStore(prisma),
    teamChannels: new TeamChannelStore(prisma),
    teamMembers: new TeamMemberStore(database.prisma),
    teamSettings: new TeamSettingsStore(prisma),
    leads: new LeadStore(prisma),
    drafts: new DraftStore(prisma),
    digestRuns: new DigestRunStore(database.prisma),
    digestSchedules: new DigestScheduleStore(prisma),
    digestDetails: new DigestDetailsStore(database.prisma),
    digestReminders: new DigestReminderStore(database.prisma),
    deals: new DealStore(prisma),
    pipeline: new PipelineStore(database.prisma),
    spend: new SpendStore(marking),
    plans: new PlanStore(prisma),
    changes: new ChangeStore(database.prisma),
    undo: new UndoStore(pipelineWriter),
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
