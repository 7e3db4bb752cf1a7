import { createServer } from 'node:net';
import type { DeliveredEvent } from '@portail/shared/live/events';
import { afterAll, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.ts';
import { wsClient } from '../../test/http.ts';
import { startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../server.ts';
import { publish } from './publish.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** A family id no fixture uses. */
const familyId = 900_201;
const running: RunningServer[] = [];
afterAll(() => Promise.all(running.map((server) => server.stop())));

async function publishDocument(server: RunningServer, documentId: string) {
  const em = server.orm.em.fork();
  publish(em, { familyId }, { type: 'document.published', documentId });
  await em.flush();
}

it('keeps an open page through a server restart: it reconnects by itself and gets every event once, in order', async () => {
  const database = await createTestDatabase();
  const env = { PORT: String(await freePort()) };
  const first = await startTestServer(env, database);
  running.push(first);
  const token = (
    await first.tokens.sign({ kind: 'guardian', guardianId: 1, familyId, sessionId: crypto.randomUUID() })
  ).token;

  // The PWA's client: it resends the last tracked id when it subscribes again after a reconnection.
  const client = wsClient(first.url, token);
  const received: DeliveredEvent[] = [];
  const subscription = client.trpc.live.events.subscribe(
    { lastEventId: null },
    { onData: (tracked) => received.push(tracked.data) },
  );
  const until = async (count: number) => {
    const deadline = Date.now() + 15_000;
    while (received.length < count) {
      if (Date.now() > deadline) throw new Error(`timed out with ${received.length} events`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await new Promise((r) => setTimeout(r, 200));
  await publishDocument(first, 'before');
  await until(1);

  // Graceful stop: the server asks its clients to reconnect; an event is written while none is up.
  await first.stop();
  running.splice(running.indexOf(first), 1);
  const second = await startTestServer(env, database);
  running.push(second);
  await publishDocument(second, 'while-down');
  await until(2);
  await publishDocument(second, 'after');
  await until(3);
  await new Promise((r) => setTimeout(r, 300));

  const documents = received.map((e) => (e.event.type === 'document.published' ? e.event.documentId : ''));
  expect(documents).toEqual(['before', 'while-down', 'after']);
  const ids = received.map((e) => Number(e.id));
  expect([...ids].sort((x, y) => x - y)).toEqual(ids);
  subscription.unsubscribe();
  client.close();
});
