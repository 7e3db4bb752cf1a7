import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../../test/server.ts';
import type { RunningServer } from '../../server.ts';

let server: RunningServer;
let staffToken: string;
beforeAll(async () => {
  server = await startTestServer();
  const signed = await server.tokens.sign({
    kind: 'staff',
    staffId: 1,
    role: 'agent',
    sessionId: crypto.randomUUID(),
  });
  staffToken = signed.token;
});
afterAll(() => server?.stop());

type Reply = {
  id: number | string | null;
  result?: { type: string; data?: unknown };
  error?: { data: { code: string } };
};

/** A socket speaking tRPC's protocol by hand, as `createWSClient` does with `connectionParams`. */
async function socket(params: string) {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/trpc?connectionParams=1`);
  const replies: Reply[] = [];
  const closed = new Promise<number>((resolve) => {
    ws.onclose = (event) => resolve(event.code);
  });
  ws.onmessage = (event) => {
    if (event.data !== 'PING') replies.push(JSON.parse(String(event.data)) as Reply);
  };
  await new Promise((resolve) => {
    ws.onopen = resolve;
  });
  ws.send(params);
  const reply = async (match: (r: Reply) => boolean) => {
    await expect.poll(() => replies.find(match), { timeout: 5_000 }).toBeDefined();
    return replies.find(match) as Reply;
  };
  return { ws, replies, closed, reply, send: (message: unknown) => ws.send(JSON.stringify(message)) };
}

const subscribe = (id: number) => ({
  id,
  method: 'subscription',
  params: { path: 'live.events', input: { lastEventId: null } },
});

describe('the WebSocket protocol', () => {
  it('starts a subscription, stops it on request and lets its listener go', async () => {
    const before = server.bus.subscriberCount;
    const client = await socket(JSON.stringify({ method: 'connectionParams', data: { token: staffToken } }));
    client.send(subscribe(1));
    await client.reply((r) => r.id === 1 && r.result?.type === 'started');
    expect(server.bus.subscriberCount).toBe(before + 1);

    client.send({ id: 1, method: 'subscription.stop' });
    await client.reply((r) => r.id === 1 && r.result?.type === 'stopped');
    expect(server.bus.subscriberCount).toBe(before);
    client.ws.close();
  });

  it('refuses a second subscription under an id in use, and keeps the first', async () => {
    const before = server.bus.subscriberCount;
    const client = await socket(JSON.stringify({ method: 'connectionParams', data: { token: staffToken } }));
    client.send(subscribe(7));
    await client.reply((r) => r.id === 7 && r.result?.type === 'started');
    client.send(subscribe(7));
    expect((await client.reply((r) => r.id === 7 && r.error !== undefined)).error?.data.code).toBe(
      'BAD_REQUEST',
    );
    expect(server.bus.subscriberCount).toBe(before + 1);
    client.ws.close();
    await client.closed;
    await expect.poll(() => server.bus.subscriberCount).toBe(before);
  });

  it('answers every call of a batch', async () => {
    const client = await socket(JSON.stringify({ method: 'connectionParams', data: {} }));
    client.send([
      { id: 'a', method: 'query', params: { path: 'municipality.get', input: null } },
      { id: 'b', method: 'query', params: { path: 'no.such.procedure', input: null } },
    ]);
    expect((await client.reply((r) => r.id === 'a')).result?.type).toBe('data');
    expect((await client.reply((r) => r.id === 'b')).error?.data.code).toBe('NOT_FOUND');
    client.ws.close();
  });

  it('refuses a call without an id', async () => {
    const client = await socket(JSON.stringify({ method: 'connectionParams', data: {} }));
    client.send({ id: null, method: 'query', params: { path: 'municipality.get', input: null } });
    expect((await client.reply((r) => r.id === null)).error?.data.code).toBe('PARSE_ERROR');
    client.ws.close();
  });

  it('closes a socket whose connection params are malformed, after saying why', async () => {
    const client = await socket('{"method":"connectionParams","data":{"token":42}}');
    expect((await client.reply((r) => r.id === null)).error?.data.code).toBe('PARSE_ERROR');
    await client.closed;
  });
});
