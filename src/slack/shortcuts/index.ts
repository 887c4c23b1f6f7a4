import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { ShortcutIds } from '../ids';
import { registerLogClientFeedbackShortcut } from './logClientFeedback';

/** One registration per global or message shortcut, keyed by callback id (compared with manifest.yml). */
export const shortcutRegistrations: Record<string, (app: App, deps: SlackDependencies) => void> = {
  [ShortcutIds.logClientFeedback]: registerLogClientFeedbackShortcut,
};

export function registerShortcuts(app: App, deps: SlackDependencies): void {
  for (const register of Object.values(shortcutRegistrations)) register(app, deps);
}
