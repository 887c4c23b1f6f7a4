import { LogLevel } from '@slack/bolt';
import { runWithRequestContext } from '../src/runtime/logContext';
import { createLogger, redact } from '../src/runtime/logger';

function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'debug', secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createLogger(level, 'tandem', { write: (line) => lines.push(line), secrets });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, entries };
}

describe('createLogger', () => {
  it('writes one JSON object per line with time, level, logger and message', () => {
    const { logger, entries } = capture();
    logger.info('Tandem is listening on port', 3000);
    expect(entries()).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: 'info',
        logger: 'tandem',
        msg: 'Tandem is listening on port 3000',
      },
    ]);
  });

  it('adds the request context of the Slack request being handled', async () => {
    const { logger, entries } = capture();
    await runWithRequestContext(
      { request: 'command /lead', teamId: 'T1', userId: 'U1', channelId: 'C1' },
      async () => {
        await Promise.resolve();
        logger.warn('slow answer');
      },
    );
    logger.info('outside any request');
    expect(entries()[0]).toMatchObject({
      msg: 'slow answer',
      request: 'command /lead',
      teamId: 'T1',
      userId: 'U1',
      channelId: 'C1',
    });
    expect(entries()[1]).not.toHaveProperty('request');
  });

  it('filters by level and follows setLevel', () => {
    const { logger, entries } = capture('warn');
    logger.info('hidden');
    logger.error('shown');
    logger.setLevel(LogLevel.DEBUG);
    logger.debug('shown too');
    expect(entries().map((entry) => entry.msg)).toEqual(['shown', 'shown too']);
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
  });

  it('describes errors by name, code, Slack error and stack frames', () => {
    const { logger, entries } = capture();
    const error = Object.assign(new Error('An API error occurred: invalid_blocks'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'invalid_blocks', response_metadata: { messages: ['secret detail'] } },
    });
    logger.error('posting the digest failed', error);
    const [entry] = entries();
    expect(entry).toMatchObject({
      msg: 'posting the digest failed',
      error: {
        name: 'Error',
        message: 'An API error occurred: invalid_blocks',
        code: 'slack_webapi_platform_error',
        slackError: 'invalid_blocks',
        stack: expect.arrayContaining([expect.stringMatching(/^at /)]),
      },
    });
    expect(JSON.stringify(entry)).not.toContain('secret detail');
  });

  it('keeps only the last line of a Prisma error, not the query values above it', () => {
    const { logger, entries } = capture();
    class PrismaClientValidationError extends Error {
      override name = 'PrismaClientValidationError';
    }
    logger.error(
      'saving failed',
      new PrismaClientValidationError(
        'Invalid `prisma.lead.create()` invocation:\n{ data: { company: "Acme Secret Project", email: "jane@acme.test" } }\nArgument `ownerId` is missing.',
      ),
    );
    expect(entries()[0]).toMatchObject({ error: { message: 'Argument `ownerId` is missing.' } });
    expect(JSON.stringify(entries())).not.toMatch(/Acme Secret Project|jane@acme\.test/);
  });

  it('redacts Slack tokens and configured secrets anywhere in the line', () => {
    const { logger, lines } = capture('debug', ['signing-secret-123', 'a"quoted\\secret']);
    logger.error(
      'calls with xoxb-1-2-abc, xoxp-9-z, xapp-1-A-1-f, xoxe.xoxb-1-r and xoxe-1-refresh failed',
      new Error('signature checked with signing-secret-123 and a"quoted\\secret'),
    );
    const [line = ''] = lines;
    expect(line).not.toMatch(/xox[a-z]-|xapp-|signing-secret-123|quoted/);
    expect(line.match(/\[redacted\]/g)).toHaveLength(7);
  });

  it("omits the bodies of the Web API client's request and response dumps", () => {
    const { logger, entries } = capture();
    logger.debug('http request body: {"channel":"C1","text":"Acme wants 12 seats, call Jane Doe"}');
    logger.debug('http request result: {"ok":true,"user":{"real_name":"Jane Doe"}}');
    expect(entries().map((entry) => entry.msg)).toEqual([
      'http request body: [omitted: may hold user input]',
      'http request result: [omitted: may hold user input]',
    ]);
  });
});

describe('redact', () => {
  it('ignores secrets too short to be secrets', () => {
    expect(redact('port 3000 is open', ['3000'])).toBe('port 3000 is open');
  });
});
