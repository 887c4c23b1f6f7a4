import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { EventTypes } from '../ids';
import { registerAppUninstalled } from './appUninstalled';
import { registerTokensRevoked } from './tokensRevoked';
import { registerAppHomeOpened } from './appHomeOpened';
import { registerDirectMessageFile } from './directMessageFile';

/** One registration per Events API event type (compared with manifest.yml's bot_events). */
export const eventRegistrations: Record<string, (app: App, deps: SlackDependencies) => void> = {
  [EventTypes.appUninstalled]: registerAppUninstalled,
  [EventTypes.tokensRevoked]: registerTokensRevoked,
  [EventTypes.appHomeOpened]: registerAppHomeOpened,
  // Bolt hears message.im as `message` with channel_type `im`.
  [EventTypes.messageIm]: registerDirectMessageFile,
};

export function registerEvents(app: App, deps: SlackDependencies): void {
  for (const register of Object.values(eventRegistrations)) register(app, deps);
}
