import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock';
import type { LeadService } from '../services/leadService';
import type { Store } from '../store';

/** What every Slack listener may use; passed in by the composition root, never imported as a singleton. */
export type SlackDependencies = {
  store: Store;
  clock: Clock;
  logger: Logger;
  leads: LeadService;
};
