import { ActionIds } from '../../src/slack/ids';
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
