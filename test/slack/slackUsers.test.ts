import type { WebClient } from '@slack/web-api';
import { FAILED_LOOKUP_TTL_MS, SlackUsers, USER_PROFILE_TTL_MS } from '../../src/people/slackUsers';
import { createTestClock } from '../support/testClock';
import { createTestLogger } from '../support/testLogger';

type UsersInfo = (options: { user: string; include_locale: boolean }) => Promise<unknown>;

function clientAnswering(usersInfo: UsersInfo): { client: WebClient; calls: string[] } {
  const calls: string[] = [];
  const client = {
    users: {
      info: (options: { user: string; include_locale: boolean }) => {
        calls.push(`${options.user}:${options.include_locale}`);
        return usersInfo(options);
      },
    },
  } as unknown as WebClient;
  return { client, calls };
}

const polishAdmin = async () => ({ ok: true, user: { locale: 'pl-PL', is_admin: true, is_owner: false } });

describe('SlackUsers', () => {
  it('asks users.info once for a burst of commands and again after an hour', async () => {
    const clock = createTestClock('2026-11-23T10:00:00Z');
    const users = new SlackUsers({ clock, logger: createTestLogger() });
    const { client, calls } = clientAnswering(polishAdmin);

    const answers = await Promise.all([1, 2, 3].map(() => users.localeOf(client, 'T1', 'U1')));

    expect(answers).toEqual(['pl-PL', 'pl-PL', 'pl-PL']);
    expect(await users.standingOf(client, 'T1', 'U1')).toEqual({ isAdmin: true, isOwner: false });
    expect(calls).toEqual(['U1:true']);
    clock.advance(USER_PROFILE_TTL_MS);
    await users.localeOf(client, 'T1', 'U1');
    expect(calls).toHaveLength(2);
  });

  it('keeps users of different workspaces apart', async () => {
    const users = new SlackUsers({ clock: createTestClock(), logger: createTestLogger() });
    const { client, calls } = clientAnswering(polishAdmin);
    await users.localeOf(client, 'T1', 'U1');
    await users.localeOf(client, 'T2', 'U1');
    expect(calls).toHaveLength(2);
  });

  it('treats a failed lookup as no locale and no admin rights, and asks again a minute later', async () => {
    const clock = createTestClock('2026-11-23T10:00:00Z');
    const logger = createTestLogger();
    const users = new SlackUsers({ clock, logger });
    let failing = true;
    const { client, calls } = clientAnswering(async () => {
      if (failing) throw new Error('slack is down');
      return polishAdmin();
    });

    expect(await users.localeOf(client, 'T1', 'U1')).toBeUndefined();
    expect(await users.standingOf(client, 'T1', 'U1')).toEqual({ isAdmin: false, isOwner: false });
    expect(calls).toHaveLength(1);
    failing = false;
    clock.advance(FAILED_LOOKUP_TTL_MS);

    expect(await users.standingOf(client, 'T1', 'U1')).toEqual({ isAdmin: true, isOwner: false });
    expect(calls).toHaveLength(2);
  });
});
