import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IcpModalBlocks, INPUT_ACTION_ID } from '../../src/slack/ids';
import { eventually } from '../support/eventually';
import type { RecordedCall } from '../support/fakeSlackApi';
import { SIGNING_SECRET } from '../support/fixtures';
import { createSlackRequester, type SlackRequester } from '../support/slackRequests';
import type { TestApp } from '../support/testApp';

/** Where a user works: the Slack workspace, their id and the channel they type in. */
export type Place = { slackTeamId: string; userId: string; channelId: string };

/** A requester whose commands, actions and submissions come from `place` unless told otherwise. */
export function requesterAt(t: TestApp, place: Place): SlackRequester {
  return createSlackRequester({
    appUrl: `${t.baseUrl}/slack/events`,
    signingSecret: SIGNING_SECRET,
    fake: t.fake,
    teamId: place.slackTeamId,
    userId: place.userId,
    channelId: place.channelId,
  });
}

/** Everything the other team typed that must never reach the acting team, and how it may be written. */
export const OTHER_TEAM_MARKERS: readonly (string | RegExp)[] = [
  'Bravo Secret Corp',
  'Zulu Hidden Ltd',
  'bravo only complaint',
  'BravoIndustryX',
  'BravoIcpNote',
  'Bravo hidden task',
  'Bravo meeting note',
  /98[\s,.\u00a0\u202f]?765/,
  /45[\s,.\u00a0\u202f]?678/,
  /55[\s,.\u00a0\u202f]?555/,
];

/** The acting team's own data, which the answers do show (so the marker check is not vacuous). */
export const ACTING_TEAM_COMPANY = 'Alpha Visible Co';

/**
 * Answers `command text` the app gave in any of its ways: the acknowledgement body, a reply on the
 * response_url, or a form; throws when there is none in time.
 */
export async function sendAndAwaitAnswer(
  t: TestApp,
  slack: SlackRequester,
  command: string,
  text: string,
): Promise<string> {
  const sent = await slack.sendCommand({ command, text });
  expect({ command, text, status: sent.status }).toEqual({ command, text, status: 200 });
  if (sent.body !== '' && sent.body !== undefined) return JSON.stringify(sent.body);
  return eventually(
    () => {
      const reply = t.fake.callsTo('response_url').find((call) => call.url === sent.sent.response_url);
      const form = t.fake.callsTo('views.open').find((call) => call.body.trigger_id === sent.sent.trigger_id);
      const answer = reply ?? form;
      return answer ? JSON.stringify(answer.body) : undefined;
    },
    { timeoutMs: 15_000, what: `an answer to ${command} ${text}` },
  );
}

/** Seeds the other team through the real app, as its own people would, plus what only jobs create. */
export async function seedOtherTeam(
  t: TestApp,
  slack: SlackRequester,
  place: Place,
  teamIdOf: () => Promise<string>,
): Promise<void> {
  const commands: [string, string][] = [
    ['/lead', '"Bravo Secret Corp" source:seo email:ceo@bravo.example'],
    ['/lead', '"Zulu Hidden Ltd" source:paid_search'],
    ['/lead', '"Yankee Quiet GmbH" source:seo'],
    ['/deal', 'L-1 qualified value:98765'],
    ['/deal', 'D-1 won value:98765'],
    ['/deal', 'L-2 offer value:45678'],
    ['/deal', 'D-2 lost reason:price'],
    ['/spend', 'seo 55555 EUR period:2026-11-16..2026-11-29'],
    ['/feedback', 'complaint L-1 "bravo only complaint"'],
    ['/icp', 'note "BravoIcpNote"'],
  ];
  for (const [command, text] of commands) await sendAndAwaitAnswer(t, slack, command, text);

  const icp = await slack.sendCommand({ command: '/icp', text: 'edit' });
  const form = await t.fake.waitFor(
    'views.open',
    (call) => call.body.trigger_id === icp.sent.trigger_id,
    15_000,
  );
  const saved = await slack.submitView(form, {
    [IcpModalBlocks.industries]: { [INPUT_ACTION_ID]: 'BravoIndustryX' },
  });
  expect(saved.status).toBe(200);

  const team = { id: await teamIdOf() };
  await t.store.digestSchedules.save(
    team.id,
    {
      channelId: place.channelId,
      weekday: 1,
      time: '09:00',
      timeZone: 'UTC',
      cadenceWeeks: 2,
      anchorDate: '2026-11-30',
      enabled: true,
    },
    place.userId,
    t.clock.now(),
  );
  const meeting = await t.store.meetings.open(
    team.id,
    { start: new Date('2026-11-16T00:00:00Z'), end: new Date('2026-11-30T00:00:00Z') },
    t.clock.now(),
  );
  await t.store.meetings.addNote(
    meeting,
    { kind: 'decision', text: 'Bravo meeting note' },
    place.userId,
    t.clock.now(),
  );
  await t.store.actionItems.create(
    team.id,
    meeting.id,
    { ownerId: place.userId, text: 'Bravo hidden task', dueDate: new Date('2026-11-25T00:00:00Z') },
    place.userId,
    t.clock.now(),
  );
}

