import type { DeliveredEvent } from '@portail/shared/live/events';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { databaseUrl } from '../../test/admin.ts';
import { bookingFixture, schoolDay } from '../../test/bookings-fixture.ts';
import { wsClient } from '../../test/http.ts';
import { startTestServer } from '../../test/server.ts';
import { guardianToken } from '../../test/tokens.ts';
import { decideRequests } from '../bookings/requests.ts';
import { submitReservation } from '../bookings/submit.ts';
import type { RunningServer } from '../server.ts';
import { LiveEventEntity } from './entities.ts';
import { everyone, publish } from './publish.ts';

let a: RunningServer & { database: string };
let b: RunningServer & { database: string };
beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer(
    {},
    { name: a.database, url: databaseUrl(inject('adminDatabaseUrl'), a.database) },
  );
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

type Fixture = Awaited<ReturnType<typeof bookingFixture>>;

/** Subscribes like the PWA and collects what arrives. */
function listen(server: RunningServer, token: string, lastEventId?: string) {
  const client = wsClient(server.url, token);
  const received: DeliveredEvent[] = [];
  const errors: unknown[] = [];
  const subscription = client.trpc.live.events.subscribe(
    { lastEventId: lastEventId ?? null },
    { onData: (tracked) => received.push(tracked.data), onError: (error) => errors.push(error) },
  );
  const until = async (predicate: (events: DeliveredEvent[]) => boolean, ms = 5000) => {
    const deadline = Date.now() + ms;
    while (!predicate(received)) {
      if (Date.now() > deadline)
        throw new Error(`timed out; received ${JSON.stringify(received.map((e) => e.event.type))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return {
    received,
    errors,
    until,
    close: () => {
      subscription.unsubscribe();
      client.close();
    },
  };
}

const submit = (server: RunningServer, f: Fixture, days: number) =>
  submitReservation(server.orm.em.fork(), f.familyId, f.guardian.id, {
    clientMutationId: crypto.randomUUID(),
    childId: f.children[0]?.id as number,
    periodId: f.period.id,
    lines: [{ date: schoolDay(days), unitId: f.unit.id, action: 'book' }],
  });

describe('live events', () => {
  it('writes the event in the same transaction as the change', async () => {
    const f = await bookingFixture(a.orm.em.fork(), { capacity: 5, children: 1 });
    const before = await a.orm.em.fork().count(LiveEventEntity, { familyId: f.family.id });
    await expect(
      submitReservation(a.orm.em.fork(), f.familyId, f.guardian.id, {
        clientMutationId: crypto.randomUUID(),
        childId: f.children[0]?.id as number,
        periodId: 987_654,
        lines: [{ date: schoolDay(10), unitId: f.unit.id, action: 'book' }],
      }),
    ).rejects.toThrow();
    expect(await a.orm.em.fork().count(LiveEventEntity, { familyId: f.family.id })).toBe(before);
    await submit(a, f, 10);
    expect(await a.orm.em.fork().count(LiveEventEntity, { familyId: f.family.id })).toBe(before + 1);
  });

  it('reaches a parent connected to instance B when staff decide through instance A', async () => {
    const f = await bookingFixture(a.orm.em.fork(), { capacity: 0, children: 1 });
    const parent = listen(b, await guardianToken(b, f));
    const staff = listen(
      a,
      (
        await a.tokens.sign({
          kind: 'staff',
          staffId: f.staff.id,
          role: 'agent',
          sessionId: crypto.randomUUID(),
        })
      ).token,
    );
    await new Promise((r) => setTimeout(r, 200));
    const outcome = await submit(a, f, 11);
    await staff.until((events) => events.some((e) => e.event.type === 'reservation.submitted'));
    await parent.until((events) => events.some((e) => e.event.type === 'reservation.submitted'));
    const [line] = await a.orm.em
      .fork()
      .getConnection()
      .execute<{ id: number }[]>('select id from reservation_line where reservation_id = ?', [
        outcome.reservation?.id,
      ]);
    await decideRequests(
      a.orm.em.fork(),
      f.staff.id,
      { lineIds: [line?.id as number], decision: 'refuse', reason: 'Groupe complet' },
      new Date(),
    );
    await parent.until((events) => events.some((e) => e.event.type === 'reservation.decided'));
    const decided = parent.received.find((e) => e.event.type === 'reservation.decided')?.event;
    expect(decided).toMatchObject({
      state: 'refused',
      lines: [{ state: 'refused', reason: 'Groupe complet' }],
    });
    parent.close();
    staff.close();
  });

  it('gives a reconnecting client every event it missed, in order, once; other families see none', async () => {
    const f = await bookingFixture(a.orm.em.fork(), { capacity: 50, children: 1 });
    const other = await bookingFixture(a.orm.em.fork(), { capacity: 50, children: 1 });
    const token = await guardianToken(a, f);
    const first = listen(a, token);
    const stranger = listen(b, await guardianToken(b, other));
    await new Promise((r) => setTimeout(r, 200));
    await submit(a, f, 12);
    await first.until((events) => events.length === 1);
    const lastEventId = first.received[0]?.id;
    first.close();

    // A week apart: three distinct school days.
    for (const days of [14, 21, 28]) await submit(b, f, days);
    const resumed = listen(a, token, lastEventId);
    await resumed.until((events) => events.length >= 3);
    await submit(a, f, 35);
    await resumed.until((events) => events.length >= 4);
    await new Promise((r) => setTimeout(r, 300));
    const ids = resumed.received.map((e) => Number(e.id));
    expect(ids).toHaveLength(4);
    expect([...ids].sort((x, y) => x - y)).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
    expect(ids[0]).toBeGreaterThan(Number(lastEventId));
    expect(stranger.received).toHaveLength(0);
    resumed.close();
    stranger.close();
  });

  it("gives news for every family to each guardian and to staff, live and on resume; a family's own stays its own", async () => {
    const f = await bookingFixture(a.orm.em.fork(), { capacity: 5, children: 1 });
    const other = await bookingFixture(a.orm.em.fork(), { capacity: 5, children: 1 });
    const write = async (audience: Parameters<typeof publish>[1], documentId: string) => {
      const em = a.orm.em.fork();
      publish(em, audience, { type: 'document.published', documentId });
      await em.flush();
    };
    const parent = listen(a, await guardianToken(a, f));
    const stranger = listen(b, await guardianToken(b, other));
    const staff = listen(
      b,
      (
        await a.tokens.sign({
          kind: 'staff',
          staffId: f.staff.id,
          role: 'agent',
          sessionId: crypto.randomUUID(),
        })
      ).token,
    );
    await new Promise((r) => setTimeout(r, 200));
    const documentIds = (events: DeliveredEvent[]) =>
      events.flatMap((e) => (e.event.type === 'document.published' ? [e.event.documentId] : []));

    await write(everyone, 'for-everyone');
    await write({ familyId: f.family.id }, 'for-one-family');
    await write({ staff: true }, 'for-staff');
    await write(everyone, 'for-everyone-again');
    await parent.until((events) => documentIds(events).includes('for-everyone-again'));
    await stranger.until((events) => documentIds(events).includes('for-everyone-again'));
    await staff.until((events) => documentIds(events).includes('for-everyone-again'));
    expect(documentIds(parent.received)).toEqual(['for-everyone', 'for-one-family', 'for-everyone-again']);
    expect(documentIds(stranger.received)).toEqual(['for-everyone', 'for-everyone-again']);
    expect(documentIds(staff.received)).toEqual(['for-everyone', 'for-staff', 'for-everyone-again']);

    // Resuming reads the same audience out of the table.
    const resumeFrom = stranger.received[0]?.id;
    stranger.close();
    const resumed = listen(a, await guardianToken(a, other), resumeFrom);
    await resumed.until((events) => documentIds(events).includes('for-everyone-again'));
    expect(documentIds(resumed.received)).toEqual(['for-everyone-again']);
    parent.close();
    staff.close();
    resumed.close();
  });

  it('tells a client with a forged or pruned lastEventId to reload', async () => {
    const f = await bookingFixture(a.orm.em.fork(), { capacity: 5, children: 1 });
    const forged = listen(a, await guardianToken(a, f), '999999999999');
    await forged.until((events) => events.some((e) => e.event.type === 'reload'));
    forged.close();
  });

  it('refuses an anonymous subscription', async () => {
    const client = wsClient(a.url);
    const error = await new Promise<unknown>((resolve) => {
      client.trpc.live.events.subscribe(
        { lastEventId: null },
        { onError: resolve, onData: () => resolve(undefined) },
      );
    });
    expect(String(error)).toContain('Veuillez vous connecter');
    client.close();
  });

  it('removes its listener when a subscription ends, after many cycles', async () => {
    const f = await bookingFixture(a.orm.em.fork(), { capacity: 5, children: 1 });
    const token = await guardianToken(a, f);
    const baseline = a.bus.subscriberCount;
    for (let i = 0; i < 30; i++) {
      const s = listen(a, token);
      await new Promise((r) => setTimeout(r, 10));
      s.close();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(a.bus.subscriberCount).toBe(baseline);
  });
});
