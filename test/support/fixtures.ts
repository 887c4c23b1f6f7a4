import type {
  ButtonAction,
  DatepickerAction,
  ExternalSelectAction,
  MultiUsersSelectAction,
  OverflowAction,
  StaticSelectAction,
  UsersSelectAction,
} from '@slack/bolt';

export { stateValues, type StateValueInput, type StateValuesMap } from './viewState';

/** Identifiers shared by every Slack test, named so a failing assertion reads like the scenario. */
export const TEAM_A = { id: 'T0000TEAMA', domain: 'team-a', name: 'Team A' } as const;
export const TEAM_B = { id: 'T0000TEAMB', domain: 'team-b', name: 'Team B' } as const;

export const ALICE = 'U0000ALICE';
export const BOB = 'U0000BOB';
export const CAROL = 'U0000CAROL';
export const DAVE = 'U0000DAVE';

export const SALES = 'C0000SALES';
export const MARKETING = 'C0000MKTG';
export const GENERAL = 'C0000GENERAL';

/** The Tandem app and its bot user, as auth.test reports them. */
export const APP_ID = 'A0000TANDEM';
export const BOT_USER_ID = 'U0000TANDEM';
export const BOT_ID = 'B0000TANDEM';
export const BOT_TOKEN = 'xoxb-0000-fake-tandem';
export const SIGNING_SECRET = 'fake-signing-secret-0123456789abcdef';
/** The deprecated verification token Slack still sends in every payload. */
export const VERIFICATION_TOKEN = 'fake-verification-token';

/** `U0000ALICE` → `alice`, `C0000SALES` → `sales`: readable names derived from fixture ids. */
export function nameFromId(id: string): string {
  return id.replace(/^[A-Z]0*/, '').toLowerCase();
}

/** The user object interactivity payloads carry. */
export function payloadUser(
  userId: string,
  teamId: string,
): { id: string; name: string; username: string; team_id: string } {
  const name = nameFromId(userId);
  return { id: userId, name, username: name, team_id: teamId };
}

export function payloadTeam(teamId: string): { id: string; domain: string } {
  return {
    id: teamId,
    domain: teamId === TEAM_B.id ? TEAM_B.domain : teamId === TEAM_A.id ? TEAM_A.domain : nameFromId(teamId),
  };
}

export function payloadChannel(channelId: string): { id: string; name: string } {
  return { id: channelId, name: channelId.startsWith('D') ? 'directmessage' : nameFromId(channelId) };
}

/** Slack-style `action_ts` / `event_ts`: seconds with microseconds. */
export function slackTimestamp(at: Date = new Date()): string {
  return `${Math.floor(at.getTime() / 1000)}.${String((at.getTime() % 1000) * 1000).padStart(6, '0')}`;
}

interface ActionOptions {
  blockId?: string;
}

function plainText(text: string): { type: 'plain_text'; text: string; emoji: boolean } {
  return { type: 'plain_text', text, emoji: true };
}

function option(
  value: string,
  text = value,
): { text: { type: 'plain_text'; text: string; emoji: boolean }; value: string } {
  return { text: plainText(text), value };
}

function base<T extends string>(type: T, actionId: string, options: ActionOptions) {
  return {
    type,
    action_id: actionId,
    block_id: options.blockId ?? `${actionId}_block`,
    action_ts: slackTimestamp(),
  };
}

/** A clicked button, as it appears in `block_actions.actions`. */
export function buttonAction(
  actionId: string,
  options: ActionOptions & { value?: string; text?: string } = {},
): ButtonAction {
  return {
    ...base('button', actionId, options),
    value: options.value,
    text: plainText(options.text ?? actionId),
  };
}

export function staticSelectAction(
  actionId: string,
  value: string,
  options: ActionOptions & { text?: string } = {},
): StaticSelectAction {
  return { ...base('static_select', actionId, options), selected_option: option(value, options.text) };
}

export function externalSelectAction(
  actionId: string,
  value: string,
  options: ActionOptions & { text?: string } = {},
): ExternalSelectAction {
  return { ...base('external_select', actionId, options), selected_option: option(value, options.text) };
}

export function overflowAction(
  actionId: string,
  value: string,
  options: ActionOptions & { text?: string } = {},
): OverflowAction {
  return { ...base('overflow', actionId, options), selected_option: option(value, options.text) };
}

export function usersSelectAction(
  actionId: string,
  userId: string,
  options: ActionOptions = {},
): UsersSelectAction {
  return { ...base('users_select', actionId, options), selected_user: userId };
}

export function multiUsersSelectAction(
  actionId: string,
  userIds: string[],
  options: ActionOptions = {},
): MultiUsersSelectAction {
  return { ...base('multi_users_select', actionId, options), selected_users: userIds };
}

/** A date picked in a datepicker; `date` is `YYYY-MM-DD`. */
export function datepickerAction(
  actionId: string,
  date: string | null,
  options: ActionOptions = {},
): DatepickerAction {
  return { ...base('datepicker', actionId, options), selected_date: date };
}

/** Events API event bodies (the inner `event`); `sendEvent` wraps them in an `event_callback` envelope. */
export function messageEvent(fields: {
  channel?: string;
  user?: string;
  text: string;
  ts?: string;
  threadTs?: string;
  channelType?: 'channel' | 'group' | 'im' | 'mpim';
  teamId?: string;
}): Record<string, unknown> {
  const ts = fields.ts ?? slackTimestamp();
  return {
    type: 'message',
    channel: fields.channel ?? SALES,
    user: fields.user ?? ALICE,
    text: fields.text,
    ts,
    event_ts: ts,
    ...(fields.threadTs === undefined ? {} : { thread_ts: fields.threadTs }),
    channel_type: fields.channelType ?? (fields.channel?.startsWith('D') ? 'im' : 'channel'),
    team: fields.teamId ?? TEAM_A.id,
  };
}

export function appMentionEvent(fields: {
  channel?: string;
  user?: string;
  text: string;
  ts?: string;
}): Record<string, unknown> {
  const ts = fields.ts ?? slackTimestamp();
  return {
    type: 'app_mention',
    channel: fields.channel ?? SALES,
    user: fields.user ?? ALICE,
    text: fields.text,
    ts,
    event_ts: ts,
  };
}

export function appHomeOpenedEvent(
  user: string = ALICE,
  tab: 'home' | 'messages' = 'home',
): Record<string, unknown> {
  return { type: 'app_home_opened', user, channel: `D${user}`, tab, event_ts: slackTimestamp() };
}

export function memberJoinedChannelEvent(user: string, channel: string = SALES): Record<string, unknown> {
  return {
    type: 'member_joined_channel',
    user,
    channel,
    channel_type: 'C',
    team: TEAM_A.id,
    event_ts: slackTimestamp(),
  };
}
