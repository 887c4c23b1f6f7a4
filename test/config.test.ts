import { ConfigError, loadConfig } from '../src/config';

const valid = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };

describe('loadConfig', () => {
  it('applies defaults: port 3000, embedded database, info logs, Slack API unchanged', () => {
    expect(loadConfig(valid)).toEqual({
      slackBotToken: 'xoxb-1',
      slackSigningSecret: 'secret',
      slackAppToken: undefined,
      port: 3000,
      databaseUrl: 'file:./data/tandem.db',
      slackApiUrl: undefined,
      logLevel: 'info',
      quickchartUrl: 'https://quickchart.io',
      startDegraded: false,
    });
  });

  it('reports every bad variable on its own line with how to obtain it', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SLACK_API_URL: 'nope', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/^- SLACK_BOT_TOKEN is missing \(Slack app settings → OAuth & Permissions/),
      '- PORT must be a whole number from 0 to 65535 (any free TCP port, e.g. 3000)',
      expect.stringMatching(/^- DATABASE_URL must start with file: or postgresql:\/\//),
      expect.stringMatching(/^- SLACK_API_URL must be an http\(s\) URL/),
      '- LOG_LEVEL must be debug, info, warn or error (one of debug, info, warn, error)',
      expect.stringMatching(/^- SLACK_SIGNING_SECRET is missing/),
    ]);
  });

  it('needs no signing secret in Socket Mode but checks the app token', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slackAppToken).toBe('xapp-1');
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-wrong' })).toThrow(
      /SLACK_APP_TOKEN must start with xapp-/,
    );
  });
});

describe('START_DEGRADED', () => {
  it('turns on with true or 1 and refuses anything but a yes or a no', () => {
    expect(loadConfig({ ...valid, START_DEGRADED: 'true' }).startDegraded).toBe(true);
    expect(loadConfig({ ...valid, START_DEGRADED: '1' }).startDegraded).toBe(true);
    expect(loadConfig({ ...valid, START_DEGRADED: 'false' }).startDegraded).toBe(false);
    expect(() => loadConfig({ ...valid, START_DEGRADED: 'maybe' })).toThrow(
      /- START_DEGRADED must be true or false \(true to serve even when the database cannot be migrated/,
    );
  });
});

describe('QUICKCHART_URL', () => {
  it('takes a self-hosted QuickChart server without a trailing slash', () => {
    expect(loadConfig({ ...valid, QUICKCHART_URL: 'http://charts.internal:3400/' }).quickchartUrl).toBe(
      'http://charts.internal:3400',
    );
  });

  it('refuses a URL with a path, since QuickChart serves /chart at its root', () => {
    expect(() => loadConfig({ ...valid, QUICKCHART_URL: 'https://example.com/quickchart' })).toThrow(
      '- QUICKCHART_URL must be scheme://host[:port] with no path, e.g. https://quickchart.io',
    );
  });
});
