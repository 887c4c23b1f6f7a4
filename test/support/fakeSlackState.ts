import { randomBytes } from 'node:crypto';
import { APP_ID, BOT_ID, BOT_USER_ID, TEAM_A, nameFromId } from './fixtures';
import { slackError, type SlackApiResult } from './slackValidation';

/** Who the fake says the app is (auth.test) and which workspace it lives in. */
export interface FakeSlackIdentity {
  teamId: string;
  teamDomain: string;
  teamName: string;
  botUserId: string;
  botId: string;
  appId: string;
}

export const DEFAULT_IDENTITY: FakeSlackIdentity = {
  teamId: TEAM_A.id,
  teamDomain: TEAM_A.domain,
  teamName: TEAM_A.name,
  botUserId: BOT_USER_ID,
  botId: BOT_ID,
  appId: APP_ID,
};

/** A users.info override: any user field, with `profile` merged field by field. */
export interface SlackUserFields {
  name?: string;
  real_name?: string;
  /** IANA zone; tz_offset and tz_label follow it unless given too. */
  tz?: string;
  tz_offset?: number;
  tz_label?: string;
  locale?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
  deleted?: boolean;
  profile?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface FakeUploadedFile {
  id: string;
  filename: string;
  length: number;
  title: string | undefined;
  /** Bytes posted to the upload_url; undefined until the upload happens. */
  bytes: Buffer | undefined;
  contentType: string | undefined;
  completed: boolean;
  channelId: string | undefined;
  initialComment: string | undefined;
  threadTs: string | undefined;
  /** Who shared it (a file a user sent, `shareFile`); the bot for the app's own uploads. */
  user?: string;
  mimetype?: string;
  /** Slack's file type: `csv`, `text`, `pdf`… */
  filetype?: string;
}

/** A file a user shares with the app, as a test describes it. */
export interface SharedFileFields {
  name: string;
  bytes: Buffer;
  user: string;
  mimetype?: string;
  filetype?: string;
}

/** What a method handler sees of a request. */
export interface MethodRequest {
  body: Record<string, unknown>;
  token: string | undefined;
}

export type MethodHandler = (request: MethodRequest) => SlackApiResult;

/** Slack lets an app use a trigger_id for 3 seconds. */
export const TRIGGER_ID_TTL_MS = 3000;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Seconds east of UTC and the long name for a zone at a moment, as users.info reports tz_offset/tz_label. */
function zoneInfo(tz: string, at: Date): { tz_offset: number; tz_label: string } {
  const part = (style: 'longOffset' | 'long'): string =>
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: style })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part('longOffset'));
  const offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 3600 + Number(match[3]) * 60) : 0;
  return { tz_offset: offset, tz_label: part('long') };
}

/** In-memory Slack workspace the fake answers from: counters, users, channels, open views and uploads. */
export class FakeSlackState {
  readonly users = new Map<string, SlackUserFields>();
  readonly channels = new Map<string, Record<string, unknown>>();
  readonly views = new Map<string, Record<string, unknown>>();
  readonly files: FakeUploadedFile[] = [];
  private readonly triggerIds = new Map<string, number>();
  private messageCounter = 0;
  private idCounter = 0;

  constructor(
    readonly identity: FakeSlackIdentity,
    readonly baseUrl: string,
    readonly triggerIdTtlMs: number,
  ) {}

