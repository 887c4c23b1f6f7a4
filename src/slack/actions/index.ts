import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { registerLeadActions } from './leadActions';

export function registerActions(app: App, deps: SlackDependencies): void {
  registerLeadActions(app, deps);
}
