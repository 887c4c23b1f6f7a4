import { buildDigestMessage, markAmended, amendedNote } from '../../../src/digest/blocks/digestMessage';
import { buildDigestThread } from '../../../src/digest/blocks/threadReplies';
import { withoutImages } from '../../../src/digest/blocks/imageBlocks';
import { buildFunnelChart } from '../../../src/digest/charts/funnelChart';
import type { DigestContent, FeedbackDigestItem } from '../../../src/digest/digestContent';
import type { KnownBlock } from '../../../src/blockKit/message';
import { digestFiguresFixture, FIXTURE_LABELS, digestStyle } from '../../support/digestFigures';

const style = digestStyle();

function contentFixture(overrides: Partial<DigestContent> = {}): DigestContent {
  const figures = digestFiguresFixture();
  return {
    figures,
    labels: FIXTURE_LABELS,
    style,
    images: [{ chart: buildFunnelChart(figures, style), url: 'https://quickchart.io/chart?c=funnel' }],
    feedback: [
      {
        kind: 'wish',
        total: 2,
        items: [
          { text: 'Export to Excel', company: 'Acme', product: 'analytics' },
          { text: 'Dark mode', company: null, product: null },
        ],
        wishRanking: [
          { product: 'analytics', clients: 3, mentions: 4 },
          { product: null, clients: 1, mentions: 1 },
        ],
      },
      {
        kind: 'complaint',
        total: 1,
        items: [{ text: 'Slow <!channel> sync', company: 'Acme', product: 'crm' }],
      },
    ],
    lostDeals: {
      total: 1,
      items: [
        {
          dealNumber: 7,
          company: 'Globex',
          reason: 'price',
          reasonText: 'Too expensive',
          valueMinor: 1_500_000,
          currency: 'EUR',
          ownerId: 'U0000ALICE',
        },
      ],
    },
    icp: {
      written: {
        version: 3,
        sections: { industries: 'retail, logistics', pains: 'Manual reporting\nLate deliveries' },
        changedAt: new Date('2026-11-03T10:00:00Z'),
      },
      profile: undefined,
    },
    ...overrides,
  };
}

function texts(blocks: KnownBlock[]): string {
  return JSON.stringify(blocks);
}

function sectionTexts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === 'section'
      ? [block.text?.text ?? '', ...(block.fields ?? []).map((field) => field.text)]
      : [],
  );
}

describe('digest parent message', () => {
  const message = buildDigestMessage(contentFixture());

  it('heads with the period in the team zone', () => {
    expect(message.blocks[0]).toMatchObject({
      type: 'header',
      text: { text: 'Sales & marketing digest · 9–22 Nov 2026' },
    });
  });

  it('shows the key figures with the change, marked better or worse by polarity, n/a for nulls', () => {
    const fields = sectionTexts(message.blocks).filter(
      (text) => /^\*[^*]+\*\n/.test(text) && !text.startsWith('*Agenda'),
    );
    expect(fields).toEqual([
      '*Leads created*\n48   ↑ +8 (+20 %) :large_green_circle: better',
      '*Lead quality*\n41.7 %   ↓ −13.3 pp :red_circle: worse',
      // Spend is neutral: more of it is neither good nor bad news by itself.
      '*Marketing spend*\nEUR\u00a012,000   ↑ +EUR\u00a02,000 (+20 %)',
      '*Cost per lead*\nEUR\u00a0250   → no change',
      '*Customer acquisition cost*\nEUR\u00a04,000   n/a',
      '*Wins*\n4   ↑ +1 (+33.3 %) :large_green_circle: better',
      '*Won value*\nEUR\u00a056,000   ↑ +EUR\u00a06,000 (+12 %) :large_green_circle: better',
      '*Win rate*\n57.1 %   ↑ +19.6 pp :large_green_circle: better',
    ]);
    expect(texts(message.blocks)).toContain('19 more figures in the thread.');
  });

  it('puts every other figure in the thread, lower-is-better ones marked by it, and drops rows n/a in both periods', () => {
    const figures = digestFiguresFixture();
    const content = contentFixture({
      figures: {
        ...figures,
        kpis: { ...figures.kpis, offerAcceptancePct: { current: null, previous: null } },
      },
    });
    const more = buildDigestThread(content).find((reply) => reply.text.startsWith('More figures'));
    const fields = sectionTexts(more?.blocks ?? []).filter((text) => text.includes('\n'));
    expect(fields).toEqual(
      expect.arrayContaining([
        '*Leads qualified*\n20   ↓ −2 (−9.1 %) :red_circle: worse',
        '*Lost value*\nEUR\u00a021,000   ↓ −EUR\u00a09,000 (−30 %) :large_green_circle: better',
        '*Average discount*\n7.5 %   ↑ +2.5 pp :red_circle: worse',
        '*Days to close*\n38.5 d   ↓ −2.5 d (−6.1 %) :large_green_circle: better',
        '*Negotiation rounds*\n1.5   ↓ −0.5 (−25 %)',
      ]),
    );
    expect(fields).toHaveLength(18);
    expect(fields.join('\n')).not.toContain('Offer acceptance');
    expect(texts(buildDigestMessage(content).blocks)).toContain('18 more figures in the thread.');
  });

  it('has the chart image with alt text stating the numbers, the ICP highlights and the agenda', () => {
    const image = message.blocks.find((block) => block.type === 'image');
    expect(image).toMatchObject({ image_url: 'https://quickchart.io/chart?c=funnel' });
    expect(image && 'alt_text' in image ? image.alt_text : '').toContain('Lead 240');
    // Rewritten during the period (after the last digest): its highlights are shown.
    const base = contentFixture();
    const written = base.icp.written && { ...base.icp.written, changedAt: new Date('2026-11-10T10:00:00Z') };
    const all = texts(buildDigestMessage(contentFixture({ icp: { ...base.icp, written } })).blocks);
    expect(all).toContain('*Ideal customer profile* (version 3, 10 Nov 2026)');
    expect(all).toContain('*Pains*: Manual reporting; Late deliveries');
    expect(all).toContain('Why did clients agree or refuse?');
    expect(all).toContain('Does the ICP match the sales-ready profile?');
    expect(all).toContain('most asked for Analytics (3 clients)');
  });

  it('says in one line that the ICP did not change since the last digest', () => {
    const all = texts(message.blocks);
    expect(all).toContain('*Ideal customer profile*: unchanged (version 3, 3 Nov 2026), see `/icp`.');
    expect(all).not.toContain('Manual reporting');
  });

  it('has a plain-text fallback with the headline figures', () => {
    expect(message.text).toBe(
      'Sales & marketing digest · 9–22 Nov 2026: 48 leads, lead quality 41.7 %, 4 wins worth EUR\u00a056,000, ' +
        'win rate 57.1 %, spend EUR\u00a012,000. Charts, ICP and agenda in the message; details in the thread.',
    );
  });

  it('says in place of a chart why its image is missing', () => {
    const figures = digestFiguresFixture();
    const content = contentFixture({
      images: [
        {
          chart: buildFunnelChart(figures, style),
          problem: { kind: 'no_short_url', reason: 'getaddrinfo ENOTFOUND quickchart.io' },
        },
      ],
    });
    expect(texts(buildDigestMessage(content).blocks)).toContain(
      'the chart image is not shown because its URL is too long for Slack and no short URL could be made (getaddrinfo ENOTFOUND quickchart.io). Its figures are in the thread.',
    );
  });

  it('replaces images Slack could not download with a note', () => {
    const stripped = withoutImages(message.blocks, style.t);
    expect(stripped.some((block) => block.type === 'image')).toBe(false);
    expect(texts(stripped)).toContain('Slack could not download the chart image');
  });

  it('marks an amended digest once, right after the header', () => {
    const note = amendedNote(new Date('2026-11-25T08:00:00Z'), { style });
    const amended = markAmended(markAmended(message, note, style.t), note, style.t);
    expect(amended.blocks[1]).toMatchObject({ block_id: 'digest_amended' });
    expect(amended.blocks.filter((block) => block.block_id === 'digest_amended')).toHaveLength(1);
    expect(texts(amended.blocks)).toContain('*Amended* 25 Nov 2026, 09:00');
  });
});

