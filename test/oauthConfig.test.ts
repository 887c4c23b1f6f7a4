import { randomBytes } from 'node:crypto';
import { ConfigError, configSecrets, loadConfig } from '../src/config';

const KEY = randomBytes(32).toString('base64');
const OLD_KEY = randomBytes(32).toString('base64');
const OAUTH = {
  SLACK_SIGNING_SECRET: 'signing-secret',
  SLACK_CLIENT_ID: '1234.5678',
  SLACK_CLIENT_SECRET: 'client-secret-0123456789',
  SLACK_STATE_SECRET: 'state-secret-0123456789abcdef0123456789',
  TOKEN_ENCRYPTION_KEY: KEY,
};

function problemsOf(environment: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(environment);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig: installing in many workspaces', () => {
  it('needs no SLACK_BOT_TOKEN when the four OAuth variables are set', () => {
    const config = loadConfig({ ...OAUTH, TOKEN_ENCRYPTION_KEYS_OLD: ` ${OLD_KEY} ,` });
    expect(config.slackBotToken).toBeUndefined();
    expect(config.oauth).toMatchObject({
      clientId: '1234.5678',
      clientSecret: 'client-secret-0123456789',
      stateSecret: OAUTH.SLACK_STATE_SECRET,
    });
    expect(config.oauth?.tokenKeys.current.secret.toString('base64')).toBe(KEY);
    expect(config.oauth?.tokenKeys.previous.map((key) => key.secret.toString('base64'))).toEqual([OLD_KEY]);
  });

  it('stays in single-workspace mode without them', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).oauth).toBeUndefined();
  });

  it('fails fast when only some are set, naming each missing one and what is set', () => {
    const problems = problemsOf({
      SLACK_SIGNING_SECRET: 's',
      SLACK_CLIENT_ID: '1234.5678',
      SLACK_CLIENT_SECRET: 'client-secret',
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^- SLACK_STATE_SECRET is missing \(installing in many workspaces needs all of SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, TOKEN_ENCRYPTION_KEY; SLACK_CLIENT_ID, SLACK_CLIENT_SECRET are set\) \(any random string/,
      ),
      expect.stringMatching(
        /^- TOKEN_ENCRYPTION_KEY is missing \(.*\) \(base64 of 32 random bytes, e\.g\. from: openssl rand -base64 32\)$/,
      ),
    ]);
  });

  it('checks the key, the old keys and the state secret', () => {
    const problems = problemsOf({
      ...OAUTH,
      SLACK_STATE_SECRET: 'short',
      TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=',
      TOKEN_ENCRYPTION_KEYS_OLD: `${OLD_KEY},bm9wZQ==`,
    });
    expect(problems).toEqual([
      expect.stringMatching(/^- SLACK_STATE_SECRET must be at least 32 characters/),
      expect.stringMatching(/^- TOKEN_ENCRYPTION_KEY must be base64 of exactly 32 bytes \(it decodes to 5\)/),
      expect.stringMatching(
        /^- TOKEN_ENCRYPTION_KEYS_OLD entry 2 must be base64 of exactly 32 bytes \(it decodes to 4\)/,
      ),
    ]);
  });

  it('refuses SLACK_BOT_TOKEN together with OAuth, which would be ambiguous', () => {
    expect(problemsOf({ ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
      expect.stringMatching(/^- SLACK_BOT_TOKEN must not be set together with the OAuth variables/),
    ]);
  });

  it('says both ways to run when there is neither a bot token nor OAuth', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 's' })).toEqual([
      expect.stringMatching(
        /^- SLACK_BOT_TOKEN is missing \(.*\); or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and TOKEN_ENCRYPTION_KEY to install in many workspaces$/,
      ),
    ]);
  });

  it('lists every secret for the logger to redact', () => {
    const secrets = configSecrets(loadConfig({ ...OAUTH, TOKEN_ENCRYPTION_KEYS_OLD: OLD_KEY }));
    expect(secrets).toEqual(
      expect.arrayContaining([
        'signing-secret',
        OAUTH.SLACK_CLIENT_SECRET,
        OAUTH.SLACK_STATE_SECRET,
        KEY,
        OLD_KEY,
      ]),
    );
  });
});
