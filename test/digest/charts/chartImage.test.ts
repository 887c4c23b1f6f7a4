import { resolveChartImage, SLACK_IMAGE_URL_LIMIT } from '../../../src/digest/charts/chartImage';
import type { DigestChart } from '../../../src/digest/charts/digestChart';
import { buildFunnelChart } from '../../../src/digest/charts/funnelChart';
import { digestFiguresFixture, digestStyle } from '../../support/digestFigures';
import { startFakeChartServer } from '../../support/fakeChartServer';

const style = digestStyle();
const funnel = buildFunnelChart(digestFiguresFixture(), style);

/** A chart whose config is far too long for a GET URL. */
const huge: DigestChart = {
  ...funnel,
  config: {
    ...funnel.config,
    data: { labels: Array.from({ length: 400 }, (_, index) => `Label ${index}`), datasets: [] },
  },
};

describe('chart image URL', () => {
  it('is QuickChart’s GET URL against QUICKCHART_URL, rendered by Chart.js 4 on white, within Slack’s limit', async () => {
    const image = await resolveChartImage(funnel, { quickchartUrl: 'http://charts.internal:3400' });
    expect('url' in image && image.url).toMatch(/^http:\/\/charts\.internal:3400\/chart\?c=/);
    const url = new URL('url' in image ? image.url : '');
    expect(url.searchParams.get('v')).toBe('4');
    expect(url.searchParams.get('bkg')).toBe('#ffffff');
    expect(url.searchParams.get('c')).toContain("indexAxis:'y'");
    expect(url.href.length).toBeLessThanOrEqual(SLACK_IMAGE_URL_LIMIT);
  });

  it('falls back to a short URL past 3000 characters', async () => {
    const shorten = jest.fn(async () => 'https://quickchart.io/chart/render/zm-abc');
    const image = await resolveChartImage(huge, { quickchartUrl: 'https://quickchart.io', shorten });
    expect(image).toEqual({ chart: huge, url: 'https://quickchart.io/chart/render/zm-abc' });
    expect(shorten).toHaveBeenCalledTimes(1);
  });

  it('gives the image up, saying why, when no short URL can be made', async () => {
    const image = await resolveChartImage(huge, {
      quickchartUrl: 'https://quickchart.io',
      shorten: () => Promise.reject(new Error('getaddrinfo ENOTFOUND quickchart.io')),
    });
    expect(image).toEqual({
      chart: huge,
      problem: { kind: 'no_short_url', reason: 'getaddrinfo ENOTFOUND quickchart.io' },
    });
  });

  it('does not wait forever for a short URL', async () => {
    const image = await resolveChartImage(huge, {
      quickchartUrl: 'https://quickchart.io',
      shorten: () => new Promise<string>(() => {}),
      shortenTimeoutMs: 20,
    });
    expect('problem' in image && image.problem).toEqual({
      kind: 'no_short_url',
      reason: 'no answer within 20 ms',
    });
  });

  it('gives the image up when the chart server makes no short URLs (a self-hosted one answering 404)', async () => {
    const server = await startFakeChartServer();
    server.answerWith({ status: 404 });
    try {
      const image = await resolveChartImage(huge, { quickchartUrl: server.url });
      expect(server.created).toHaveLength(1);
      expect('problem' in image && image.problem).toEqual({
        kind: 'no_short_url',
        reason: `${server.url}/chart/create answered 404`,
      });
    } finally {
      await server.close();
    }
  });
});
