import { createTokenKeyring, parseTokenKey, TokenKeyError, type TokenKeyring } from './security/tokenCipher';

/**
 * Installing in many workspaces (OAuth): the four variables come together or not at all. Without
 * them Tandem runs in one workspace with SLACK_BOT_TOKEN.
 */
export type OAuthConfig = {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  tokenKeys: TokenKeyring;
};

export const OAUTH_VARIABLES = [
  'SLACK_CLIENT_ID',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'TOKEN_ENCRYPTION_KEY',
] as const;

export const OAUTH_HOW_TO_OBTAIN: Record<string, string> = {
  SLACK_CLIENT_ID: 'Slack app settings → Basic Information → App Credentials → Client ID',
  SLACK_CLIENT_SECRET: 'Slack app settings → Basic Information → App Credentials → Client Secret',
  SLACK_STATE_SECRET: 'any random string of 32+ characters, e.g. from: openssl rand -hex 32',
  TOKEN_ENCRYPTION_KEY: 'base64 of 32 random bytes, e.g. from: openssl rand -base64 32',
  TOKEN_ENCRYPTION_KEYS_OLD:
    'comma-separated former TOKEN_ENCRYPTION_KEY values, kept until npm run tokens:rotate has run',
};

const MIN_STATE_SECRET_LENGTH = 32;

export type VariableProblem = { name: string; message: string };

function read(environment: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = environment[name]?.trim();
  return value ? value : undefined;
}

/** The old keys, for decrypting only; each entry is checked like TOKEN_ENCRYPTION_KEY. */
function oldKeyProblems(environment: NodeJS.ProcessEnv): VariableProblem[] {
  const entries = (read(environment, 'TOKEN_ENCRYPTION_KEYS_OLD') ?? '')
    .split(',')
    .map((each) => each.trim());
  return entries.flatMap((entry, index) => {
    if (entry === '') return [];
    try {
      parseTokenKey(entry);
      return [];
    } catch (error) {
      const message = error instanceof TokenKeyError ? error.message : String(error);
      return [{ name: 'TOKEN_ENCRYPTION_KEYS_OLD', message: `entry ${index + 1} ${message}` }];
    }
  });
}

export function readTokenKeyring(environment: NodeJS.ProcessEnv): {
  keyring?: TokenKeyring;
  problems: VariableProblem[];
} {
  const current = read(environment, 'TOKEN_ENCRYPTION_KEY');
  if (!current) return { problems: [{ name: 'TOKEN_ENCRYPTION_KEY', message: 'is missing' }] };
  const problems = oldKeyProblems(environment);
  try {
    parseTokenKey(current);
  } catch (error) {
    problems.unshift({
      name: 'TOKEN_ENCRYPTION_KEY',
      message: error instanceof Error ? error.message : String(error),
    });
  }
  if (problems.length > 0) return { problems };
  const old = (read(environment, 'TOKEN_ENCRYPTION_KEYS_OLD') ?? '').split(',').map((each) => each.trim());
  return { keyring: createTokenKeyring(current, old.filter(Boolean)), problems: [] };
}

/**
 * The OAuth settings when all four variables are set; a problem per missing one when only some
 * are (a half-configured install flow must not start), and none when none are set.
 */
export function readOAuthConfig(environment: NodeJS.ProcessEnv): {
  oauth?: OAuthConfig;
  problems: VariableProblem[];
} {
  const present = OAUTH_VARIABLES.filter((name) => read(environment, name) !== undefined);
  if (present.length === 0) return { problems: [] };
  const problems: VariableProblem[] = OAUTH_VARIABLES.filter((name) => !present.includes(name)).map(
    (name) => ({
      name,
      message: `is missing (installing in many workspaces needs all of ${OAUTH_VARIABLES.join(', ')}; ${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set)`,
    }),
  );
  const stateSecret = read(environment, 'SLACK_STATE_SECRET');
  if (stateSecret !== undefined && stateSecret.length < MIN_STATE_SECRET_LENGTH) {
    problems.push({
      name: 'SLACK_STATE_SECRET',
      message: `must be at least ${MIN_STATE_SECRET_LENGTH} characters`,
    });
  }
  const keys =
    read(environment, 'TOKEN_ENCRYPTION_KEY') === undefined
      ? { problems: [] }
      : readTokenKeyring(environment);
  problems.push(...keys.problems);
  if (read(environment, 'SLACK_BOT_TOKEN') !== undefined) {
    problems.push({
      name: 'SLACK_BOT_TOKEN',
      message:
        'must not be set together with the OAuth variables: unset it to install in many workspaces, or unset SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and TOKEN_ENCRYPTION_KEY to run in one',
    });
  }
  const clientId = read(environment, 'SLACK_CLIENT_ID');
  const clientSecret = read(environment, 'SLACK_CLIENT_SECRET');
  if (problems.length > 0 || !clientId || !clientSecret || !stateSecret || !keys.keyring) return { problems };
  return { oauth: { clientId, clientSecret, stateSecret, tokenKeys: keys.keyring }, problems: [] };
}