/**
 * What the other team sees of its own data, as proof that the markers match how the app writes it
 * (company names, amounts with their grouping, texts): each must be found here.
 */
export async function otherTeamSeesItsOwn(t: TestApp, slack: SlackRequester): Promise<string> {
  const answers: string[] = [];
  for (const [command, text] of [
    ['/deal', 'list won'],
    ['/deal', 'list lost'],
    ['/deal', 'list'],
    ['/spend', 'list'],
    ['/feedback', 'list'],
    ['/icp', ''],
    ['/meeting', ''],
  ] as const) {
    answers.push(await sendAndAwaitAnswer(t, slack, command, text));
  }
  return answers.join('\n');
}

/** Models holding a `teamId` column, read from the schema so a table added later is covered too. */
function teamOwnedModels(): string[] {
  const schema = readFileSync(join(__dirname, '../../prisma/models.prisma'), 'utf8');
  return [...schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)]
    .filter(([, , body]) => /^\s+teamId\s/m.test(body ?? ''))
    .map(([, name]) => `${name?.charAt(0).toLowerCase()}${name?.slice(1)}`);
}

type Delegate = { findMany(args: object): Promise<unknown[]> };

/** Every row of one Tandem team, table by table (and the team row itself), for a before/after comparison. */
export async function rowsOfTeam(t: TestApp, teamId: string): Promise<Record<string, unknown[]>> {
  const prisma = t.database.prisma as unknown as Record<string, Delegate>;
  const rows: Record<string, unknown[]> = {
    team: await t.database.prisma.team.findMany({ where: { id: teamId } }),
  };
  for (const model of teamOwnedModels()) {
    const delegate = prisma[model];
    if (!delegate) throw new Error(`no Prisma delegate for ${model}`);
    // Sorted here: not every table has an `id` to order by. BigInt columns (LeadDay sums) as text.
    rows[model] = (await delegate.findMany({ where: { teamId } }))
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)),
      )
      .sort();
  }
  return rows;
}

/** All the app sent to Slack (messages, replies, views, options, uploaded files) as one text. */
export function everythingSent(t: TestApp, acknowledgements: readonly string[]): string {
  const calls = t.fake.calls.map((call: RecordedCall) =>
    JSON.stringify({ body: call.body, response: call.response }),
  );
  const files = t.fake.files.map((file) => file.bytes?.toString('utf8') ?? '');
  return [...calls, ...files, ...acknowledgements].join('\n');
}

export const matches = (marker: string | RegExp, text: string): boolean =>
  typeof marker === 'string' ? text.includes(marker) : marker.test(text);

export function expectNoneOf(markers: readonly (string | RegExp)[], text: string): void {
  expect(markers.filter((marker) => matches(marker, text))).toEqual([]);
}
