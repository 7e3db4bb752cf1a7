import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery } from '../../test/admin.ts';
import { connectClient, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** Opens a raw socket to /trpc and resolves with the first message or the close code. */
function rawSocket(url: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/trpc`);
  const opened = new Promise<void>((resolve, reject) => {
    ws.onopen = () => resolve();
    ws.onerror = () => reject(new Error('socket error'));
  });
  const next = () =>
    new Promise<{ message?: unknown; closeCode?: number }>((resolve) => {
      ws.onmessage = (event) => resolve({ message: JSON.parse(String(event.data)) });
      ws.onclose = (event) => resolve({ closeCode: event.code });
    });
  return { ws, opened, next };
}

describe('one server, one port', () => {
  it('answers /healthz with the database state', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('serves the public documents over the WebSocket, each downloadable over HTTP', async () => {
    const client = connectClient(server);
    try {
      const documents = await client.trpc.documents.listPublic.query();
      expect(new Set(documents.map((d) => d.category))).toEqual(
        new Set(['inscription', 'preinscription', 'planning', 'menu']),
      );
      const first = documents[0];
      if (!first) throw new Error('no document');
      const file = await fetch(`${server.url}/files/documents/${first.id}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await file.arrayBuffer())
          .subarray(0, 4)
          .toString(),
      ).toBe('%PDF');
    } finally {
      client.close();
    }
  });

  it('answers an unknown or malformed document id with 404', async () => {
    expect((await fetch(`${server.url}/files/documents/not-a-uuid`)).status).toBe(404);
    expect((await fetch(`${server.url}/files/documents/${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('gives a page navigation to an unknown route the app shell, anything else a 404', async () => {
    const api = await fetch(`${server.url}/nothing-here.json`);
    expect(api.status).toBe(404);
  });
});

describe('bad input on the WebSocket', () => {
  it('answers a malformed message with a tRPC error and keeps serving the socket and the others', async () => {
    const bystander = connectClient(server);
    const { ws, opened, next } = rawSocket(server.url);
    await opened;
    ws.send('{not json');
    const reply = await next();
    expect(reply.message).toMatchObject({ error: { code: -32700 } });

    ws.send(JSON.stringify({ id: 1, method: 'query', params: { path: 'no.such.procedure', input: null } }));
    expect((await next()).message).toMatchObject({ id: 1, error: { data: { code: 'NOT_FOUND' } } });

    ws.send(JSON.stringify({ id: 2, method: 'query', params: { path: 'municipality.get', input: null } }));
    expect((await next()).message).toMatchObject({ id: 2, result: { type: 'data' } });
    await expect(bystander.trpc.municipality.get.query()).resolves.toHaveProperty('name');
    ws.close();
    bystander.close();
  });

  it('closes a socket that sends an oversized message (1009) without harming the others', async () => {
    const bystander = connectClient(server);
    const { ws, opened, next } = rawSocket(server.url);
    await opened;
    ws.send('x'.repeat(200 * 1024));
    expect((await next()).closeCode).toBe(1009);
    await expect(bystander.trpc.documents.listPublic.query()).resolves.not.toHaveLength(0);
    bystander.close();
  });
});

describe('keep-alive', () => {
  const pingMs = 300;
  const pongWaitMs = 300;
  let quick: RunningServer;
  beforeAll(async () => {
    quick = await startTestServer({ WS_PING_MS: String(pingMs), WS_PONG_WAIT_MS: String(pongWaitMs) });
  });
  afterAll(() => quick?.stop());

  /** A raw socket that records PINGs and its close, answering PONG only if told to. */
  async function keepAliveSocket(answer: boolean) {
    const { ws, opened } = rawSocket(quick.url);
    const pings: number[] = [];
    const closed = new Promise<number>((resolve) => {
      ws.onclose = () => resolve(Date.now());
    });
    ws.onmessage = (event) => {
      if (event.data !== 'PING') return;
      pings.push(Date.now());
      if (answer) ws.send('PONG');
    };
    await opened;
    return { ws, pings, closed, openedAt: Date.now() };
  }

  it('pings a silent socket and closes it when no PONG comes back', async () => {
    const silent = await keepAliveSocket(false);
    const closedAt = await silent.closed;
    expect(silent.pings).toHaveLength(1);
    // Closed after the ping and the wait for its answer, not before (generous above: the machine is shared).
    expect(closedAt - silent.openedAt).toBeGreaterThanOrEqual(pingMs + pongWaitMs - 50);
    expect(closedAt - silent.openedAt).toBeLessThan(pingMs + pongWaitMs + 5_000);
  });

  it('keeps a socket that answers PONG open, ping after ping', async () => {
    const alive = await keepAliveSocket(true);
    let open = true;
    void alive.closed.then(() => {
      open = false;
    });
    await expect.poll(() => alive.pings.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    expect(open).toBe(true);
    alive.ws.close();
  });
});

describe('health when the database is gone', () => {
  it('answers 503 with the reason', async () => {
    const other = await startTestServer();
    await adminQuery(inject('adminDatabaseUrl'), `drop database ${other.database} with (force)`);
    const res = await fetch(`${other.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'error', db: expect.any(String) });
    await other.stop().catch(() => {});
  });
});
