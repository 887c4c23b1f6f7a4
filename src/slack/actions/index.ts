import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { registerFeedbackActions } from './feedbackActions';
import { registerIcpActions } from './icpActions';
import { registerLeadActions } from './leadActions';
import { registerDealActions } from './dealActions';
import { registerDigestActions } from './digestActions';
import { registerUndoAction } from './undo';
import { registerMeetingActions } from './meetingActions';
import { registerActionItemActions } from './actionItemActions';
import { registerHomeActions } from './homeActions';
import { registerRepFlowActions } from './repFlowActions';
import { registerImportApply } from './importApply';

export function registerActions(app: App, deps: SlackDependencies): void {
  registerLeadActions(app, deps);
  registerFeedbackActions(app, deps);
  registerIcpActions(app, deps);
  registerDealActions(app, deps);
  registerUndoAction(app, deps);
  registerDigestActions(app, deps);
  registerMeetingActions(app, deps);
  registerActionItemActions(app, deps);
  registerHomeActions(app, deps);
  registerRepFlowActions(app, deps);
  registerImportApply(app, deps);
}
