import type { App } from '@slack/bolt';
import { registerActions } from './actions';
import { registerCommands } from './commands';
import type { SlackDependencies } from './dependencies';
import { registerEvents } from './events';
import { registerOptions } from './options';
import { registerShortcuts } from './shortcuts';
import { registerSubmissions } from './submissions';

/** Registers every Slack listener; each kind keeps one small file per listener. */
export function registerListeners(app: App, deps: SlackDependencies): void {
  registerCommands(app, deps);
  registerSubmissions(app, deps);
  registerActions(app, deps);
  registerOptions(app, deps);
  registerShortcuts(app, deps);
  registerEvents(app, deps);
}
