import { z } from 'zod';
import { OAUTH_HOW_TO_OBTAIN, readOAuthConfig, type OAuthConfig } from './oauthConfig';

/** How to obtain each variable, shown next to any problem with it. */
const HOW_TO_OBTAIN: Record<string, string> = {
  SLACK_BOT_TOKEN: 'Slack app settings → OAuth & Permissions → Bot User OAuth Token (starts with xoxb-)',
  SLACK_SIGNING_SECRET: 'Slack app settings → Basic Information → App Credentials → Signing Secret',
  SLACK_APP_TOKEN:
    'Slack app settings → Basic Information → App-Level Tokens, with scope connections:write (starts with xapp-)',
  PORT: 'any free TCP port, e.g. 3000',
  DATABASE_URL: 'file:./data/tandem.db for the embedded database, or postgresql://user@host:5432/db',
  SLACK_API_URL: 'leave unset for https://slack.com/api/, or the base URL of a proxy ending in /api/',
  LOG_LEVEL: 'one of debug, info, warn, error',
  COMMAND_LEASE_SECONDS:
    'leave unset for 120: how long a crashed instance keeps its acknowledged commands before another instance (or its restart) runs them',
  QUICKCHART_URL:
    'leave unset for https://quickchart.io, or your own QuickChart server, e.g. http://charts.internal:3400',
  START_DEGRADED:
    'true to serve even when the database cannot be migrated at start (/readyz answers 503 until it can), else false',
  ...OAUTH_HOW_TO_OBTAIN,
};

export const DEFAULT_QUICKCHART_URL = 'https://quickchart.io';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

export const ConfigSchema = z.object({
  // Required unless the OAuth variables are set (checked in loadConfig).
  SLACK_BOT_TOKEN: optionalText.refine((value) => value === undefined || value.startsWith('xoxb-'), {
    message: 'must start with xoxb-',
  }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine((value) => value === undefined || value.startsWith('xapp-'), {
    message: 'must start with xapp-',
  }),
  PORT: z.coerce
    .number({ message: 'must be a whole number from 0 to 65535' })
    .int('must be a whole number from 0 to 65535')
    .min(0, 'must be a whole number from 0 to 65535')
    .max(65535, 'must be a whole number from 0 to 65535')
    .default(3000),
  DATABASE_URL: z
    .string()
    .trim()
    .default('file:./data/tandem.db')
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: 'must start with file: or postgresql://',
    }),
  SLACK_API_URL: optionalText.pipe(z.url({ message: 'must be an http(s) URL' }).optional()),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], { message: 'must be debug, info, warn or error' })
    .default('info'),
  COMMAND_LEASE_SECONDS: z.coerce
    .number({ message: 'must be a whole number of seconds from 1' })
    .int('must be a whole number of seconds from 1')
    .min(1, 'must be a whole number of seconds from 1')
    .optional(),
  QUICKCHART_URL: z
    .string()
    .trim()
    .default(DEFAULT_QUICKCHART_URL)
    .refine((url) => /^https?:\/\/[^/?#]+\/?$/.test(url), {
      message: 'must be scheme://host[:port] with no path, e.g. https://quickchart.io',
    }),
  START_DEGRADED: z.stringbool({ error: 'must be true or false' }).default(false),
});

export type Config = {
  /** The one workspace's bot token; undefined when Tandem is installed through OAuth (`oauth`). */
  slackBotToken: string | undefined;
  slackSigningSecret: string | undefined;
  slackAppToken: string | undefined;
  port: number;
  databaseUrl: string;
  slackApiUrl: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Where digest chart images are rendered (default `DEFAULT_QUICKCHART_URL`); self-hosting keeps figures in-house. */
  quickchartUrl?: string;
  /** How long a run owns an acknowledged command before another may take it over (default in src/slack/commandInbox.ts). */
  commandLeaseMs?: number;
  /** Installing in many workspaces; when set, tokens come from the installation store. */
  oauth?: OAuthConfig;
  /** Serve even when the database cannot be reached or migrated at start (START_DEGRADED). */
  startDegraded?: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Tandem cannot start: the environment has ${problems.length} problem(s)\n${problems.join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describeProblem(name: string, message: string): string {
  const hint = HOW_TO_OBTAIN[name];
  return `- ${name} ${message}${hint ? ` (${hint})` : ''}`;
}

/** Every secret value in the configuration, for the logger to redact wherever one appears. */
export function configSecrets(config: Config): string[] {
  const { oauth } = config;
  const keys = oauth
    ? [oauth.tokenKeys.current, ...oauth.tokenKeys.previous].map((key) => key.secret.toString('base64'))
    : [];
  return [
    config.slackBotToken,
    config.slackSigningSecret,
    config.slackAppToken,
    oauth?.clientSecret,
    oauth?.stateSecret,
    ...keys,
  ].filter((secret): secret is string => secret !== undefined);
}

/** Parses the environment once at start-up; every bad variable is reported, not just the first. */
export function loadConfig(environment: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(environment);
  const oauth = readOAuthConfig(environment);
  const problems: string[] = [];
  if (!environment.SLACK_BOT_TOKEN?.trim() && oauth.oauth === undefined && oauth.problems.length === 0) {
    problems.push(
      `${describeProblem('SLACK_BOT_TOKEN', 'is missing')}; or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and TOKEN_ENCRYPTION_KEY to install in many workspaces`,
    );
  }
  for (const issue of result.error?.issues ?? []) {
    const name = String(issue.path[0] ?? 'environment');
    problems.push(describeProblem(name, environment[name] === undefined ? 'is missing' : issue.message));
  }
  problems.push(...oauth.problems.map((problem) => describeProblem(problem.name, problem.message)));
  // HTTP mode verifies every request with the signing secret; Socket Mode does not need it.
  if (!environment.SLACK_APP_TOKEN?.trim() && !environment.SLACK_SIGNING_SECRET?.trim()) {
    problems.push(
      describeProblem(
        'SLACK_SIGNING_SECRET',
        'is missing (required in HTTP mode; set SLACK_APP_TOKEN for Socket Mode)',
      ),
    );
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const env = result.data;
  return {
    slackBotToken: env.SLACK_BOT_TOKEN,
    slackSigningSecret: env.SLACK_SIGNING_SECRET,
    slackAppToken: env.SLACK_APP_TOKEN,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    slackApiUrl: env.SLACK_API_URL,
    logLevel: env.LOG_LEVEL,
    quickchartUrl: env.QUICKCHART_URL.replace(/\/$/, ''),
    startDegraded: env.START_DEGRADED,
    ...(env.COMMAND_LEASE_SECONDS ? { commandLeaseMs: env.COMMAND_LEASE_SECONDS * 1000 } : {}),
    ...(oauth.oauth ? { oauth: oauth.oauth } : {}),
  };
}
