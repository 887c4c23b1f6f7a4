import { SALES, TEAM_A } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testApp';
import { run, type Answer } from '../pipelineSupport';

let t: TestApp;

beforeEach(async () => {
  t = await startTestApp({ now: '2026-11-23T10:00:00Z' });
});

afterEach(async () => {
  // close() also fails the test when the app sent anything Slack refuses (e.g. a section over 3000).
  await t.close();
});

/** Sentences full of what mrkdwn escaping grows: each `&` becomes 5 characters, `<` and `>` 4. */
const HOSTILE = {
  en: 'Fish & chips <b>for</b> R&D > marketing & sales <!channel> ',
  pl: 'Zażółć & gęślą <jaźń> > Łódź & Kraków <b>oferta</b> ',
  ru: 'Съешь & ещё <этих> мягких > булок & чаю <b>сделка</b> ',
} as const;

/** `sentence` repeated to about `length` characters, a newline every few sentences. */
function longText(sentence: string, length: number): string {
  const parts: string[] = [];
  for (let i = 0; parts.join('').length < length; i++) parts.push(i % 3 === 2 ? `${sentence}\n` : sentence);
  return parts.join('').slice(0, length).trim();
}

/** Every mrkdwn text in the answer's blocks: entities whole, user markup escaped (never a raw `<b>`). */
function expectEscapedWhole(answer: Answer): void {
  const blocks = JSON.stringify(answer.blocks);
  expect(blocks).not.toMatch(/&(?!amp;|lt;|gt;)/);
  expect(blocks).not.toMatch(/<b>|<jaźń>|<этих>|<!channel>/);
}

describe.each(['en', 'pl', 'ru'] as const)('long texts full of &, < and > (%s team)', (language) => {
  const sentence = HOSTILE[language];
  const text = longText(sentence, 2950);

  beforeEach(async () => {
    const team = await t.store.teams.ensure(TEAM_A.id);
    await t.database.prisma.team.update({ where: { id: team.id }, data: { locale: language } });
    await run(t, '/lead', 'Acme & <Sons>');
  });

  it('confirms feedback with the quote cut to fit', async () => {
    const answer = await run(t, '/feedback', `complaint L-1 "${text}"`);
    expect(answer.text).toContain('F-1');
    expect(answer.text).toContain(sentence.slice(0, 12).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    expectEscapedWhole(answer);
    expect((await t.database.prisma.feedback.findFirstOrThrow()).text).toBe(text);
  });

  it('shows a lead whose fields are all long', async () => {
    const field = text.replace(/\n/g, ' ').slice(0, 390);
    await run(
      t,
      '/lead',
      `Beta & Co contact:"${field}" campaign:"${field}" industry:"${field}" note:"${text}"`,
    );
    const shown = await run(t, '/lead', 'show L-2');
    expect(shown.text).toContain('L-2');
    expectEscapedWhole(shown);
  });

  it('echoes a rejected long line back', async () => {
    const result = await t.slack.sendCommand({
      command: '/lead',
      text: `source:nowhere owner:nobody ${text.replace(/\n/g, ' ')}`,
      channelId: SALES,
    });
    const echoed =
      result.body === ''
        ? JSON.stringify(
            (await t.fake.waitFor('response_url', (call) => call.url === result.sent.response_url)).body,
          )
        : JSON.stringify(result.body);
    expect(echoed).toContain('```');
    expect(echoed).not.toMatch(/&(?!amp;|lt;|gt;)/);
  });

  it('confirms an /icp note', async () => {
    // A note holds at most 2000 characters as typed; escaped they would be up to 5 times as many.
    const answer = await run(t, '/icp', `note ${text.slice(0, 2000)}`);
    // Users whose Slack locale is en-US read the team's language.
    const openNotes = { en: '1 open ICP note', pl: '1 otwarta notatka ICP', ru: '1 открытая заметка по ICP' };
    expect(answer.text).toContain(openNotes[language]);
    expectEscapedWhole(answer);
    expect(await t.database.prisma.icpNote.count()).toBe(1);
  });

  it('confirms spend with a long note and shows a deal lost for a long reason', async () => {
    const spent = await run(t, '/spend', `paid_search 450 EUR note:"${text}"`);
    expectEscapedWhole(spent);
    await run(t, '/deal', 'L-1 offer value:1000');
    const lost = await run(t, '/deal', `D-1 lost reason:other why:"${text}"`);
    expectEscapedWhole(lost);
    const shown = await run(t, '/deal', 'show D-1');
    expect(shown.text).toContain('D-1');
    expectEscapedWhole(shown);
  });
});
