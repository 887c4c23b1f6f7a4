import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for QuickChart's `POST /chart/create` (no test may reach quickchart.io): it
 * answers with a short URL of its own, with an error status, or not at all, and keeps each
 * chart it was asked to shorten.
 */
export type FakeChartServer = {
  /** `http://127.0.0.1:PORT`, for QUICKCHART_URL. */
  url: string;
  /** The request bodies of `/chart/create`, parsed. */
  created: { width: number; height: number; chart: unknown; version?: string }[];
  answerWith(mode: 'short_url' | 'hang' | { status: number }): void;
  close(): Promise<void>;
};

export async function startFakeChartServer(): Promise<FakeChartServer> {
  let mode: 'short_url' | 'hang' | { status: number } = 'short_url';
  const created: FakeChartServer['created'] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/chart/create') {
        response.writeHead(404).end();
        return;
      }
      created.push(JSON.parse(body) as FakeChartServer['created'][number]);
      if (mode === 'hang') {
        hanging.add(response);
        return;
      }
      if (typeof mode === 'object') {
        // QuickChart names its own failures in a header; a server without short URLs just says 404.
        const detail = mode.status >= 500 ? { 'x-quickchart-error': 'chart renderer failed' } : undefined;
        response.writeHead(mode.status, detail).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ success: true, url: `${url}/chart/render/zf-${created.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    created,
    answerWith: (next) => (mode = next),
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