describe('digest thread', () => {
  const thread = buildDigestThread(contentFixture());

  it('posts chart tables, more figures, a reply per feedback kind logged and one line for the rest, lost reasons, then products and reps', () => {
    expect(thread.map((reply) => reply.text)).toEqual([
      'The figures behind the charts',
      'More figures, 9–22 Nov 2026 (change against the previous period)',
      'Complaint: 1 in 9–22 Nov 2026',
      'Wish / product request: 2 in 9–22 Nov 2026',
      'Nothing logged in 9–22 Nov 2026: praise / review and objection / reason for refusing.',
      'Lost deals in 9–22 Nov 2026',
      'Products and reps in 9–22 Nov 2026',
    ]);
  });

  it('ranks wishes by clients and escapes what clients wrote', () => {
    const wishes = texts(thread[3]?.blocks ?? []);
    expect(wishes).toContain('1. Analytics: 3 clients, 4 wishes\\n2. No product named: 1 client, 1 wish');
    expect(wishes).toContain('“Export to Excel” — Acme · Analytics');
    expect(texts(thread[2]?.blocks ?? [])).toContain('Slow &lt;!channel&gt; sync');
  });

  it('details lost deals and the product and rep reports', () => {
    expect(texts(thread[5]?.blocks ?? [])).toContain(
      '`D-7` Globex — *Price*: “Too expensive” (EUR\u00a015,000, <@U0000ALICE>)',
    );
    const reports = texts(thread[6]?.blocks ?? []);
    expect(reports).toContain('Leader: *Analytics*');
    expect(reports).toContain('Priority products with no demand: *Billing*');
    expect(reports).toContain('<@U0000ALICE>: 30 leads, 8 discovery meetings, 5 offers, 3 wins');
  });
});

describe('Block Kit limits', () => {
  const longItem = (index: number): FeedbackDigestItem => ({
    text: `Item ${index} ${'very long feedback '.repeat(40)}`,
    company: `Company ${index}`,
    product: null,
  });
  const content = contentFixture({
    feedback: (['complaint', 'wish', 'praise', 'objection'] as const).map((kind) => ({
      kind,
      total: 200,
      items: Array.from({ length: 200 }, (_, index) => longItem(index)),
    })),
  });

  it('keeps every message within 50 blocks, 3000 characters a section and 150 a header', () => {
    for (const message of [buildDigestMessage(content), ...buildDigestThread(content)]) {
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      for (const text of sectionTexts(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
      for (const block of message.blocks) {
        if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
      }
    }
  });

  it('cuts long lists with "and N more"', () => {
    const complaints = texts(buildDigestThread(content)[2]?.blocks ?? []);
    expect(complaints).toMatch(/…and \d+ more/);
  });
});
