import { meetingPeriodValue } from '../../src/domain/meeting';
import { createTranslator } from '../../src/i18n/translator';
import { ActionIds, MeetingBlocks } from '../../src/slack/ids';
import { buildMeetingButtons } from '../../src/views/messages/meetingButtons';
import type { TeamRecord } from '../../src/store/repos/teamStore';
import { atTime, scenarioServices, scenarioTeam } from '../support/digestScenario';
import { ALICE, BOB, buttonAction, SALES } from '../support/fixtures';
import type { TestApp } from '../support/testApp';

/** The digest of 16–29 Nov 2026 in Warsaw (midnights in UTC), whose meeting the tests run. */
export const PERIOD = { start: new Date('2026-11-15T23:00:00Z'), end: new Date('2026-11-29T23:00:00Z') };
export const PERIOD_LABEL = '16–29 Nov 2026';
/** Monday 30 Nov 2026, 11:00 in Warsaw: the morning after the digest. */
export const MEETING_NOW = '2026-11-30T10:00:00Z';
export const DIGEST_TS = '1764496800.000100';

/**
 * A Warsaw team with lead L-1 Acme (Alice's, new), L-2 Globex with deal D-1 in OFFER (Bob's), and
 * the period's digest posted in #sales, as `/digest post` records it.
 */
export async function meetingScenario(
  t: TestApp,
): Promise<{ team: TeamRecord; digest: { ts: string; blocks: unknown[] } }> {
  const team = await scenarioTeam(t);
  const services = scenarioServices(t);
  await atTime(t, '2026-11-10T09:00:00Z', () =>
    services.leads.add(team.id, ALICE, { company: 'Acme', source: 'seo' }),
  );
  await atTime(t, '2026-11-12T09:00:00Z', () =>
    services.leads.add(team.id, BOB, { company: 'Globex', source: 'paid_search', ownerId: BOB }),
  );
  const deal = await atTime(t, '2026-11-13T09:00:00Z', () =>
    services.deals.create(team, BOB, {
      leadNumber: 2,
      stage: 'OFFER',
      draft: { value: '12000' },
      allowSecondDeal: false,
    }),
  );
  if (deal.kind !== 'moved') throw new Error(`the scenario's deal was refused: ${JSON.stringify(deal)}`);
  const digest = await postedDigest(t, team);
  return { team, digest };
}

/** A posted digest run of PERIOD and its message (a headline and the meeting buttons). */
export async function postedDigest(t: TestApp, team: TeamRecord) {
  const now = t.clock.now();
  const claim = await t.store.digestRuns.claim({
    teamId: team.id,
    period: { ...PERIOD, timeZone: 'Europe/Warsaw' },
    channelId: SALES,
    trigger: 'command',
    now,
  });
  if (!claim.claimed) throw new Error('the digest run was already claimed');
  const blocks = [
    { type: 'section', text: { type: 'mrkdwn', text: `Sales & marketing digest · ${PERIOD_LABEL}` } },
    buildMeetingButtons(PERIOD, createTranslator('en')),
  ];
  await t.store.digestRuns.recordParent(claim.run.id, {
    channelId: SALES,
    ts: DIGEST_TS,
    payload: JSON.stringify({ blocks }),
  });
  await t.store.digestRuns.markPosted(claim.run.id, {
    permalink: `https://team-a.slack.com/archives/${SALES}/p1764496800000100`,
    snapshot: null,
    postedAt: now,
    note: null,
  });
  return { ts: DIGEST_TS, blocks };
}

/** Clicks one of the digest's meeting buttons. */
export function clickMeetingButton(
  t: TestApp,
  actionId: string,
  message: { ts: string; blocks: unknown[] },
  options: { userId?: string; value?: string } = {},
) {
  return t.slack.sendBlockActions({
    actions: buttonAction(actionId, {
      value: options.value ?? meetingPeriodValue(PERIOD),
      blockId: MeetingBlocks.buttons,
    }),
    message,
    channelId: SALES,
    userId: options.userId ?? ALICE,
  });
}

/**
 * Opens the action-item form from the digest and submits it; returns the submission's answer.
 * The recorded calls are cleared first and after the form opens, so the test sees the submission's.
 */
export async function addActionItem(
  t: TestApp,
  digest: { ts: string; blocks: unknown[] },
  values: { owner: string; text: string; due: string; related?: string; channel?: string },
  userId = ALICE,
) {
  t.fake.clearCalls();
  await clickMeetingButton(t, ActionIds.meetingAddActionItem, digest, { userId });
  const opened = await t.fake.waitFor('views.open');
  t.fake.clearCalls();
  return t.slack.submitView(
    opened,
    {
      action_item_owner: { value: { user: values.owner } },
      action_item_text: { value: values.text },
      action_item_due: { value: { date: values.due } },
      ...(values.related
        ? { action_item_related: { [ActionIds.meetingRecordSelect]: { selected: values.related } } }
        : {}),
      ...(values.channel ? { action_item_channel: { value: { selected: values.channel } } } : {}),
    },
    { userId },
  );
}
