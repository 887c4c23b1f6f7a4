import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import { runWithRequestContext, type RequestContext } from '../../runtime/logContext';

type Body = Record<string, unknown>;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Body)[key] : undefined;
}

/** What kind of request a payload is, by its ids only: `command /lead`, `block_actions deal_move`... */
export function describeRequest(body: Body): string {
  const type = text(body.type);
  if (text(body.command)) return `command ${String(body.command)}`;
  if (type === 'event_callback') return `event ${text(field(body.event, 'type')) ?? 'unknown'}`;
  if (type === 'block_actions') {
    const [first] = Array.isArray(body.actions) ? body.actions : [];
    return `block_actions ${text(field(first, 'action_id')) ?? 'unknown'}`;
  }
  if (type === 'view_submission' || type === 'view_closed') {
    return `${type} ${text(field(body.view, 'callback_id')) ?? 'unknown'}`;
  }
  if (type === 'block_suggestion') return `block_suggestion ${text(body.action_id) ?? 'unknown'}`;
  if (type === 'shortcut' || type === 'message_action')
    return `${type} ${text(body.callback_id) ?? 'unknown'}`;
  return type ?? 'unknown';
}

function channelOf(body: Body): string | undefined {
  return text(body.channel_id) ?? text(field(body.channel, 'id')) ?? text(field(body.event, 'channel'));
}

export function requestContextOf(body: Body, context: Context): RequestContext {
  const eventId = text(body.event_id);
  const channelId = channelOf(body);
  return {
    request: describeRequest(body),
    ...(context.teamId ? { teamId: context.teamId } : {}),
    ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}),
    ...(context.userId ? { userId: context.userId } : {}),
    ...(channelId ? { channelId } : {}),
    ...(eventId ? { eventId } : {}),
    ...(context.retryNum ? { retryNum: context.retryNum } : {}),
  };
}

/** Every line logged while a request is handled carries its ids (src/runtime/logger.ts adds them). */
export const withRequestContext: Middleware<AnyMiddlewareArgs> = ({ body, context, next }) =>
  runWithRequestContext(requestContextOf(body as Body, context), next);
