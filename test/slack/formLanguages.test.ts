import {
  ActionIds,
  CallbackIds,
  DigestScheduleBlocks,
  INPUT_ACTION_ID,
  LeadModalBlocks,
} from '../../src/slack/ids';
import { scenarioTeam } from '../support/digestScenario';
import { ALICE, appHomeOpenedEvent, BOB, SALES } from '../support/fixtures';
import { leftoverPlaceholders, untranslatedEnglish } from '../support/languageChecks';
import { startTestApp, type TestApp } from '../support/testApp';

type View = { callback_id?: string; title?: { text: string }; submit?: { text: string }; blocks: unknown[] };

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

describe('forms and the App Home in the requesting user’s Slack language', () => {
  it('opens the lead form in Polish for a user whose Slack speaks Polish', async () => {
    t.fake.setUser(ALICE, { locale: 'pl-PL' });
    await t.slack.sendCommand({ command: '/lead', text: '', channelId: SALES, userId: ALICE });
    const opened = await t.fake.waitFor('views.open');
    const view = opened.json<View>('view');
    expect(view?.callback_id).toBe(CallbackIds.leadModal);
    expect([view?.title?.text, view?.submit?.text]).toEqual(['Nowy lead', 'Dodaj lead']);
    expect(JSON.stringify(view)).toContain('"text":"Kanał pozyskania"');
    // The team's default channels read in Polish too.
    expect(JSON.stringify(view)).toContain('"text":"Reklama w wyszukiwarce (paid_search)"');
    // Each channel's key follows its name, as `/lead … source:email` takes it: a code, not a word.
    const withoutKeys: unknown = JSON.parse(JSON.stringify(view).replace(/ \([a-z_]+\)"/g, '"'));
    expect(untranslatedEnglish(withoutKeys, 'pl')).toEqual([]);
    expect(leftoverPlaceholders(view)).toEqual([]);
  });

  it('serves the country picker in the user’s language, matching names in it', async () => {
    t.fake.setUser(ALICE, { locale: 'pl-PL' });
    const polish = await t.slack.sendBlockSuggestion({
      actionId: ActionIds.countrySelect,
      value: 'niem',
      userId: ALICE,
    });
    expect(polish.body).toEqual({
      options: [{ text: { type: 'plain_text', text: 'Niemcy (DE)' }, value: 'DE' }],
    });
    t.fake.setUser(BOB, { locale: 'ru-RU' });
    const russian = await t.slack.sendBlockSuggestion({
      actionId: ActionIds.countrySelect,
      value: 'Польш',
      userId: BOB,
    });
    expect(russian.body).toEqual({
      options: [{ text: { type: 'plain_text', text: 'Польша (PL)' }, value: 'PL' }],
    });
  });

  it('keeps English for a user whose Slack speaks English, in the same team', async () => {
    t.fake.setUser(ALICE, { locale: 'pl-PL' });
    await t.slack.sendCommand({ command: '/lead', text: '', channelId: SALES, userId: BOB });
    const opened = await t.fake.waitFor('views.open');
    expect(opened.json<View>('view')?.title?.text).toBe('New lead');
  });

  it('publishes a Polish App Home for a user whose Slack speaks Polish', async () => {
    t.fake.setUser(BOB, { locale: 'pl-PL' });
    await t.slack.sendEvent(appHomeOpenedEvent(BOB));
    const published = await t.fake.waitFor('views.publish', (call) => call.body.user_id === BOB);
    const view = published.json<View>('view');
    const text = JSON.stringify(view);
    expect(text).toContain('Witaj w Tandem');
    expect(text).toContain(':bust_in_silhouette: Nowy lead');
    expect(text).toContain('*Bieżący okres do dziś*');
    expect(text).toContain('*Otwarte zadania*: brak.');
    expect(untranslatedEnglish(view, 'pl')).toEqual([]);
    expect(leftoverPlaceholders(view)).toEqual([]);
  });

  it('saves a Polish user’s digest schedule and confirms it in Polish', async () => {
    await scenarioTeam(t);
    t.fake.setUser(ALICE, { locale: 'pl-PL', is_admin: true });
    await t.slack.sendCommand({ command: '/digest', text: 'schedule', channelId: SALES, userId: ALICE });
    const opened = await t.fake.waitFor('views.open');
    const view = opened.json<View>('view');
    expect(view?.title?.text).toBe('Harmonogram podsumowań');
    expect(untranslatedEnglish(view, 'pl')).toEqual([]);
    t.clock.set('2026-11-30T07:00:00Z');
    await t.slack.submitView(
      opened,
      {
        [DigestScheduleBlocks.channel]: { value: { conversation: SALES } },
        [DigestScheduleBlocks.weekday]: { value: { selected: '1' } },
        [DigestScheduleBlocks.time]: { value: { time: '09:00' } },
        [DigestScheduleBlocks.timeZone]: { value: 'Europe/Warsaw' },
        [DigestScheduleBlocks.cadenceWeeks]: { value: { selected: '2' } },
        [DigestScheduleBlocks.enabled]: { value: { selected: ['enabled'] } },
      },
      { userId: ALICE },
    );
    const confirmation = await t.fake.waitFor('chat.postEphemeral');
    expect(confirmation.allText()).toContain(
      `:calendar: Podsumowanie będzie publikowane co 2 tygodnie, dzień: poniedziałek, godz. 09:00 (Europe/Warsaw), kanał <#${SALES}>. Pierwsze: 30 lis 2026, 09:00, za okres 16–29 lis 2026.`,
    );
  });

  it('answers a Russian user’s invalid lead form with Russian field errors', async () => {
    t.fake.setUser(ALICE, { locale: 'ru-RU' });
    await t.slack.sendCommand({ command: '/lead', text: '', channelId: SALES, userId: ALICE });
    const opened = await t.fake.waitFor('views.open');
    expect(opened.json<View>('view')?.title?.text).toBe('Новый лид');
    const invalid = await t.slack.submitView(
      opened,
      {
        [LeadModalBlocks.company]: { [INPUT_ACTION_ID]: 'Acme Corp' },
        [LeadModalBlocks.email]: { [INPUT_ACTION_ID]: 'not-an-email' },
      },
      { userId: ALICE },
    );
    expect(invalid.body).toEqual({
      response_action: 'errors',
      errors: { [LeadModalBlocks.email]: '«not-an-email» — не адрес эл. почты (напр. email:anna@acme.com)' },
    });
  });
});
