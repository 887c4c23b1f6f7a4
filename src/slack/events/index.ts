import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';

/** One registration per Events API event type (compared with manifest.yml's bot_events). */
export const eventRegistrations: Record<string, (app: App, deps: SlackDependencies) => void> = {};

export function registerEvents(app: App, deps: SlackDependencies): void {
  for (const register of Object.values(eventRegistrations)) register(app, deps);
}
