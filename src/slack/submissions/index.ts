import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { registerFeedbackModalSubmission } from './feedbackModal';
import { registerIcpModalSubmission } from './icpModal';
import { registerLeadModalSubmission } from './leadModal';
import { registerDealModalSubmission } from './dealModal';
import { registerDigestScheduleSubmission } from './digestScheduleModal';
import { registerSpendModalSubmission } from './spendModal';
import { registerMeetingModalSubmissions } from './meetingModals';
import { registerTeamSettingsSubmission } from './teamSettingsModal';
import { registerImportModalSubmission } from './importModal';

export function registerSubmissions(app: App, deps: SlackDependencies): void {
  registerLeadModalSubmission(app, deps);
  registerFeedbackModalSubmission(app, deps);
  registerIcpModalSubmission(app, deps);
  registerDealModalSubmission(app, deps);
  registerSpendModalSubmission(app, deps);
  registerDigestScheduleSubmission(app, deps);
  registerMeetingModalSubmissions(app, deps);
  registerTeamSettingsSubmission(app, deps);
  registerImportModalSubmission(app, deps);
}
