import { ActionIds } from '../../../src/slack/ids';
import type { TeamRecord } from '../../../src/store/repos/teamStore';
import { ALICE, BOB, SALES } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import {
  addActionItem,
  clickMeetingButton,
  DIGEST_TS,
  MEETING_NOW,
  meetingScenario,
  PERIOD,
  PERIOD_LABEL,
} from '../meetingSupport';

type Block = {
  type: string;
  block_id?: string;
  element?: Record<string, unknown>;
  elements?: Record<string, unknown>[];
};

let t: TestApp;
let team: TeamRecord;
let digest: { ts: string; blocks: unknown[] };

beforeEach(async () => {
  t = await startTestApp({ now: MEETING_NOW });
  ({ team, digest } = await meetingScenario(t));
  t.fake.clearCalls();
});

afterEach(async () => {
  await t.close();
});

const meetingRow = () =>
  t.database.prisma.meeting.findUnique({
    where: {
      teamId_periodStart_periodEnd: { teamId: team.id, periodStart: PERIOD.start, periodEnd: PERIOD.end },
    },
  });

async function openNoteForm() {
  await clickMeetingButton(t, ActionIds.meetingAddNote, digest);
  return t.fake.waitFor('views.open');
}

describe('Add note', () => {
  it('opens the note form for the digest’s meeting', async () => {
    const opened = await openNoteForm();
    const view = opened.json<{ title: { text: string }; blocks: Block[]; private_metadata: string }>('view');
    expect(view?.title.text).toBe('Meeting note');
    expect(opened.allText()).toContain(`Meeting of ${PERIOD_LABEL}`);
    expect(view?.blocks.map((block) => block.block_id)).toEqual(
      expect.arrayContaining([
        'meeting_note_kind',
        'meeting_note_text',
        'meeting_note_kpi',
        'meeting_note_client',
      ]),
    );
    expect(JSON.parse(view?.private_metadata ?? '{}')).toMatchObject({
      channelId: SALES,
      threadTs: DIGEST_TS,
    });
  });

  it('saves a decision with its KPI and client, links the meeting to the digest and confirms privately', async () => {
    const opened = await openNoteForm();
    const answer = await t.slack.submitView(opened, {
      meeting_note_kind: { value: { selected: 'decision' } },
      meeting_note_text: { value: 'Move <!channel> budget from display to SEO' },
      meeting_note_kpi: { value: { selected: 'cost_per_lead' } },
      meeting_note_client: { [ActionIds.meetingRecordSelect]: { selected: 'D-1' } },
    });
    expect(answer.body).toBe('');
    const meeting = await meetingRow();
    const run = await t.store.digestRuns.forPeriod(team.id, { ...PERIOD, timeZone: 'Europe/Warsaw' });
    expect(meeting?.digestRunId).toBe(run?.id);
    const notes = await t.database.prisma.meetingNote.findMany({ where: { meetingId: meeting?.id ?? '' } });
    expect(notes).toEqual([
      expect.objectContaining({
        kind: 'decision',
        text: 'Move <!channel> budget from display to SEO',
        kpi: 'cost_per_lead',
        clientKey: 'globex',
        clientName: 'Globex',
        authorId: ALICE,
      }),
    ]);
    const confirmation = await t.fake.waitFor('chat.postEphemeral');
    expect(confirmation.body).toMatchObject({ channel: SALES, user: ALICE });
    expect(confirmation.allText()).toContain(`Decision saved to the meeting of ${PERIOD_LABEL}.`);
    expect(confirmation.allText()).toContain('&lt;!channel&gt; budget');
    expect(confirmation.allText()).toContain('KPI: Cost per lead · client Globex');
  });

  it('keeps the form open with the problem under the client when the lead does not exist', async () => {
    const opened = await openNoteForm();
    const answer = await t.slack.submitView(opened, {
      meeting_note_kind: { value: { selected: 'note' } },
      meeting_note_text: { value: 'Ask about the renewal' },
      meeting_note_client: { [ActionIds.meetingRecordSelect]: { selected: 'L-99' } },
    });
    expect(answer.body).toEqual({
      response_action: 'errors',
      errors: { meeting_note_client: 'L-99 does not exist in this team (e.g. /lead list)' },
    });
    expect(await t.database.prisma.meetingNote.count()).toBe(0);
  });

  it('refuses text of only spaces under the text field', async () => {
    const opened = await openNoteForm();
    const answer = await t.slack.submitView(opened, {
      meeting_note_kind: { value: { selected: 'note' } },
      meeting_note_text: { value: '   ' },
    });
    expect(answer.body).toMatchObject({
      response_action: 'errors',
      errors: { meeting_note_text: expect.stringContaining('Write what was noted or decided') },
    });
  });

  it('keeps the form open with everything typed when the note cannot be saved', async () => {
    const opened = await openNoteForm();
    await t.database.prisma.$executeRawUnsafe('DROP TABLE "MeetingNote"');
    const answer = await t.slack.submitView(opened, {
      meeting_note_kind: { value: { selected: 'note' } },
      meeting_note_text: { value: 'Ask about the renewal' },
    });
    expect(answer.body).toEqual({
      response_action: 'errors',
      errors: {
        meeting_note_text:
          'Tandem could not save just now. Everything you typed is still here: press Save again in a moment.',
      },
    });
    expect(t.logger.lines.some((line) => line.level === 'error')).toBe(true);
  });

  it('answers a button that names no meeting instead of ignoring it', async () => {
    const click = await clickMeetingButton(t, ActionIds.meetingAddNote, digest, { value: 'not-a-period' });
    const reply = await t.fake.waitFor('response_url', (call) => call.url === click.sent.response_url);
    expect(reply.allText()).toContain('This button does not name a meeting');
    expect(t.fake.callsTo('views.open')).toHaveLength(0);
  });
});

