import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { registerCountryOptions } from './countryOptions';

export function registerOptions(app: App, _deps: SlackDependencies): void {
  registerCountryOptions(app);
}
