import type { DealDraft } from '../../src/domain/deal';
import type { Stage } from '../../src/domain/stages';
import type { TeamRecord } from '../../src/store/repos/teamStore';
import type { RecordedCall } from '../support/fakeSlackApi';
import { ALICE, SALES } from '../support/fixtures';
import { atTime, scenarioServices, scenarioTeam } from '../support/digestScenario';
import type { TestApp } from '../support/testApp';

/**
 * Writing a pipeline through the app's services at given instants, then posting the digest of
 * 16–29 Nov 2026 (Warsaw) with a signed `/digest post` and reading what was posted to the fake
 * Slack. Instants are UTC; Warsaw is UTC+1 in November, so the period is
 * [2026-11-15T23:00Z, 2026-11-29T23:00Z).
 */
export type Block = {
  type: string;
  block_id?: string;
  image_url?: string;
  alt_text?: string;
  text?: { text: string };
  fields?: { text: string }[];
};

export function blocksOf(call: RecordedCall): Block[] {
  return call.json<Block[]>('blocks') ?? [];
}

function done<T extends { kind: string }>(outcome: T): T {
  if (!['added', 'moved', 'updated'].includes(outcome.kind))
    throw new Error(`pipeline step refused: ${JSON.stringify(outcome)}`);
  return outcome;
}

export function pipeline(t: TestApp, team: TeamRecord) {
  const s = scenarioServices(t);
  return {
    lead: (at: string, company: string, fields: Record<string, string> = {}) =>
      atTime(t, at, async () =>
        done(await s.leads.add(team.id, ALICE, { company, ownerId: ALICE, ...fields })),
      ),
    deal: (at: string, leadNumber: number, stage: Stage, draft: DealDraft = {}) =>
      atTime(t, at, async () =>
        done(await s.deals.create(team, ALICE, { leadNumber, stage, draft, allowSecondDeal: true })),
      ),
    move: (at: string, number: number, stage: Stage, draft: DealDraft = {}) =>
      atTime(t, at, async () =>
        done(await s.deals.change(team, ALICE, { number, change: { kind: 'move', stage }, draft })),
      ),
    reopen: (at: string, number: number, stage?: Stage) =>
      atTime(t, at, async () =>
        done(
          await s.deals.change(team, ALICE, {
            number,
            change: stage ? { kind: 'reopen', stage } : { kind: 'reopen' },
            draft: {},
          }),
        ),
      ),
    edit: (at: string, number: number, draft: DealDraft) =>
      atTime(t, at, async () =>
        done(await s.deals.change(team, ALICE, { number, change: { kind: 'update' }, draft })),
      ),
    spend: (at: string, channel: string, amount: string, period: string, currency?: string) =>
      atTime(t, at, async () =>
        done(await s.spend.add(team, ALICE, { channel, amount, period, ...(currency ? { currency } : {}) })),
      ),
  };
}

export async function truthTeam(t: TestApp): Promise<TeamRecord> {
  t.fake.setUser(ALICE, { is_admin: true });
  return scenarioTeam(t);
}

/** Posts the digest with a signed `/digest post`; the posted parent and thread replies. */
export async function postDigest(t: TestApp, text = 'post') {
  const sent = await t.slack.sendCommand({ command: '/digest', text, userId: ALICE, channelId: SALES });
  expect(sent.status).toBe(200);
  const confirmation = await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
  const posts = t.fake.callsTo('chat.postMessage').filter((call) => call.response.body.ok === true);
  const [parent, ...replies] = posts;
  if (!parent) throw new Error(`no digest posted: ${confirmation.allText()}`);
  const replyTitled = (title: string) => {
    const found = replies.find((reply) => String(reply.body.text).startsWith(title));
    if (!found)
      throw new Error(`no reply "${title}" in ${replies.map((r) => String(r.body.text)).join(' | ')}`);
    return found;
  };
  const image = (id: string) => blocksOf(parent).find((block) => block.block_id === id);
  // Every figure, wherever it is posted: the key figures in the parent, the rest in "More figures".
  const more = replies.find((reply) => String(reply.body.text).startsWith('More figures'));
  const fields = [parent, ...(more ? [more] : [])].flatMap((call) =>
    blocksOf(call).flatMap((block) => (block.fields ?? []).map((field) => field.text)),
  );
  return { confirmation, parent, replies, replyTitled, image, fields };
}
