import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { Commands } from '../ids';
import { registerLeadCommand } from './lead';

/** One registration per slash command; the manifest test compares these keys with manifest.yml. */
export const commandRegistrations: Record<string, (app: App, deps: SlackDependencies) => void> = {
  [Commands.lead]: registerLeadCommand,
};

export function registerCommands(app: App, deps: SlackDependencies): void {
  for (const register of Object.values(commandRegistrations)) register(app, deps);
}
