import Database from 'better-sqlite3';
import { type Server, type Socket, createConnection, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { eventually } from '../support/eventually';
import { testDatabaseProvider } from '../support/testDatabase';
import { type FaultRig, startFaultRig } from './faultProcess';

/**
 * The database refusing work for a while, then back, under Tandem as a process: PostgreSQL behind
 * a proxy that is closed (connections cut and refused) and reopened; SQLite with its write lock
 * held by another process past the busy timeout. A command sent meanwhile is either refused in
 * its acknowledgement ("not saved", with its text) and never saved, or acknowledged and then saved
 * exactly once and its author told so; commands after the recovery are saved.
 */
jest.setTimeout(180_000);

const postgres = testDatabaseProvider() === 'postgresql';

/** A TCP proxy to PostgreSQL that can refuse connections (and cut the open ones) and accept again. */
type Outage = { start(): Promise<void>; end(): Promise<void>; close(): Promise<void> };

async function postgresProxy(target: URL): Promise<{ port: number; outage: Outage }> {
  const sockets = new Set<Socket>();
  const listen = (port: number) =>
    new Promise<Server>((resolve) => {
      const server = createServer((client) => {
        const upstream = createConnection(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.listen(port, '127.0.0.1', () => resolve(server));
    });
  let server: Server | undefined = await listen(0);
  const port = (server.address() as AddressInfo).port;
  const stop = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  };
  return {
    port,
    outage: {
      start: stop,
      end: async () => {
        server = await listen(port);
      },
      close: stop,
    },
  };
}

/** SQLite's failure mode: another process keeps the write lock past the app's busy timeout. */
function sqliteWriteLock(url: string): Outage {
  const file = url.replace(/^file:/, '');
  let holder: Database.Database | undefined;
  return {
    start: async () => {
      holder = new Database(file);
      holder.exec('BEGIN EXCLUSIVE');
    },
    end: async () => {
      holder?.exec('ROLLBACK');
      holder?.close();
      holder = undefined;
    },
    close: async () => {
      holder?.close();
    },
  };
}

let rig: FaultRig;
let outage: Outage;

beforeAll(async () => {
  let proxyUrl: string | undefined;
  let proxied: Outage | undefined;
  if (postgres) {
    const target = new URL(process.env.TEST_POSTGRES_URL ?? '');
    const proxy = await postgresProxy(target);
    proxied = proxy.outage;
    proxyUrl = `127.0.0.1:${proxy.port}`;
  }
  rig = await startFaultRig((database): Record<string, string> =>
    proxyUrl ? { DATABASE_URL: database.url.replace(new URL(database.url).host, proxyUrl) } : {},
  );
  outage = proxied ?? sqliteWriteLock(rig.database.url);
});

afterAll(async () => {
  await outage.close();
  await rig.close();
});

const leads = (company: string) => rig.database.prisma.lead.count({ where: { company } });

type Sent = { company: string; responseUrl: string; ack: string; ackMs: number };

async function sendLead(company: string): Promise<Sent> {
  const responseUrl = rig.fake.responseUrl();
  const startedAt = Date.now();
  const sent = await rig.slack.sendCommand({
    command: '/lead',
    text: `"${company}" source:seo`,
    fields: { response_url: responseUrl },
  });
  expect(sent.status).toBe(200);
  const ack = sent.body === '' ? '' : JSON.stringify(sent.body);
  return { company, responseUrl, ack, ackMs: Date.now() - startedAt };
}

const answersTo = (url: string) =>
  rig.fake
    .callsTo('response_url')
    .filter((call) => call.url === url)
    .map((call) => call.allText());

async function savedAndTold(sent: Sent): Promise<void> {
  const told = await eventually(
    async () =>
      answersTo(sent.responseUrl).find(
        (text) => text.includes(`*${sent.company}*`) || text.includes('was saved'),
      ),
    { timeoutMs: 60_000 },
  );
  expect(told).toBeDefined();
  expect(await leads(sent.company)).toBe(1);
}

it('refuses or keeps commands while the database is away, saves none twice, and saves again once it is back', async () => {
  await savedAndTold(await sendLead('Before Co'));

  await outage.start();
  const during: Sent[] = [];
  try {
    for (let index = 0; index < 3; index++) during.push(await sendLead(`Outage Co ${index}`));
  } finally {
    await outage.end();
  }
  const after = await Promise.all([0, 1, 2].map((index) => sendLead(`After Co ${index}`)));
  for (const sent of after) {
    expect(sent.ack).toBe('');
    await savedAndTold(sent);
  }

  for (const sent of during) {
    if (sent.ack === '') {
      // Kept before the database went: saved once it is back, and its author told so.
      await savedAndTold(sent);
    } else {
      // Refused in the ack itself: said so with the text to send again, and never saved later.
      expect(sent.ack).toContain("Tandem's database is not answering right now, so nothing was saved");
      expect(sent.ack).toContain(`/lead \\"${sent.company}\\" source:seo`);
      expect(answersTo(sent.responseUrl).filter((text) => text.includes('saved'))).toEqual([]);
    }
  }
  // The inbox sweep had every chance to run a refused command: still not saved, nothing twice.
  await rig.fake.waitFor('response_url', () => false, 3000).catch(() => undefined);
  for (const sent of during) expect(await leads(sent.company)).toBe(sent.ack === '' ? 1 : 0);
  const counts = await rig.database.prisma.lead.groupBy({ by: ['company'], _count: { _all: true } });
  expect(counts.filter((row) => row._count._all > 1)).toEqual([]);
  process.stdout.write(
    `acks during the outage: ${during.map((sent) => `${sent.ackMs} ms ${sent.ack ? 'refused' : 'kept'}`).join(', ')}\n`,
  );
});
