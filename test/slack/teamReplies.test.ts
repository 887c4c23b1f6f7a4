import { createTranslator } from '../../src/i18n/translator';
import { ActionIds, FeedbackModalBlocks, INPUT_ACTION_ID, SpendModalBlocks } from '../../src/slack/ids';
import type { StateValuesMap as StateValues } from '../support/viewState';
import { ALICE, buttonAction, GENERAL, MARKETING, SALES } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';
import { command, leadCompanies, twoTeams } from './teamsSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

const lead = (text: string, channelId: string) => command(t, '/lead', text, { userId: ALICE, channelId });

function undoValue(call: { json<T>(path: string): T | undefined }): string {
  const blocks = call.json<{ elements?: { action_id?: string; value?: string }[] }[]>('blocks') ?? [];
  const undo = blocks
    .flatMap((block) => block.elements ?? [])
    .find((each) => each.action_id === ActionIds.undoChange);
  return undo?.value ?? '';
}

describe('several teams in one workspace', () => {
  it('with one team, replies name no team', async () => {
    const added = await lead('Acme', GENERAL);
    expect(added.allText()).not.toContain('Team:');
  });

  it('names the team each reply acted on, and says the default stays when a channel picks another', async () => {
    const { main, emea } = await twoTeams(t);

    // The first command in EMEA's channel makes EMEA Alice's default (she had none).
    const inEmea = await lead('Acme', MARKETING);
    expect(inEmea.allText()).toContain('Team: *EMEA*');
    expect(inEmea.allText()).not.toContain('default team stays');

    const inMain = await lead('Globex', SALES);
    expect(inMain.allText()).toContain(
      'Team: *main*, this channel’s team; your default team stays *EMEA* (to make this one your default: `/tandem team main`)',
    );

    // Outside bound channels the default still decides: it did not change silently.
    const elsewhere = await lead('Initech', GENERAL);
    expect(elsewhere.allText()).toContain('Team: *EMEA*');
    expect(await leadCompanies(t, emea)).toEqual(['L-1 Acme', 'L-2 Initech']);
    expect(await leadCompanies(t, main)).toEqual(['L-1 Globex']);
  });

  it('undoes a change of another team from wherever the button is clicked', async () => {
    const { main, emea } = await twoTeams(t);
    await lead('Acme', MARKETING);
    const inMain = await lead('Globex', SALES);

    // Clicked in an unbound channel, where Alice's default (EMEA) would be picked.
    const sent = await t.slack.sendBlockActions({
      actions: buttonAction(ActionIds.undoChange, { value: undoValue(inMain) }),
      message: { ts: '1700000000.000100' },
      userId: ALICE,
      channelId: GENERAL,
      ephemeral: true,
    });
    const answer = await t.fake.waitFor('response_url', (call) => call.url === sent.sent.response_url);
    expect(answer.allText()).toContain('Undone: lead `L-1` is removed.');
    expect(answer.allText()).toContain('Team: *main*');
    expect(await leadCompanies(t, main)).toEqual([]);
    expect(await leadCompanies(t, emea)).toEqual(['L-1 Acme']);
  });

  it('names the team in Russian for a ru-RU user', async () => {
    await twoTeams(t);
    t.fake.setUser(ALICE, { locale: 'ru-RU' });
    await lead('Acme', MARKETING);
    const inMain = await lead('Globex', SALES);
    expect(inMain.allText()).toContain(
      'Команда: *main* — команда этого канала; ваша команда по умолчанию по-прежнему *EMEA*',
    );
  });
});

describe('several teams: form confirmations and button replies name the team too', () => {
  /** Opens `name`'s form in `channelId` as Alice and submits it with `values`; returns her confirmation. */
  async function submitForm(name: string, text: string, channelId: string, values: StateValues) {
    const sent = await t.slack.sendCommand({ command: name, text, userId: ALICE, channelId });
    const opened = await t.fake.waitFor(
      'views.open',
      (call) => call.body.trigger_id === sent.sent.trigger_id,
    );
    t.fake.clearCalls();
    const submitted = await t.slack.submitView(opened, values, { userId: ALICE });
    expect(submitted.body).toBe('');
    return t.fake.waitFor('chat.postEphemeral', (call) => call.body.user === ALICE);
  }

  it.each(['en', 'pl'] as const)(
    'in %s: the spend and feedback forms and the ICP buttons',
    async (language) => {
      const { emea } = await twoTeams(t);
      await t.database.prisma.team.update({ where: { id: emea }, data: { locale: language } });
      const named = createTranslator(language).t('flow.team', { team: 'EMEA' });

      const spend = await submitForm('/spend', '', MARKETING, {
        [SpendModalBlocks.channel]: { [INPUT_ACTION_ID]: { selected: 'events' } },
        [SpendModalBlocks.amount]: { [INPUT_ACTION_ID]: '4500' },
        [SpendModalBlocks.currency]: { [INPUT_ACTION_ID]: 'PLN' },
        [SpendModalBlocks.firstDay]: { [INPUT_ACTION_ID]: { date: '2026-11-10' } },
        [SpendModalBlocks.lastDay]: { [INPUT_ACTION_ID]: { date: '2026-11-12' } },
      });
      expect(spend.allText()).toContain(named);

      await lead('Acme', MARKETING);
      const feedback = await submitForm('/feedback', '', MARKETING, {
        [FeedbackModalBlocks.kind]: { [ActionIds.feedbackKindSelect]: { selected: 'praise' } },
        [FeedbackModalBlocks.text]: { [INPUT_ACTION_ID]: 'Great rollout' },
        [FeedbackModalBlocks.client]: { [ActionIds.feedbackClientSelect]: { selected: 'L-1' } },
        [FeedbackModalBlocks.source]: { [INPUT_ACTION_ID]: { selected: 'support' } },
      });
      expect(feedback.allText()).toContain(named);

      const clicked = await t.slack.sendBlockActions({
        actions: buttonAction(ActionIds.icpShow),
        channelId: MARKETING,
        userId: ALICE,
        message: { ts: '1700000000.000200' },
      });
      const shown = await t.fake.waitFor('response_url', (call) => call.url === clicked.sent.response_url);
      expect(shown.allText()).toContain(named);
    },
  );
});
