import type { App } from '@slack/bolt';
import type { SlackDependencies } from '../dependencies';
import { Commands } from '../ids';
import { registerFeedbackCommand } from './feedback';
import { registerIcpCommand } from './icp';
import { registerLeadCommand } from './lead';
import { registerDealCommand } from './deal';
import { registerDigestCommand } from './digest';
import { registerSpendCommand } from './spend';
import { registerPlanCommand } from './plan';
import { registerMeetingCommand } from './meeting';
import { registerTandemCommand } from './tandem';

/** One registration per slash command; the manifest test compares these keys with manifest.yml. */
export const commandRegistrations: Record<string, (app: App, deps: SlackDependencies) => void> = {
  [Commands.lead]: registerLeadCommand,
  [Commands.feedback]: registerFeedbackCommand,
  [Commands.icp]: registerIcpCommand,
  [Commands.deal]: registerDealCommand,
  [Commands.spend]: registerSpendCommand,
  [Commands.plan]: registerPlanCommand,
  [Commands.digest]: registerDigestCommand,
  [Commands.meeting]: registerMeetingCommand,
  [Commands.tandem]: registerTandemCommand,
};

export function registerCommands(app: App, deps: SlackDependencies): void {
  for (const register of Object.values(commandRegistrations)) register(app, deps);
}
