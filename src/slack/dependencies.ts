import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock';
import type { DigestRunner } from '../digest/digestRunner';
import type { FeedbackService } from '../services/feedbackService';
import type { IcpService } from '../services/icpService';
import type { DealService } from '../services/dealService';
import type { DigestScheduleService } from '../services/digestScheduleService';
import type { LeadQualificationService } from '../services/leadQualificationService';
import type { LeadService } from '../services/leadService';
import type { MeetingService } from '../services/meetingService';
import type { SpendService } from '../services/spendService';
import type { PlanService } from '../services/planService';
import type { UndoService } from '../services/undoService';
import type { WorkspaceService } from '../services/workspaceService';
import type { PermissionService } from '../services/permissions';
import type { TeamService } from '../services/teamService';
import type { Store } from '../store';
import type { SlackUsers } from '../people/slackUsers';
import type { WorkAfterAck } from './workAfterAck';
import type { CommandInbox } from './commandInbox';
import type { SlackPacer } from '../runtime/slackPacing';
import type { SlackImportService } from '../services/slackImportService';

/** What every Slack listener may use; passed in by the composition root, never imported as a singleton. */
export type SlackDependencies = {
  store: Store;
  clock: Clock;
  logger: Logger;
  leads: LeadService;
  deals: DealService;
  qualification: LeadQualificationService;
  spend: SpendService;
  plans: PlanService;
  undo: UndoService;
  feedback: FeedbackService;
  icp: IcpService;
  digests: DigestRunner;
  /** The digest's channel, weekday, time and cadence. */
  digestSchedules: DigestScheduleService;
  meetings: MeetingService;
  workspaces: WorkspaceService;
  /** users.info, cached: each user's locale and workspace admin/owner flags. */
  users: SlackUsers;
  teams: TeamService;
  permissions: PermissionService;
  /** Bounds how many acknowledged commands do their work at once. */
  workAfterAck: WorkAfterAck;
  /** Keeps slash commands that write from before their ack until their author is answered. */
  commandInbox: CommandInbox;
  /** Paces posts no one waits for (amended digest figures) within Slack's limits (src/runtime/slackPacing.ts). */
  pacer: SlackPacer;
  /** CSV imports sent in Slack: dry run, then Apply once. */
  imports: SlackImportService;
};
