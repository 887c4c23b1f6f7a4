import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who and what a log line is about: ids only, never what anyone typed. Set once per Slack
 * request by a global middleware; every line logged while handling it carries these fields.
 */
export type RequestContext = {
  /** e.g. `command /lead`, `view_submission lead_modal`, `event app_uninstalled` */
  request: string;
  teamId?: string;
  enterpriseId?: string;
  userId?: string;
  channelId?: string;
  eventId?: string;
  retryNum?: number;
};

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