  /** Message timestamps advance by 100µs per message: 1700000000.000100, 1700000000.000200, ... */
  nextTs(): string {
    const micros = ++this.messageCounter * 100;
    return `${1700000000 + Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  nextId(prefix: string): string {
    return `${prefix}${String(++this.idCounter).padStart(9, '0')}`;
  }

  mintTriggerId(): string {
    const id = `${1000000000 + ++this.idCounter}.${1700000000}.${randomBytes(16).toString('hex')}`;
    this.triggerIds.set(id, Date.now());
    return id;
  }

  /** Slack's answer to a bad trigger_id, or undefined when it is one the fake minted in the last 3 seconds. */
  triggerProblem(triggerId: string | undefined): SlackApiResult | undefined {
    if (triggerId === undefined || triggerId === '')
      return slackError('invalid_arguments', 'missing required field: trigger_id');
    const mintedAt = this.triggerIds.get(triggerId);
    if (mintedAt === undefined) return slackError('invalid_trigger_id');
    return Date.now() - mintedAt > this.triggerIdTtlMs ? slackError('expired_trigger_id') : undefined;
  }

  user(userId: string): Record<string, unknown> {
    const overrides = this.users.get(userId) ?? {};
    const name = nameFromId(userId);
    const realName = name.charAt(0).toUpperCase() + name.slice(1);
    const tz = str(overrides.tz) ?? 'Europe/Warsaw';
    const profile = {
      real_name: realName,
      display_name: realName,
      email: `${name}@example.test`,
      team: this.identity.teamId,
    };
    return {
      id: userId,
      team_id: this.identity.teamId,
      name,
      real_name: realName,
      deleted: false,
      is_bot: false,
      is_app_user: false,
      is_admin: false,
      is_owner: false,
      is_primary_owner: false,
      is_restricted: false,
      is_ultra_restricted: false,
      tz,
      ...zoneInfo(tz, new Date()),
      locale: 'en-US',
      updated: 1700000000,
      ...overrides,
      profile: { ...profile, ...overrides.profile },
    };
  }

  channel(channelId: string): Record<string, unknown> {
    const isIm = channelId.startsWith('D');
    const name = nameFromId(channelId);
    return {
      id: channelId,
      name: isIm ? undefined : name,
      name_normalized: isIm ? undefined : name,
      is_channel: !isIm,
      is_group: false,
      is_im: isIm,
      is_mpim: false,
      is_private: isIm,
      is_archived: false,
      is_general: false,
      is_member: true,
      is_ext_shared: false,
      context_team_id: this.identity.teamId,
      created: 1700000000,
      ...(isIm ? { user: channelId.slice(1) } : {}),
      ...this.channels.get(channelId),
    };
  }

  /** Stores an opened/updated view the way Slack echoes it: an id, a fresh hash and empty state. */
  saveView(
    view: Record<string, unknown>,
    previous: Record<string, unknown> | undefined,
  ): Record<string, unknown> {
    const id = str(previous?.id) ?? this.nextId('V');
    const stored = {
      id,
      team_id: this.identity.teamId,
      type: view.type,
      title: view.title,
      close: view.close ?? null,
      submit: view.submit ?? null,
      blocks: view.blocks ?? [],
      private_metadata: view.private_metadata ?? '',
      callback_id: view.callback_id ?? '',
      external_id: view.external_id ?? '',
      state: { values: {} },
      hash: `${1700000000 + this.idCounter}.${randomBytes(4).toString('hex')}`,
      clear_on_close: view.clear_on_close === true,
      notify_on_close: view.notify_on_close === true,
      previous_view_id: previous?.previous_view_id ?? null,
      root_view_id: previous?.root_view_id ?? id,
      app_id: this.identity.appId,
      app_installed_team_id: this.identity.teamId,
      bot_id: this.identity.botId,
    };
    this.views.set(id, stored);
    return stored;
  }

  /** A file a user uploaded (through a form's file_input or into a DM): files.info and its download answer for it. */
  shareFile(fields: SharedFileFields): FakeUploadedFile {
    const file: FakeUploadedFile = {
      id: this.nextId('F'),
      filename: fields.name,
      length: fields.bytes.length,
      title: fields.name,
      bytes: fields.bytes,
      contentType: fields.mimetype,
      completed: true,
      channelId: undefined,
      initialComment: undefined,
      threadTs: undefined,
      user: fields.user,
      mimetype: fields.mimetype ?? 'text/csv',
      filetype: fields.filetype ?? (fields.name.toLowerCase().endsWith('.csv') ? 'csv' : 'text'),
    };
    this.files.push(file);
    return file;
  }

  /** Where Slack keeps a file: fetched with the app's token in the Authorization header. */
  urlPrivate(file: FakeUploadedFile): string {
    return `${this.baseUrl}/files-pri/${this.identity.teamId}-${file.id}/${encodeURIComponent(file.filename)}`;
  }

  /** A file as files.info (and a file_share message event) describes it. */
  fileObject(file: FakeUploadedFile): Record<string, unknown> {
    const url = this.urlPrivate(file);
    return {
      id: file.id,
      created: 1700000000,
      timestamp: 1700000000,
      name: file.filename,
      title: file.title ?? file.filename,
      mimetype: file.mimetype ?? file.contentType ?? 'application/octet-stream',
      filetype: file.filetype ?? 'binary',
      pretty_type: (file.filetype ?? 'binary').toUpperCase(),
      user: file.user ?? this.identity.botUserId,
      user_team: this.identity.teamId,
      mode: 'hosted',
      editable: false,
      is_external: false,
      is_public: false,
      size: file.bytes?.length ?? file.length,
      url_private: url,
      url_private_download: `${url}?download=1`,
      permalink: `https://fake.slack.test/files/${file.user ?? this.identity.botUserId}/${file.id}/${file.filename}`,
    };
  }

  /** users.lookupByEmail: the user whose profile (setUser) has this email, or the default one of a known user. */
  userByEmail(email: string): Record<string, unknown> | undefined {
    const wanted = email.trim().toLowerCase();
    for (const userId of this.users.keys()) {
      const user = this.user(userId);
      const profile = user.profile as { email?: unknown };
      if (typeof profile.email === 'string' && profile.email.toLowerCase() === wanted) return user;
    }
    return undefined;
  }

  findFile(fileId: string): FakeUploadedFile | undefined {
    return this.files.find((file) => file.id === fileId);
  }

  permalink(channel: string, ts: string): string {
    return `https://fake.slack.test/archives/${channel}/p${ts.replace('.', '')}`;
  }

  reset(): void {
    this.users.clear();
    this.channels.clear();
    this.views.clear();
    this.files.length = 0;
    this.triggerIds.clear();
  }
}
