import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { registerLeadModalSubmission } from './leadModal';

export function registerSubmissions(app: App, deps: SlackDependencies): void {
  registerLeadModalSubmission(app, deps);
}
