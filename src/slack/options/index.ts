import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { registerCountryOptions } from './countryOptions';
import { registerFeedbackClientOptions } from './feedbackClientOptions';
import { registerLeadOptions } from './leadOptions';
import { registerMeetingRecordOptions } from './meetingRecordOptions';

export function registerOptions(app: App, deps: SlackDependencies): void {
  registerCountryOptions(app, deps);
  registerFeedbackClientOptions(app, deps);
  registerLeadOptions(app, deps);
  registerMeetingRecordOptions(app, deps);
}
