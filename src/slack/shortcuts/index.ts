import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';

/** One registration per global or message shortcut, keyed by callback id (compared with manifest.yml). */
export const shortcutRegistrations: Record<string, (app: App, deps: SlackDependencies) => void> = {};

export function registerShortcuts(app: App, deps: SlackDependencies): void {
  for (const register of Object.values(shortcutRegistrations)) register(app, deps);
}