describe('Mark meeting held', () => {
  it('marks it held once and posts what was decided and who does what in the digest’s thread', async () => {
    await clickMeetingButton(t, ActionIds.meetingAddNote, digest);
    await t.slack.submitView(await t.fake.waitFor('views.open'), {
      meeting_note_kind: { value: { selected: 'decision' } },
      meeting_note_text: { value: 'Stop display ads' },
    });
    await addActionItem(t, digest, { owner: BOB, text: 'Pause the display campaign', due: '2026-12-02' });
    await t.fake.waitFor('chat.postEphemeral');
    t.fake.clearCalls();

    await clickMeetingButton(t, ActionIds.meetingMarkHeld, digest, { userId: BOB });
    const summary = await t.fake.waitFor('chat.postMessage');
    expect(summary.body).toMatchObject({ channel: SALES, thread_ts: DIGEST_TS });
    expect(summary.allText()).toContain(
      `Meeting of ${PERIOD_LABEL} held* — marked by <@${BOB}>. 1 decision, 1 action item (1 open).`,
    );
    expect(summary.allText()).toContain(`• Stop display ads — <@${ALICE}>`);
    expect(summary.allText()).toContain(`*Pause the display campaign* · due Wed 2 Dec 2026 · <@${BOB}>`);
    const meeting = await meetingRow();
    expect(meeting).toMatchObject({ heldById: BOB });
    expect(meeting?.heldAt?.toISOString()).toBe(MEETING_NOW.replace('Z', '.000Z'));

    const again = await clickMeetingButton(t, ActionIds.meetingMarkHeld, digest, { userId: ALICE });
    const reply = await t.fake.waitFor('response_url', (call) => call.url === again.sent.response_url);
    expect(reply.allText()).toContain(
      `The meeting of ${PERIOD_LABEL} was already marked held by <@${BOB}> on 30 Nov 2026.`,
    );
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('the lead-or-deal picker of the meeting forms', () => {
  it('offers deals and leads matching the company or the id', async () => {
    const opened = await openNoteForm();
    const byCompany = await t.slack.sendBlockSuggestion({
      actionId: ActionIds.meetingRecordSelect,
      value: 'glob',
      view: opened,
    });
    expect(byCompany.body).toEqual({
      option_groups: [
        {
          label: { type: 'plain_text', text: 'Deals' },
          options: [{ text: { type: 'plain_text', text: 'D-1 Globex (Offer)' }, value: 'D-1' }],
        },
        {
          label: { type: 'plain_text', text: 'Leads' },
          options: [{ text: { type: 'plain_text', text: 'L-2 Globex' }, value: 'L-2' }],
        },
      ],
    });
    const byId = await t.slack.sendBlockSuggestion({
      actionId: ActionIds.meetingRecordSelect,
      value: 'L-1',
      view: opened,
    });
    expect(byId.body).toEqual({
      options: [{ text: { type: 'plain_text', text: 'L-1 Acme' }, value: 'L-1' }],
    });
  });
});
