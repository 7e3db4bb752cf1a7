import type { DeliveredEvent } from '@portail/shared/live/events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../server.ts';
import { publish } from './publish.ts';
import { liveEvents, MAX_BUFFERED_BYTES } from './subscribe.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** A family id no fixture uses, so that other tests' events never reach these subscribers. */
const familyId = 900_101;

async function publishMenus(count: number) {
  await server.orm.em.fork().transactional(async (tx) => {
    for (let i = 0; i < count; i++)
      publish(tx, { familyId }, { type: 'menu.published', facilityId: null, weekOf: `w${i}` });
  });
}

/** What the guard reads of a socket: its unsent bytes, and `close`. */
function socketHolding(bufferedAmount: number) {
  const closed: { code?: number } = {};
  const socket = {
    bufferedAmount,
    close: (code: number) => {
      closed.code = code;
    },
  } as unknown as WebSocket;
  return { socket, closed };
}

const stream = (socket: WebSocket, signal: AbortSignal) =>
  liveEvents({ bus: server.bus, orm: server.orm, audience: { familyId }, lastEventId: null, signal, socket });

it('closes a socket that holds more than it may (4002) and leaves no subscriber behind', async () => {
  const before = server.bus.subscriberCount;
  const { socket, closed } = socketHolding(MAX_BUFFERED_BYTES + 1);
  const events = stream(socket, new AbortController().signal);
  const next = events.next();
  await publishMenus(1);
  expect(await next).toEqual({ done: true, value: undefined });
  expect(closed.code).toBe(4002);
  expect(server.bus.subscriberCount).toBe(before);
});

it('tells a subscriber that fell more than a queue behind to reload, then goes on live', async () => {
  const { socket } = socketHolding(0);
  const aborter = new AbortController();
  const events = stream(socket, aborter.signal);
  const typeOf = (result: IteratorResult<unknown>) =>
    (result.value as [string, DeliveredEvent])[1].event.type;
  // The first read subscribes; then the consumer stops reading while 1,001 events arrive.
  const first = events.next();
  await publishMenus(1);
  expect(typeOf(await first)).toBe('menu.published');
  await publishMenus(1001);
  const [last] = await server.orm.em.fork().execute<{ id: string }[]>('select max(id) as id from live_event');
  const target = Number(last?.id);
  while (server.bus.watermark < target) await new Promise((r) => setTimeout(r, 20));
  const seen = [typeOf(await events.next())];
  // Nothing of the overflowing queue is replayed: the reload comes first, the app reads its data again.
  expect(seen).toEqual(['reload']);
  aborter.abort();
  await events.return(undefined);
});
