import { ActionIds } from '../../../src/slack/ids';
import type { RecordedCall } from '../../support/fakeSlackApi';
import { ALICE, appHomeOpenedEvent, BOB, DAVE, staticSelectAction, TEAM_A } from '../../support/fixtures';
import { leftoverPlaceholders } from '../../support/languageChecks';
import { startTestApp, type TestApp } from '../../support/testApp';
import { run } from '../pipelineSupport';
import { englishIn } from '../views/replyProse';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  await t.close();
});

/** The workspace's team in `locale`; every user keeps Slack's en-US, as Polish and Russian users do. */
async function teamIn(locale: 'pl' | 'ru'): Promise<string> {
  const team = await t.store.teams.ensure(TEAM_A.id);
  await t.database.prisma.team.update({ where: { id: team.id }, data: { locale } });
  return team.id;
}

async function openHome(userId: string): Promise<RecordedCall> {
  t.fake.clearCalls();
  await t.slack.sendEvent(appHomeOpenedEvent(userId));
  return t.fake.waitFor('views.publish', (call) => call.body.user_id === userId);
}

describe('a Polish team whose people use Slack in en-US', () => {
  it('answers in Polish, and `/tandem language en` switches only that person to English', async () => {
    await teamIn('pl');
    const lead = await run(t, '/lead', 'Acme Corp source:seo country:DE');
    expect(lead.text).toContain('Dodano leada `L-1` *Acme Corp*');
    const rejected = await run(t, '/lead', 'Acme colour:red');
    expect(rejected.text).toContain('```/lead Acme colour:red```');
    const help = await run(t, '/lead', 'help', BOB);
    // A problem names the key as typed, in whichever language it was typed.
    const polishKey = await run(t, '/lead', 'Acme wielkość:dużo opiekun:bob');
    expect(polishKey.text).toContain('*wielkość*:');
    expect(polishKey.text).toContain('*opiekun*:');
    const englishKey = await run(t, '/lead', 'Acme size:dużo', BOB);
    expect(englishKey.text).toContain('*size*:');
    expect(englishKey.text).not.toMatch(/companySize|ownerId/);
    for (const answer of [lead, rejected, help, polishKey]) {
      expect(englishIn(answer.text, 'pl')).toEqual([]);
      expect(leftoverPlaceholders(answer.text)).toEqual([]);
    }

    const switched = await run(t, '/tandem', 'language en', BOB);
    expect(switched.text).toContain('Tandem speaks English to you in team *main*');
    expect(switched.text).toContain('team language (Polish)');
    expect(await t.store.teamMembers.language((await t.store.teams.ensure(TEAM_A.id)).id, BOB)).toBe('en');

    const bobsList = await run(t, '/lead', 'list', BOB);
    expect(bobsList.text).toContain('Acme Corp');
    expect(englishIn(bobsList.text, 'pl')).not.toEqual([]);
    const alicesList = await run(t, '/lead', 'list', ALICE);
    expect(englishIn(alicesList.text, 'pl')).toEqual([]);

    const back = await run(t, '/tandem', 'language auto', BOB);
    expect(back.text).toContain('Tandem pisze do ciebie w zespole *main* w języku: polski');
  });

  it('shows App Home in Polish with a language picker that switches that person alone', async () => {
    await teamIn('pl');
    const home = await openHome(ALICE);
    expect(englishIn(home.json('view'), 'pl')).toEqual([]);
    expect(home.allText()).toContain('Twój język');

    t.fake.clearCalls();
    await t.slack.sendBlockActions({
      actions: staticSelectAction(ActionIds.homeLanguage, 'en'),
      view: { id: 'V_HOME', type: 'home' },
      userId: ALICE,
    });
    const republished = await t.fake.waitFor('views.publish', (call) => call.body.user_id === ALICE);
    expect(republished.allText()).toContain('Your language');
    expect((await openHome(BOB)).allText()).toContain('Twój język');
  });

  it('refuses a language Tandem does not speak, naming what it accepts', async () => {
    await teamIn('pl');
    const refused = await run(t, '/tandem', 'language de');
    expect(refused.text).toContain('„de” nie jest językiem Tandemu: użyj pl, ru, en albo auto');
  });
});

describe('a Russian team whose people use Slack in en-US', () => {
  it('answers in Russian, keeps a Slack locale Tandem speaks, and switches one person to English', async () => {
    await teamIn('ru');
    await run(t, '/lead', 'Globex');
    const list = await run(t, '/deal', 'L-1 negotiation value:5000 currency:EUR');
    expect(englishIn(list.text, 'ru')).toEqual([]);
    const help = await run(t, '/deal', 'help', BOB);
    expect(englishIn(help.text, 'ru')).toEqual([]);

    // A British English Slack is a choice the person made in Slack: it is kept.
    t.fake.setUser(DAVE, { locale: 'en-GB' });
    const british = await run(t, '/tandem', 'language', DAVE);
    expect(british.text).toContain('Your language in team *main*: English');

    const switched = await run(t, '/tandem', 'language en', ALICE);
    expect(switched.text).toContain('Tandem speaks English to you');
    const shown = await run(t, '/deal', 'show D-1', ALICE);
    expect(shown.text).toContain('Negotiation');
    const someoneElse = await run(t, '/tandem', 'language', BOB);
    expect(someoneElse.text).toContain('Ваш язык в команде *main*: русский');
  });
});
