import { ActionIds } from '../../src/slack/ids';
import { ALICE, TEAM_A, buttonAction } from '../support/fixtures';
import type { RecordedCall } from '../support/recordedCall';
import type { TestApp } from '../support/testApp';
import { moneyAsNumber } from '../../src/store/db/moneyColumns';

/** What the app answered to a command or a click: every text joined, and the blocks. */
export type Answer = { text: string; blocks: Block[]; call?: RecordedCall };
type Block = { type: string; block_id?: string; elements?: { action_id?: string; value?: string }[] };

function collectTexts(value: unknown, out: string[]): void {
  if (Array.isArray(value)) value.forEach((item) => collectTexts(item, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, nested] of Object.entries(value)) {
      if (key === 'text' && typeof nested === 'string') out.push(nested);
      else collectTexts(nested, out);
    }
  }
}

/** Sends a slash command and returns the answer, whether it came in the ack or through the response_url. */
export async function run(t: TestApp, command: string, text: string, userId = ALICE): Promise<Answer> {
  const result = await t.slack.sendCommand({ command, text, userId });
  expect(result.status).toBe(200);
  if (result.body !== '') {
    const texts: string[] = [];
    collectTexts(result.body, texts);
    return { text: texts.join('\n'), blocks: (result.body as { blocks?: Block[] }).blocks ?? [] };
  }
  const call = await t.fake.waitFor('response_url', (each) => each.url === result.sent.response_url);
  return { text: call.allText(), blocks: call.json<Block[]>('blocks') ?? [], call };
}

export function buttonValue(answer: Answer, actionId: string): string {
  for (const block of answer.blocks) {
    const element = block.elements?.find((each) => each.action_id === actionId);
    if (element?.value !== undefined) return element.value;
  }
  throw new Error(`no ${actionId} button in: ${answer.text}`);
}

/** Clicks a button of an answer, as `userId`, and returns what the app posted back to the response_url. */
export async function click(t: TestApp, answer: Answer, actionId: string, userId = ALICE): Promise<Answer> {
  const sent = await t.slack.sendBlockActions({
    actions: buttonAction(actionId, { value: buttonValue(answer, actionId) }),
    message: { ts: '1700000000.000100', blocks: answer.blocks },
    userId,
    ephemeral: true,
  });
  const call = await t.fake.waitFor('response_url', (each) => each.url === sent.sent.response_url);
  return { text: call.allText(), blocks: call.json<Block[]>('blocks') ?? [], call };
}

export async function clickUndo(t: TestApp, answer: Answer, userId = ALICE): Promise<Answer> {
  return click(t, answer, ActionIds.undoChange, userId);
}

export async function teamId(t: TestApp): Promise<string> {
  return (await t.store.teams.ensure(TEAM_A.id)).id;
}

export async function dealRow(t: TestApp, number: number) {
  return moneyAsNumber(
    await t.database.prisma.deal.findUnique({
      where: { teamId_number: { teamId: await teamId(t), number } },
    }),
  );
}

export async function leadRow(t: TestApp, number: number) {
  return t.database.prisma.lead.findUnique({ where: { teamId_number: { teamId: await teamId(t), number } } });
}

/** A deal's stage events, oldest first, with the columns the conventions define. */
export async function eventRows(t: TestApp, number: number) {
  const deal = await dealRow(t, number);
  const events = await t.database.prisma.stageEvent.findMany({
    where: { dealId: deal?.id ?? '' },
    orderBy: { at: 'asc' },
  });
  return events.map((event) => ({
    fromStage: event.fromStage,
    toStage: event.toStage,
    kind: event.kind,
    skipped: event.skipped,
    at: event.at.toISOString(),
    byUserId: event.byUserId,
    valueMinor: event.valueMinor === null ? null : Number(event.valueMinor),
    currency: event.currency,
    discountPct: event.discountPct,
    reason: event.reason,
  }));
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
