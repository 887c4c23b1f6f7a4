import { ActionIds } from '../../../src/slack/ids';
import { ALICE, BOB } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import {
  addActionItem,
  clickMeetingButton,
  MEETING_NOW,
  meetingScenario,
  PERIOD_LABEL,
} from '../meetingSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: MEETING_NOW });
});

afterEach(async () => {
  await t.close();
});

async function meeting(text: string, userId = ALICE) {
  const sent = await t.slack.sendCommand({ command: '/meeting', text, userId });
  expect(sent.status).toBe(200);
  if (sent.body !== '') return { body: sent.body, text: JSON.stringify(sent.body) };
  const answer = await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
  return { body: answer.body, text: answer.allText(), answer };
}

async function recordMeeting(digest: { ts: string; blocks: unknown[] }) {
  await clickMeetingButton(t, ActionIds.meetingAddNote, digest);
  await t.slack.submitView(await t.fake.waitFor('views.open'), {
    meeting_note_kind: { value: { selected: 'decision' } },
    meeting_note_text: { value: 'Stop display ads' },
    meeting_note_kpi: { value: { selected: 'cost_per_lead' } },
  });
  await t.fake.waitFor('chat.postEphemeral');
  await addActionItem(t, digest, { owner: BOB, text: 'Pause the display campaign', due: '2026-12-01' });
  await t.fake.waitFor('chat.postEphemeral');
  await addActionItem(t, digest, { owner: ALICE, text: 'Write the SEO brief', due: '2026-12-10' });
  await t.fake.waitFor('chat.postEphemeral');
}

describe('/meeting', () => {
  it('says how meetings start when no digest was posted yet', async () => {
    const { text } = await meeting('');
    expect(text).toContain('No meeting yet');
    expect(text).toContain('`/digest post`');
  });

  it('shows the current meeting with its decisions, action items and state, and the buttons', async () => {
    const { digest } = await meetingScenario(t);
    await recordMeeting(digest);
    t.clock.set('2026-12-03T10:00:00Z');
    const { text, answer } = await meeting('');
    expect(text).toContain(`*Meeting of ${PERIOD_LABEL}* · not marked held yet`);
    expect(text).toContain('*Decisions (1)*');
    expect(text).toContain(`• Stop display ads — <@${ALICE}> · KPI: Cost per lead`);
    expect(text).toContain('*Action items (2 open, 0 done)*');
    expect(text).toContain(
      `*Pause the display campaign* · due Tue 1 Dec 2026 · :warning: 2 days overdue · <@${BOB}>`,
    );
    expect(text).toContain(`*Write the SEO brief* · due Thu 10 Dec 2026 · <@${ALICE}>`);
    const blocks = answer?.json<{ type: string; elements?: { action_id: string }[] }[]>('blocks') ?? [];
    expect(blocks.at(-1)?.elements?.map((element) => element.action_id)).toEqual([
      ActionIds.meetingAddNote,
      ActionIds.meetingAddActionItem,
      ActionIds.meetingMarkHeld,
    ]);
  });

  it('shows an opened meeting with nothing recorded yet', async () => {
    await meetingScenario(t);
    const { text } = await meeting('');
    expect(text).toContain(`*Meeting of ${PERIOD_LABEL}* · nothing recorded yet`);
    expect(text).toContain('No notes, decisions or action items yet.');
  });

  it('lists the team’s action items and only mine with `actions mine`', async () => {
    const { digest } = await meetingScenario(t);
    await recordMeeting(digest);
    t.clock.set('2026-12-03T10:00:00Z');
    const all = await meeting('actions');
    expect(all.text).toContain("*The team's action items*: 2 open (1 overdue), 0 done");
    expect(all.text).toContain(`<@${BOB}>`);
    expect(all.text).toContain('Write the SEO brief');
    const mine = await meeting('actions mine', BOB);
    expect(mine.text).toContain('*Your action items*: 1 open (1 overdue), 0 done');
    expect(mine.text).toContain('Pause the display campaign');
    expect(mine.text).not.toContain('Write the SEO brief');
  });

  it('says so when the user has no action items', async () => {
    const { text } = await meeting('actions mine');
    expect(text).toContain('You have no action items.');
  });

  it('explains itself with `help`', async () => {
    const { text } = await meeting('help');
    expect(text).toContain('`/meeting actions mine`');
  });

  it.each([
    ['actions everyone', '“everyone” is not an action-item filter; the only one is mine'],
    ['agenda', '“agenda” is not a /meeting request'],
  ])('rejects `%s`, naming the problem and echoing the text back', async (typed, expected) => {
    const { text } = await meeting(typed);
    expect(text).toContain(expected);
    expect(text).toContain(`/meeting ${typed}`);
  });
});
