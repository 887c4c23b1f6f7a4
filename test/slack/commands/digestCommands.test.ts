import { DigestScheduleBlocks } from '../../../src/slack/ids';
import { SCENARIO_NOW, scenarioTeam, seedScenario } from '../../support/digestScenario';
import { ALICE, SALES } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: SCENARIO_NOW });
  // Posting the digest and setting its schedule are for admins and facilitators (docs/SECURITY.md).
  t.fake.setUser(ALICE, { is_admin: true });
});

afterEach(async () => {
  await t.close();
});

async function command(text: string) {
  const sent = await t.slack.sendCommand({ command: '/digest', text, userId: ALICE, channelId: SALES });
  expect(sent.status).toBe(200);
  return sent;
}

async function answers(text: string, count = 1) {
  const sent = await command(text);
  const calls = await t.fake.waitForCalls('response_url', count);
  return calls.filter((call) => call.url === sent.sent.response_url);
}

describe('/digest help and bad input', () => {
  it('lists the subcommands', async () => {
    const [help] = await answers('');
    expect(help?.allText()).toContain('`/digest preview 2026-11-01..2026-11-14`');
    expect(help?.allText()).toContain('`/digest status`');
  });

  it.each([
    [
      'publish',
      '*command*: “publish” is not a /digest command; use one of preview, post, export, schedule, status, help',
    ],
    ['preview 2026-11-01..2026-13-40', '*period*: “2026-13-40” is not a date; write it as YYYY-MM-DD'],
    ['post last week', '*period*: “last week” is not a period'],
    ['status now', '*status*: `status` takes nothing after it'],
  ])('refuses “%s”, names the field and echoes the text', async (text, expected) => {
    const sent = await command(text);
    // Rejections need no database, so they come back in the acknowledgement itself.
    const rendered = JSON.stringify(sent.body);
    expect(rendered).toContain(JSON.stringify(expected).slice(1, -1));
    expect(rendered).toContain(JSON.stringify(`/digest ${text}`).slice(1, -1));
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('/digest preview', () => {
  it('shows the digest and its thread only to the caller and posts nothing', async () => {
    await seedScenario(t);
    const sent = await command('preview');
    const [parent, ...thread] = await t.fake.waitForCalls('response_url', 2);
    expect(parent?.url).toBe(sent.sent.response_url);
    expect(parent?.body.response_type).toBe('ephemeral');
    expect(parent?.allText()).toContain('Preview, visible only to you.');
    expect(parent?.allText()).toContain('Sales & marketing digest · 16–29 Nov 2026');
    expect(thread[0]?.allText()).toContain('Complaint* in 16–29 Nov 2026: 1');
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(await t.database.prisma.digestRun.count()).toBe(0);
  });

  it('previews any period given by its first and last day', async () => {
    await seedScenario(t);
    const sent = await command('preview 2026-11-02..2026-11-15');
    const parent = await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
    expect(parent.allText()).toContain('Sales & marketing digest · 2–15 Nov 2026');
    expect(parent.allText()).toContain('*Leads created*\n1   ');
  });
});

describe('/digest schedule', () => {
  async function openModal() {
    await command('schedule');
    return t.fake.waitFor('views.open');
  }

  it('opens the form with the defaults: every 2 weeks, Monday 09:00 in the team time zone', async () => {
    await scenarioTeam(t);
    const opened = await openModal();
    const view = opened.json<{ blocks: { block_id?: string; element?: Record<string, unknown> }[] }>('view');
    const element = (blockId: string) => view?.blocks.find((block) => block.block_id === blockId)?.element;
    expect(element(DigestScheduleBlocks.weekday)).toMatchObject({ initial_option: { value: '1' } });
    expect(element(DigestScheduleBlocks.time)).toMatchObject({ initial_time: '09:00' });
    expect(element(DigestScheduleBlocks.timeZone)).toMatchObject({ initial_value: 'Europe/Warsaw' });
    expect(element(DigestScheduleBlocks.cadenceWeeks)).toMatchObject({ initial_option: { value: '2' } });
    expect(element(DigestScheduleBlocks.channel)).toMatchObject({ default_to_current_conversation: true });
  });

  it('keeps the form open on a bad time zone, then saves and tells when the first digest comes', async () => {
    const team = await scenarioTeam(t);
    const opened = await openModal();
    const values = {
      [DigestScheduleBlocks.channel]: { value: { conversation: SALES } },
      [DigestScheduleBlocks.weekday]: { value: { selected: '1' } },
      [DigestScheduleBlocks.time]: { value: { time: '09:00' } },
      [DigestScheduleBlocks.timeZone]: { value: 'Mars/Olympus' },
      [DigestScheduleBlocks.cadenceWeeks]: { value: { selected: '2' } },
      [DigestScheduleBlocks.enabled]: { value: { selected: ['enabled'] } },
    };
    const refused = await t.slack.submitView(opened, values);
    expect(refused.body).toEqual({
      response_action: 'errors',
      errors: {
        [DigestScheduleBlocks.timeZone]: '“Mars/Olympus” is not a time zone name (e.g. Europe/Warsaw)',
      },
    });
    expect(await t.store.digestSchedules.get(team.id)).toBeUndefined();

    // Saved at 08:00 on Monday in Warsaw: today's 09:00 is still ahead, so it is the first run.
    t.clock.set('2026-11-30T07:00:00Z');
    const saved = await t.slack.submitView(opened, {
      ...values,
      [DigestScheduleBlocks.timeZone]: { value: 'europe/warsaw' },
    });
    expect(saved.status).toBe(200);
    const confirmation = await t.fake.waitFor('chat.postEphemeral');
    expect(confirmation.allText()).toContain(
      `The digest is posted every 2 weeks on Monday at 09:00 (Europe/Warsaw) in <#${SALES}>. The first one: 30 Nov 2026, 09:00, reporting 16–29 Nov 2026.`,
    );
    expect(await t.store.digestSchedules.get(team.id)).toMatchObject({
      channelId: SALES,
      weekday: 1,
      time: '09:00',
      timeZone: 'Europe/Warsaw',
      cadenceWeeks: 2,
      anchorDate: '2026-11-30',
      enabled: true,
    });

    const [status] = await answers('status');
    expect(status?.allText()).toContain('*Next digest*: 30 Nov 2026, 09:00, reporting 16–29 Nov 2026.');
  });
});
