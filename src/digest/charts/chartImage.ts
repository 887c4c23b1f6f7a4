import QuickChart from 'quickchart-js';
import { z } from 'zod';
import { CHART_BACKGROUND, CHART_HEIGHT, CHART_WIDTH } from './chartTheme';
import type { DigestChart } from './digestChart';

/** Slack refuses an image block whose image_url is longer than this. */
export const SLACK_IMAGE_URL_LIMIT = 3000;

/**
 * Why a chart has no image: its short URL is still too long, or no short URL could be made
 * (`reason`: the error, as the network or QuickChart gave it).
 */
export type ChartImageProblem = { kind: 'short_url_too_long' } | { kind: 'no_short_url'; reason: string };

/** A chart with the URL Slack fetches it from, or the reason there is none (the digest says so). */
export type ChartImage =
  { chart: DigestChart; url: string } | { chart: DigestChart; problem: ChartImageProblem };

export type ChartImageOptions = {
  /** QUICKCHART_URL: `https://quickchart.io` or a self-hosted `scheme://host[:port]`. */
  quickchartUrl: string;
  /** Makes a short URL for a config too long for Slack; defaults to `/chart/create` at QUICKCHART_URL. */
  shorten?: (chart: QuickChart) => Promise<string>;
  /** How long the short-URL request may take before the image is given up. */
  shortenTimeoutMs?: number;
};

function quickChartFor(chart: DigestChart, quickchartUrl: string): QuickChart {
  const base = new URL(quickchartUrl);
  return new QuickChart()
    .setScheme(base.protocol.replace(':', ''))
    .setHost(base.host)
    .setVersion('4')
    .setWidth(CHART_WIDTH)
    .setHeight(CHART_HEIGHT)
    .setBackgroundColor(CHART_BACKGROUND)
    .setConfig(chart.config);
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const shortUrlAnswer = z.object({ success: z.literal(true), url: z.url() });

/**
 * QuickChart's `POST /chart/create` at the configured server. quickchart-js's own `getShortUrl`
 * refuses every host but quickchart.io, which would leave a self-hosted server (and a test's local
 * one) without short URLs. `signal` ends the request when the image is given up.
 */
async function createShortUrl(
  chart: QuickChart,
  quickchartUrl: string,
  signal: AbortSignal,
): Promise<string> {
  const response = await fetch(`${quickchartUrl}/chart/create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(chart.getPostData()),
    signal,
  });
  if (!response.ok) {
    const detail = response.headers.get('x-quickchart-error');
    throw new Error(
      `${quickchartUrl}/chart/create answered ${response.status}${detail ? `: ${detail}` : ''}`,
    );
  }
  const answer = shortUrlAnswer.safeParse(await response.json().catch(() => undefined));
  if (!answer.success) throw new Error(`${quickchartUrl}/chart/create answered without a short URL`);
  return answer.data.url;
}

/**
 * The image URL of a chart: QuickChart's GET URL when Slack accepts its length, else a short URL;
 * when that cannot be made (no network, a server without short URLs, an error, no answer) the chart has
 * no image and `problem` says why.
 */
export async function resolveChartImage(chart: DigestChart, options: ChartImageOptions): Promise<ChartImage> {
  const quickChart = quickChartFor(chart, options.quickchartUrl);
  const url = quickChart.getUrl();
  if (url.length <= SLACK_IMAGE_URL_LIMIT) return { chart, url };
  const givenUp = new AbortController();
  const shorten =
    options.shorten ??
    ((target: QuickChart) => createShortUrl(target, options.quickchartUrl, givenUp.signal));
  try {
    const short = await withTimeout(shorten(quickChart), options.shortenTimeoutMs ?? 10_000).finally(() =>
      givenUp.abort(),
    );
    if (short.length <= SLACK_IMAGE_URL_LIMIT) return { chart, url: short };
    return { chart, problem: { kind: 'short_url_too_long' } };
  } catch (error) {
    return {
      chart,
      problem: { kind: 'no_short_url', reason: error instanceof Error ? error.message : String(error) },
    };
  }
}

export function resolveChartImages(charts: DigestChart[], options: ChartImageOptions): Promise<ChartImage[]> {
  return Promise.all(charts.map((chart) => resolveChartImage(chart, options)));
}
