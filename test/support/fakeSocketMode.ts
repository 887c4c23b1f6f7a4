import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FakeSlackApi } from './fakeSlackApi';

/** An app-level token the fake's apps.connections.open accepts. */
export const APP_TOKEN = 'xapp-1-A0000TANDEM-1-fake';

/** What the app sent back for an envelope: its id and, for commands and interactions, a response. */
export type SocketModeAck = { envelope_id: string; payload?: Record<string, unknown> };

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export interface FakeSocketMode {
  /** The loopback `ws://` URL apps.connections.open hands out. */
  readonly url: string;
  /** Resolves once the app has connected and been greeted with `hello`. */
  readonly connected: Promise<void>;
  /** Sends an envelope, as Slack does, and resolves with the app's acknowledgement. */
  send(type: EnvelopeType, payload: object, timeoutMs?: number): Promise<SocketModeAck>;
  close(): Promise<void>;
}

/**
 * Slack's Socket Mode on 127.0.0.1: `apps.connections.open` on the fake Web API (for APP_TOKEN)
 * returns this server's WebSocket URL; a connecting app is greeted with `hello`, then receives
 * envelopes and must acknowledge each by its `envelope_id` (within 3 s on Slack).
 */
export async function startFakeSocketMode(fake: FakeSlackApi): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
  fake.setHandler('apps.connections.open', ({ token }) =>
    token === APP_TOKEN ? { ok: true, url } : { ok: false, error: 'invalid_auth' },
  );
  const waiting = new Map<string, (ack: SocketModeAck) => void>();
  let socket: WebSocket | undefined;
  const connected = new Promise<void>((resolve) => {
    server.on('connection', (connection) => {
      socket = connection;
      connection.on('message', (data) => {
        const ack = JSON.parse(String(data)) as SocketModeAck;
        waiting.get(ack.envelope_id)?.(ack);
        waiting.delete(ack.envelope_id);
      });
      connection.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake-socket-mode', approximate_connection_time: 18060 },
          connection_info: { app_id: fake.identity.appId },
        }),
      );
      resolve();
    });
  });
  return {
    url,
    connected,
    async send(type, payload, timeoutMs = 3000) {
      await connected;
      const envelopeId = randomUUID();
      const acked = new Promise<SocketModeAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(envelopeId);
          reject(new Error(`no acknowledgement of the ${type} envelope within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(envelopeId, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
      });
      socket?.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
      return acked;
    },
    close: async () => {
      for (const client of server.clients) client.terminate();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
