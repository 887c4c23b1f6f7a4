import { nameFromId } from './fixtures';
import type { FakeSlackState, MethodHandler } from './fakeSlackState';
import { parseJsonField } from './recordedCall';
import {
  missingField,
  parseView,
  slackError,
  validateMessageBlocks,
  type SlackApiResult,
} from './slackValidation';

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** The methods the fake implements; anything else answers `unknown_method`. */
export function builtInHandlers(state: FakeSlackState): Record<string, MethodHandler> {
  const { identity } = state;
  const botMessage = (body: Record<string, unknown>, ts: string): Record<string, unknown> => ({
    type: 'message',
    text: str(body.text) ?? '',
    user: identity.botUserId,
    bot_id: identity.botId,
    app_id: identity.appId,
    team: identity.teamId,
    ts,
    ...(body.blocks === undefined ? {} : { blocks: parseJsonField(body.blocks) }),
    ...(body.thread_ts === undefined ? {} : { thread_ts: str(body.thread_ts) }),
    ...(body.metadata === undefined ? {} : { metadata: parseJsonField(body.metadata) }),
  });
  const messageProblem = (body: Record<string, unknown>): SlackApiResult | undefined => {
    if (body.channel === undefined || body.channel === '') return slackError('channel_not_found');
    if (body.text === undefined && body.blocks === undefined && body.attachments === undefined)
      return slackError('no_text');
    if ((str(body.text) ?? '').length > 40000) return slackError('msg_too_long');
    return validateMessageBlocks(body.blocks);
  };
  const openView: MethodHandler = ({ body }) => {
    const problem = state.triggerProblem(str(body.trigger_id) ?? str(body.interactivity_pointer));
    if (problem) return problem;
    const parsed = parseView(body.view);
    if ('error' in parsed) return parsed.error;
    return { ok: true, view: state.saveView(parsed.view, undefined) };
  };

  return {
    'auth.test': () => ({
      ok: true,
      url: `https://${identity.teamDomain}.slack.com/`,
      team: identity.teamName,
      user: nameFromId(identity.botUserId),
      team_id: identity.teamId,
      user_id: identity.botUserId,
      bot_id: identity.botId,
      is_enterprise_install: false,
    }),
    'chat.postMessage': ({ body }) => {
      const problem = messageProblem(body);
      if (problem) return problem;
      const ts = state.nextTs();
      return { ok: true, channel: str(body.channel), ts, message: botMessage(body, ts) };
    },
    'chat.postEphemeral': ({ body }) =>
      missingField(body, 'user') ?? messageProblem(body) ?? { ok: true, message_ts: state.nextTs() },
    'chat.update': ({ body }) => {
      const problem = missingField(body, 'ts') ?? messageProblem(body);
      if (problem) return problem;
      const ts = str(body.ts) ?? '';
      return {
        ok: true,
        channel: str(body.channel),
        ts,
        text: str(body.text) ?? '',
        message: botMessage(body, ts),
      };
    },
    'chat.delete': ({ body }) =>
      missingField(body, 'channel', 'ts') ?? { ok: true, channel: str(body.channel), ts: str(body.ts) },
    'chat.getPermalink': ({ body }) =>
      missingField(body, 'channel', 'message_ts') ?? {
        ok: true,
        channel: str(body.channel),
        permalink: state.permalink(str(body.channel) ?? '', str(body.message_ts) ?? ''),
      },
    'views.open': openView,
    'views.push': openView,
    'views.update': ({ body }) => {
      const viewId = str(body.view_id);
      const externalId = str(body.external_id);
      if (!viewId && !externalId) return slackError('invalid_arguments', 'missing required field: view_id');
      const existing = viewId
        ? state.views.get(viewId)
        : [...state.views.values()].find((view) => view.external_id === externalId);
      // Views the fake never opened (ids minted by payload fixtures) are accepted, as if opened earlier.
      if (!existing && !viewId) return slackError('not_found');
      if (existing && body.hash !== undefined && body.hash !== existing.hash)
        return slackError('hash_conflict');
      const parsed = parseView(body.view);
      if ('error' in parsed) return parsed.error;
      return { ok: true, view: state.saveView(parsed.view, existing ?? { id: viewId }) };
    },
    'views.publish': ({ body }) => {
      const problem = missingField(body, 'user_id');
      if (problem) return problem;
      const parsed = parseView(body.view);
      if ('error' in parsed) return parsed.error;
      if (parsed.view.type !== 'home')
        return slackError('invalid_arguments', 'must be home [json-pointer:/view/type]');
      const homeId = `VHOME${str(body.user_id) ?? ''}`;
      return { ok: true, view: state.saveView(parsed.view, state.views.get(homeId) ?? { id: homeId }) };
    },
    'users.info': ({ body }) => {
      const user = str(body.user);
      return user ? { ok: true, user: state.user(user) } : slackError('user_not_found');
    },
    'conversations.info': ({ body }) => {
      const channel = str(body.channel);
      return channel ? { ok: true, channel: state.channel(channel) } : slackError('channel_not_found');
    },
    'conversations.open': ({ body }) => {
      const users = (str(body.users) ?? '').split(',').filter((user) => user !== '');
      const channel =
        str(body.channel) ??
        (users.length === 1 ? `D${users[0]}` : users.length > 1 ? `G${users.join('')}` : '');
      return channel ? { ok: true, channel: { id: channel } } : slackError('users_list_not_supplied');
    },
    // Needs users:read.email; Slack answers users_not_found for an address nobody in the workspace has.
    'users.lookupByEmail': ({ body }) => {
      const problem = missingField(body, 'email');
      if (problem) return problem;
      const user = state.userByEmail(str(body.email) ?? '');
      return user ? { ok: true, user } : slackError('users_not_found');
    },
    // Needs files:read; the download itself is GET url_private with the token (fakeSlackApi.ts).
    'files.info': ({ body }) => {
      const problem = missingField(body, 'file');
      if (problem) return problem;
      const file = state.findFile(str(body.file) ?? '');
      return file?.bytes ? { ok: true, file: state.fileObject(file) } : slackError('file_not_found');
    },
    'files.getUploadURLExternal': ({ body }) => {
      const problem = missingField(body, 'filename', 'length');
      if (problem) return problem;
      const id = state.nextId('F');
      state.files.push({
        id,
        filename: str(body.filename) ?? '',
        length: Number(body.length),
        title: undefined,
        bytes: undefined,
        contentType: undefined,
        completed: false,
        channelId: undefined,
        initialComment: undefined,
        threadTs: undefined,
      });
      return { ok: true, upload_url: `${state.baseUrl}/upload/${id}`, file_id: id };
    },
    'files.completeUploadExternal': ({ body }) => {
      const requested = parseJsonField(body.files);
      if (!Array.isArray(requested) || requested.length === 0)
        return slackError('invalid_arguments', 'missing required field: files');
      const entries = requested.map((entry: unknown) =>
        entry !== null && typeof entry === 'object' ? (entry as Record<string, unknown>) : {},
      );
      const files = entries.map((entry) => state.findFile(str(entry.id) ?? ''));
      if (files.some((file) => file?.bytes === undefined)) return slackError('file_not_found');
      const channelId = str(body.channel_id) ?? str(body.channels);
      return {
        ok: true,
        files: files.flatMap((file, index) => {
          if (!file) return [];
          Object.assign(file, {
            title: str(entries[index]?.title) ?? file.filename,
            completed: true,
            channelId,
            initialComment: str(body.initial_comment),
            threadTs: str(body.thread_ts),
          });
          return [
            {
              id: file.id,
              name: file.filename,
              title: file.title,
              size: file.bytes?.length ?? 0,
              user: identity.botUserId,
              created: 1700000000,
              channels: channelId ? [channelId] : [],
              permalink: `https://fake.slack.test/files/${identity.botUserId}/${file.id}/${file.filename}`,
              url_private: `${state.baseUrl}/files/${file.id}/${file.filename}`,
            },
          ];
        }),
      };
    },
  };
}
