import type {
  BlockSuggestion,
  EnvelopedEvent,
  MessageShortcut,
  SlashCommand,
  ViewClosedAction,
  ViewSubmitAction,
} from '@slack/bolt';
import type { FakeSlackApi } from './fakeSlackApi';
import {
  ALICE,
  SALES,
  TEAM_A,
  VERIFICATION_TOKEN,
  payloadChannel,
  payloadTeam,
  payloadUser,
  slackTimestamp,
} from './fixtures';
import {
  resolveMessage,
  type Actor,
  type BlockActionsInput,
  type BlockActionsPayload,
  type BlockSuggestionInput,
  type CommandInput,
  type EventOptions,
  type MessageShortcutInput,
  type SubmitViewOptions,
} from './slackPayloadInputs';
import { buildViewOutput, stateValues, type StateValuesMap, type ViewSource } from './viewState';

export type * from './slackPayloadInputs';

/** What the builders need besides the input: the app's identity, default actor and place, fresh ids. */
export interface PayloadContext {
  appId: string;
  botUserId: string;
  botId: string;
  userId: string;
  teamId: string;
  channelId: string;
  mintTriggerId(): string;
  mintResponseUrl(): string;
}

/** A context whose trigger_ids and response_urls the fake will accept and record. */
export function payloadContext(
  fake: FakeSlackApi,
  defaults: { userId?: string; teamId?: string; channelId?: string } = {},
): PayloadContext {
  return {
    appId: fake.identity.appId,
    botUserId: fake.identity.botUserId,
    botId: fake.identity.botId,
    userId: defaults.userId ?? ALICE,
    teamId: defaults.teamId ?? TEAM_A.id,
    channelId: defaults.channelId ?? SALES,
    mintTriggerId: () => fake.mintTriggerId(),
    mintResponseUrl: () => fake.responseUrl(),
  };
}

function who(context: PayloadContext, actor: Actor) {
  const teamId = actor.teamId ?? context.teamId;
  const userId = actor.userId ?? context.userId;
  return { teamId, team: payloadTeam(teamId), user: payloadUser(userId, teamId) };
}

function viewOutput(
  context: PayloadContext,
  view: ViewSource,
  teamId: string,
  values?: StateValuesMap,
  options: SubmitViewOptions = {},
) {
  return buildViewOutput(view, {
    values,
    teamId,
    appId: context.appId,
    botId: context.botId,
    callbackId: options.callbackId,
    privateMetadata: options.privateMetadata,
  });
}

/** The form fields of a slash command request. */
export function commandPayload(context: PayloadContext, input: CommandInput): SlashCommand {
  const { teamId, team, user } = who(context, input);
  const channel = payloadChannel(input.channelId ?? context.channelId);
  return {
    token: VERIFICATION_TOKEN,
    team_id: teamId,
    team_domain: team.domain,
    channel_id: channel.id,
    channel_name: channel.name,
    user_id: user.id,
    user_name: user.name,
    command: input.command,
    text: input.text ?? '',
    api_app_id: context.appId,
    is_enterprise_install: 'false',
    response_url: context.mintResponseUrl(),
    trigger_id: context.mintTriggerId(),
    ...input.fields,
  };
}

/** A `block_actions` payload from a message (with response_url) or from a view (without, as Slack does). */
export function blockActionsPayload(context: PayloadContext, input: BlockActionsInput): BlockActionsPayload {
  const { teamId, team, user } = who(context, input);
  const common = {
    type: 'block_actions' as const,
    user,
    team,
    api_app_id: context.appId,
    token: VERIFICATION_TOKEN,
    trigger_id: context.mintTriggerId(),
    is_enterprise_install: false,
    actions: Array.isArray(input.actions) ? input.actions : [input.actions],
  };
  if (input.view !== undefined) {
    const view = viewOutput(context, input.view, teamId, input.values);
    return { ...common, container: { type: 'view', view_id: view.id }, view, state: view.state };
  }
  const { message, channelId: postedIn } = resolveMessage(input.message, context.botUserId);
  const channelId = input.channelId ?? postedIn ?? context.channelId;
  const blocks = Array.isArray(message.blocks) ? (message.blocks as unknown[]) : [];
  return {
    ...common,
    container: {
      type: 'message',
      message_ts: message.ts,
      channel_id: channelId,
      is_ephemeral: input.ephemeral === true,
    },
    channel: payloadChannel(channelId),
    message,
    state: { values: stateValues(input.values ?? {}, blocks) },
    response_url: context.mintResponseUrl(),
  };
}

export function viewSubmissionPayload(
  context: PayloadContext,
  view: ViewSource,
  values: StateValuesMap = {},
  options: SubmitViewOptions = {},
): ViewSubmitAction {
  const { teamId, team, user } = who(context, options);
  return {
    type: 'view_submission',
    team,
    user,
    api_app_id: context.appId,
    token: VERIFICATION_TOKEN,
    trigger_id: context.mintTriggerId(),
    view: viewOutput(context, view, teamId, values, options),
    response_urls: [],
    is_enterprise_install: false,
  };
}

export function viewClosedPayload(
  context: PayloadContext,
  view: ViewSource,
  options: Actor & { isCleared?: boolean } = {},
): ViewClosedAction {
  const { teamId, team, user } = who(context, options);
  return {
    type: 'view_closed',
    team,
    user,
    api_app_id: context.appId,
    token: VERIFICATION_TOKEN,
    view: viewOutput(context, view, teamId),
    is_cleared: options.isCleared === true,
    is_enterprise_install: false,
  };
}

/** The options request Slack sends while a user types into an external_select. */
export function blockSuggestionPayload(
  context: PayloadContext,
  input: BlockSuggestionInput,
): BlockSuggestion {
  const { teamId, team, user } = who(context, input);
  const view = input.view === undefined ? undefined : viewOutput(context, input.view, teamId);
  const channel = payloadChannel(input.channelId ?? context.channelId);
  return {
    type: 'block_suggestion',
    user,
    team,
    api_app_id: context.appId,
    token: VERIFICATION_TOKEN,
    action_id: input.actionId,
    block_id: input.blockId ?? `${input.actionId}_block`,
    value: input.value,
    action_ts: slackTimestamp(),
    is_enterprise_install: false,
    ...(view
      ? { container: { type: 'view', view_id: view.id }, view }
      : { container: { type: 'message', channel_id: channel.id }, channel }),
  };
}

export function messageShortcutPayload(
  context: PayloadContext,
  input: MessageShortcutInput,
): MessageShortcut {
  const { team, user } = who(context, input);
  const { message, channelId: postedIn } = resolveMessage(input.message, context.botUserId);
  return {
    type: 'message_action',
    callback_id: input.callbackId,
    trigger_id: context.mintTriggerId(),
    response_url: context.mintResponseUrl(),
    message_ts: message.ts,
    message,
    user,
    channel: payloadChannel(input.channelId ?? postedIn ?? context.channelId),
    team,
    token: VERIFICATION_TOKEN,
    action_ts: slackTimestamp(),
    is_enterprise_install: false,
  };
}

let eventCounter = 0;

/** The Events API `event_callback` envelope around an event body. */
export function eventEnvelope(
  context: PayloadContext,
  event: Record<string, unknown>,
  options: EventOptions = {},
): EnvelopedEvent<Record<string, unknown>> {
  const teamId = options.teamId ?? context.teamId;
  return {
    token: VERIFICATION_TOKEN,
    team_id: teamId,
    context_team_id: teamId,
    api_app_id: context.appId,
    event,
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${String(++eventCounter).padStart(9, '0')}`,
    event_time: options.eventTime ?? Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: context.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}
