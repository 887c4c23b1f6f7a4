import { TeamSettingsBlocks } from '../../src/slack/ids';
import type { RecordedCall } from '../support/fakeSlackApi';
import { ALICE, BOB, CAROL, MARKETING, SALES, TEAM_A } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';
import { DAY, run } from './pipelineSupport';
import { tandem } from './teamsSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
  t.fake.setUser(CAROL, { is_admin: true });
  // The team channel: the first channel bound to the team (no digest schedule yet).
  await tandem(t, 'team bind', { userId: CAROL, channelId: SALES });
});

afterEach(async () => {
  await t.close();
});

const command = (name: string, text: string, userId = ALICE) => run(t, name, text, userId);
const posts = () => t.fake.callsTo('chat.postMessage').filter((call) => call.body.channel === SALES);

/** Opens `/tandem settings` as Carol and saves it with the announcement boxes ticked. */
async function turnOnAnnouncements(kinds: string[], locale = 'en'): Promise<RecordedCall> {
  const sent = await t.slack.sendCommand({
    command: '/tandem',
    text: 'settings',
    userId: CAROL,
    channelId: SALES,
  });
  const opened = await t.fake.waitFor('views.open', (call) => call.body.trigger_id === sent.sent.trigger_id);
  const saved = await t.slack.submitView(
    opened,
    {
      [TeamSettingsBlocks.name]: { value: 'main' },
      [TeamSettingsBlocks.channels]: { value: 'Paid search\nSEO\nEvents' },
      [TeamSettingsBlocks.currency]: { value: 'PLN' },
      [TeamSettingsBlocks.locale]: { value: { selected: locale } },
      [TeamSettingsBlocks.timeZone]: { value: 'Europe/Warsaw' },
      [TeamSettingsBlocks.staleDealDays]: { value: '14' },
      [TeamSettingsBlocks.announcements]: { value: { selected: kinds } },
    } as Parameters<TestApp['slack']['submitView']>[1],
    { userId: CAROL },
  );
  expect(saved.body).toBe('');
  return opened;
}

async function wonAndLost(): Promise<void> {
  await command('/lead', 'Acme Corp source:seo');
  await command('/lead', 'Globex source:events', BOB);
  await command('/deal', 'L-1 offer value:12000');
  await command('/deal', 'L-2 discovery value:5000', BOB);
  t.clock.advance(8 * DAY);
  await command('/deal', 'acme won');
  await command('/deal', 'globex lost reason:price', BOB);
}

describe('win and loss announcements in the team channel', () => {
  it('are off by default: nothing is posted', async () => {
    await wonAndLost();
    expect(posts()).toEqual([]);
    const row = await t.database.prisma.team.findFirstOrThrow({ where: { slackTeamId: TEAM_A.id } });
    expect(row).toMatchObject({ announceOutcomes: false, announceQualified: false });
  });

  it('post wins with a celebration and losses with their reason once turned on in /tandem settings', async () => {
    const opened = await turnOnAnnouncements(['outcomes']);
    expect(JSON.stringify(opened.json('view'))).toContain('Won and lost deals');
    await wonAndLost();
    const texts = posts().map((call) => call.allText());
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain(
      `:tada: *Won!* \`D-1\` *Acme Corp* · PLN\u00a012,000 · owner <@${ALICE}> · source: SEO · 8 days to close`,
    );
    expect(texts[1]).toContain(
      `*Lost* \`D-2\` *Globex* · PLN\u00a05,000 · owner <@${BOB}> · source: Events · 8 days to close · reason: Price`,
    );
    // A qualified lead is not announced unless asked for.
    await command('/lead', 'Initech');
    await command('/lead', 'qualify L-3');
    expect(posts()).toHaveLength(2);
  });

  it('post in the team’s language, and newly qualified leads when asked for', async () => {
    await turnOnAnnouncements(['outcomes', 'qualified'], 'pl');
    await command('/lead', 'Acme Corp source:seo');
    await command('/lead', 'qualify 1');
    await command('/deal', 'L-1 offer value:12000');
    await command('/deal', 'L-1 won');
    const texts = posts().map((call) => call.allText());
    expect(texts[0]).toContain('*Nowy zakwalifikowany lead* `L-1` *Acme Corp*');
    expect(texts[1]).toContain(':tada: *Wygrana!* `D-1` *Acme Corp* · 12\u00a0000\u00a0PLN · opiekun');
    expect(t.fake.callsTo('chat.postMessage').some((call) => call.body.channel === MARKETING)).toBe(false);
  });
});
