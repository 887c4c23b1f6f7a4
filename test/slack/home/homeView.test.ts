import type { types } from '@slack/bolt';
import { createTranslator } from '../../../src/i18n/translator';
import { buildHomeView, capHomeBlocks, HOME_BLOCK_LIMIT } from '../../../src/slack/home/homeView';
import type { HomeData } from '../../../src/slack/home/homeData';
import { section } from '../../../src/blockKit/message';
import { digestFiguresFixture } from '../../support/digestFigures';
import { actionItemFixture, pipelineDealFixture } from '../../support/meetingFixtures';

const LONG = `<!channel> ${'y'.repeat(1200)}`;

function homeData(overrides: Partial<HomeData['rep']> = {}): HomeData {
  const none = { rows: [], total: 0 };
  return {
    userId: 'U0000BOB',
    teamId: 'team-1',
    now: new Date('2026-12-02T10:00:00Z'),
    timeZone: 'Europe/Warsaw',
    t: createTranslator('en'),
    currency: 'EUR',
    rep: {
      openDeals: none,
      staleDeals: none,
      staleDealDays: 14,
      leadsAwaitingQualification: none,
      actionItems: none,
      ...overrides,
    },
    team: {
      figures: digestFiguresFixture(),
      periodDay: { day: 3, of: 14 },
      latestDigest: undefined,
      nextDigest: undefined,
      openActionItems: none,
      overdueActionItems: 0,
      today: new Date('2026-12-02T00:00:00Z'),
    },
  };
}

function sectionTexts(view: ReturnType<typeof buildHomeView>): string[] {
  return view.blocks.flatMap((block) => {
    if (block.type !== 'section') return [];
    const { text, fields } = block as types.SectionBlock;
    return [text?.text ?? '', ...(fields ?? []).map((field) => field.text)];
  });
}

describe('buildHomeView', () => {
  it('welcomes a user who owns nothing instead of showing empty lists', () => {
    const view = buildHomeView(homeData());
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Welcome to Tandem');
    expect(text).not.toContain('Your open deals');
  });

  it('stays within 100 blocks and Slack’s text limits with every list full of long, hostile text', () => {
    const deals = Array.from({ length: 15 }, (_, index) =>
      pipelineDealFixture(index + 1, {
        stage: ['LEAD', 'QUALIFIED', 'DISCOVERY', 'OFFER', 'NEGOTIATION'][index % 5] ?? 'LEAD',
        lead: { number: index + 1, company: LONG },
      }),
    );
    const items = Array.from({ length: 10 }, (_, index) =>
      actionItemFixture({ id: `i${index}`, text: LONG }),
    );
    const data = homeData({
      openDeals: { rows: deals, total: 240 },
      staleDeals: { rows: deals.slice(0, 10), total: 90 },
      leadsAwaitingQualification: {
        rows: Array.from({ length: 10 }, (_, index) => ({
          number: index + 1,
          company: LONG,
          createdAt: new Date('2026-11-20T10:00:00Z'),
        })),
        total: 55,
      },
      actionItems: { rows: items, total: 31 },
    });
    data.team.openActionItems = { rows: items, total: 77 };
    data.team.latestDigest = {
      periodLabel: '16–29 Nov 2026',
      permalink: 'https://team-a.slack.com/archives/C1/p1',
    };
    const view = buildHomeView(data);
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCK_LIMIT);
    for (const text of sectionTexts(view)) expect(text.length).toBeLessThanOrEqual(3000);
    const all = JSON.stringify(view.blocks);
    expect(all).not.toContain('<!channel>');
    expect(all).toContain('…and 225 more: `/deal list mine`');
    expect(all).toContain('…and 21 more: `/meeting actions mine`');
    expect(all).toContain('_…and');
  });
});

describe('capHomeBlocks', () => {
  it('keeps 99 blocks and says how many were left out', () => {
    const blocks = Array.from({ length: 130 }, (_, index) => section(`${index}`));
    const capped = capHomeBlocks(blocks, createTranslator('en'));
    expect(capped).toHaveLength(100);
    expect(JSON.stringify(capped.at(-1))).toContain('…and 31 more blocks left out.');
  });
});
