import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t.close();
});

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc
    .array(
      fc.constantFrom(
        '"',
        '“',
        ':',
        ' ',
        'source:',
        'email:',
        'note:',
        '<@U1>',
        '&lt;!channel&gt;',
        '\u0007',
        'Ż',
      ),
      {
        maxLength: 40,
      },
    )
    .map((parts) => parts.join('')),
  fc.string({ minLength: 3900, maxLength: 4000 }),
);

describe('/lead with hostile text through the real app', () => {
  it('never fails the request and always answers the user', async () => {
    const samples = fc.sample(hostileText, { numRuns: 15, seed: 20261123 });
    let modalsOpened = 0;
    for (const text of samples) {
      const response = await t.slack.sendCommand({ command: '/lead', text });
      expect(response.status).toBe(200);
      if (text.trim() === '') {
        modalsOpened += 1;
        await t.fake.waitForCalls('views.open', modalsOpened, 15_000);
      } else if (response.body === '') {
        const answer = await t.fake.waitFor(
          'response_url',
          (call) => call.url === response.sent.response_url,
          15_000,
        );
        expect(answer.allText().length).toBeGreaterThan(0);
      }
    }
  });

  it('shows typed mentions and links as text, so they cannot ping or disguise a link', async () => {
    // Slack escapes < > & in command text; the app must not turn them back into live markup.
    const text = '&lt;!channel&gt; Corp note:"&lt;https://evil.example|bank&gt;"';
    const response = await t.slack.sendCommand({ command: '/lead', text });
    const answer = await t.fake.waitFor(
      'response_url',
      (call) => call.url === response.sent.response_url,
      15_000,
    );
    const rendered = JSON.stringify(answer.body);
    expect(rendered).toContain('&lt;!channel&gt; Corp');
    expect(rendered).not.toContain('<!channel>');
    const stored = await t.database.prisma.lead.findFirst({ where: { company: '<!channel> Corp' } });
    expect(stored?.note).toBe('<https://evil.example|bank>');
  });
});
