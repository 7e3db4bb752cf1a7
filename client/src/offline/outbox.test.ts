import type { SubmitReservationInput } from '@portail/shared/bookings/planning';
import { describe, expect, it } from 'vitest';
import {
  createOutbox,
  type Failure,
  type OutboxEntry,
  type OutboxStore,
  outboxEntryOf,
  type ServerReply,
  withoutSent,
} from './outbox.ts';

const owner = 'parent@demo.fr';
const about = { child: 'Léa Martin', place: 'ALE Primaire / Mercredis, semaines 11 à 13' };

/** The IndexedDB store's contract, in a Map (entries are copied in and out, as IndexedDB clones them). */
function memoryStore(): OutboxStore & { entries: Map<string, OutboxEntry> } {
  const entries = new Map<string, OutboxEntry>();
  return {
    entries,
    list: async (who) => [...entries.values()].filter((e) => e.owner === who).map((e) => structuredClone(e)),
    put: async (entry) => {
      entries.set(entry.id, structuredClone(entry));
    },
    remove: async (id) => {
      entries.delete(id);
    },
  };
}

class NetworkDown extends Error {}
class SessionOver extends Error {}
class Refused extends Error {}

const classify = (error: unknown): Failure =>
  error instanceof NetworkDown
    ? 'network'
    : error instanceof SessionOver
      ? 'session'
      : { rejected: (error as Error).message };

/**
 * The server as far as the outbox sees it: it applies each client mutation id once and answers a resent id
 * with the stored outcome. A line on a full day (`unitId` 9) is refused with its sentence.
 */
function fakeServer() {
  const outcomes = new Map<string, ServerReply>();
  const calls: string[] = [];
  let reservations = 0;
  let down = false;
  let loseNextReply = false;
  const send = async (input: SubmitReservationInput): Promise<ServerReply> => {
    calls.push(input.clientMutationId);
    if (down) throw new NetworkDown('hors ligne');
    let reply = outcomes.get(input.clientMutationId);
    if (!reply) {
      const lines = input.lines.map((l) => ({
        ...l,
        state: l.unitId === 9 ? ('refused' as const) : ('accepted' as const),
        message: l.unitId === 9 ? `Le ${l.date}, la journée est complète.` : null,
      }));
      const recorded = lines.some((l) => l.state !== 'refused');
      reply = {
        reservation: recorded
          ? { id: ++reservations, number: `R2026-00000${reservations}`, state: 'accepted' }
          : null,
        lines,
      };
      outcomes.set(input.clientMutationId, reply);
    }
    if (loseNextReply) {
      loseNextReply = false;
      throw new NetworkDown('réponse perdue'); // applied on the server, never heard of here
    }
    return reply;
  };
  return {
    send,
    calls,
    reservations: () => reservations,
    setDown: (value: boolean) => {
      down = value;
    },
    loseNextReply: () => {
      loseNextReply = true;
    },
  };
}

let clock = Date.parse('2026-03-10T08:00:00Z');
const now = () => {
  clock += 1000;
  return new Date(clock);
};
let ids = 0;
const input = (
  lines: SubmitReservationInput['lines'],
  id = `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
) => ({
  clientMutationId: id,
  childId: 7,
  periodId: 3,
  lines,
});
const book = (date: string, unitId = 1) => ({ date, unitId, action: 'book' as const });

function setup() {
  const store = memoryStore();
  const server = fakeServer();
  const answered: OutboxEntry[] = [];
  const outbox = createOutbox({
    store,
    send: server.send,
    classify,
    now,
    onAnswered: (entry) => {
      answered.push(entry);
    },
  });
  return { store, server, answered, outbox };
}

describe('outbox', () => {
  it('keeps a submission confirmed offline with its client mutation id, and sends it once back online', async () => {
    const { store, server, answered, outbox } = setup();
    server.setDown(true);
    const submission = input([book('2026-03-18')]);
    await outbox.enqueue(owner, submission, about);
    expect(store.entries.get(submission.clientMutationId)).toMatchObject({ status: 'queued', attempts: 0 });

    const offline = await outbox.flush(owner);
    expect(offline).toEqual({ answered: [], waiting: 1, stopped: 'network' });
    expect(answered).toEqual([]); // no answer: the draft stays
    expect(store.entries.get(submission.clientMutationId)).toMatchObject({ status: 'queued', attempts: 1 });

    server.setDown(false);
    const online = await outbox.flush(owner);
    expect(online.answered).toHaveLength(1);
    expect(online.waiting).toBe(0);
    expect(server.calls).toEqual([submission.clientMutationId, submission.clientMutationId]);
    expect(server.reservations()).toBe(1);
    expect(answered.map((e) => e.id)).toEqual([submission.clientMutationId]);
    expect(store.entries.get(submission.clientMutationId)).toMatchObject({
      status: 'answered',
      answer: { reservation: { number: 'R2026-000001' }, recorded: 1, refused: [] },
    });

    await outbox.flush(owner); // answered: never sent again
    expect(server.calls).toHaveLength(2);
  });

  it('sends an id once when the reconnection fires several triggers at once', async () => {
    const { server, answered, outbox } = setup();
    await outbox.enqueue(owner, input([book('2026-03-18')]), about);
    const reports = await Promise.all([outbox.flush(owner), outbox.flush(owner), outbox.flush(owner)]);
    expect(server.calls).toHaveLength(1);
    expect(answered).toHaveLength(1);
    expect(reports[0]).toBe(reports[1]);
  });

  it('resends the same id when the reply was lost, and the server answers it without applying it twice', async () => {
    const { server, answered, outbox } = setup();
    const submission = input([book('2026-03-18')]);
    await outbox.enqueue(owner, submission, about);
    server.loseNextReply();
    expect((await outbox.flush(owner)).stopped).toBe('network');
    expect(answered).toHaveLength(0);
    await outbox.flush(owner);
    expect(server.calls).toEqual([submission.clientMutationId, submission.clientMutationId]);
    expect(server.reservations()).toBe(1);
    expect(answered[0]?.answer?.reservation?.number).toBe('R2026-000001');
  });

  it('keeps the lines the server refused, with its sentences, until the parent has read them', async () => {
    const { store, outbox } = setup();
    const submission = input([book('2026-03-18'), book('2026-03-25', 9)]);
    await outbox.enqueue(owner, submission, about);
    await outbox.flush(owner);
    const [entry] = await outbox.list(owner);
    expect(entry?.answer).toMatchObject({
      recorded: 1,
      refused: [{ date: '2026-03-25', unitId: 9, message: 'Le 2026-03-25, la journée est complète.' }],
    });

    await outbox.dismiss(owner, submission.clientMutationId);
    expect(store.entries.size).toBe(0);
  });

  it('reports a submission the server refuses as a whole, and does not retry it', async () => {
    const store = memoryStore();
    let calls = 0;
    const outbox = createOutbox({
      store,
      classify,
      now,
      send: async () => {
        calls++;
        throw new Refused("Cette période n'existe pas ou n'est plus proposée.");
      },
    });
    await outbox.enqueue(owner, input([book('2026-03-18')]), about);
    const report = await outbox.flush(owner);
    expect(report.answered[0]?.answer).toMatchObject({
      reservation: null,
      recorded: 0,
      rejected: "Cette période n'existe pas ou n'est plus proposée.",
    });
    await outbox.flush(owner);
    expect(calls).toBe(1);
  });

  it('waits for a new session when the token is refused', async () => {
    const store = memoryStore();
    let session = false;
    const server = fakeServer();
    const outbox = createOutbox({
      store,
      classify,
      now,
      send: (body) => (session ? server.send(body) : Promise.reject(new SessionOver('session'))),
    });
    await outbox.enqueue(owner, input([book('2026-03-18')]), about);
    expect(await outbox.flush(owner)).toMatchObject({ waiting: 1, stopped: 'session' });
    session = true;
    expect(await outbox.flush(owner)).toMatchObject({ waiting: 0 });
    expect(server.reservations()).toBe(1);
  });

  it('sends in the order confirmed and stops at the first failure, so a later one never overtakes', async () => {
    const { server, outbox } = setup();
    const first = input([book('2026-03-18')]);
    const second = input([{ date: '2026-03-18', unitId: 1, action: 'cancel' }]);
    await outbox.enqueue(owner, first, about);
    await outbox.enqueue(owner, second, about);
    server.setDown(true);
    expect(await outbox.flush(owner)).toMatchObject({ waiting: 2, stopped: 'network' });
    expect(server.calls).toEqual([first.clientMutationId]);
    server.setDown(false);
    await outbox.flush(owner);
    expect(server.calls.slice(1)).toEqual([first.clientMutationId, second.clientMutationId]);
  });

  it('sends only the signed-in person’s submissions and cannot dismiss one still waiting', async () => {
    const { store, server, outbox } = setup();
    const mine = input([book('2026-03-18')]);
    const theirs = input([book('2026-03-18')]);
    await outbox.enqueue(owner, mine, about);
    await outbox.enqueue('autre@demo.fr', theirs, about);
    await outbox.dismiss(owner, mine.clientMutationId);
    expect(store.entries.has(mine.clientMutationId)).toBe(true);
    await outbox.flush(owner);
    expect(server.calls).toEqual([mine.clientMutationId]);
    expect(store.entries.get(theirs.clientMutationId)?.status).toBe('queued');
  });

  it('runs the flush inside the cross-tab lock', async () => {
    const store = memoryStore();
    const server = fakeServer();
    const held: string[] = [];
    let locked = false;
    const outbox = createOutbox({
      store,
      classify,
      now,
      send: async (body) => {
        held.push(locked ? 'sous verrou' : 'sans verrou');
        return server.send(body);
      },
      exclusive: async (task) => {
        locked = true;
        try {
          return await task();
        } finally {
          locked = false;
        }
      },
    });
    await outbox.enqueue(owner, input([book('2026-03-18')]), about);
    await outbox.flush(owner);
    expect(held).toEqual(['sous verrou']);
  });
});

describe('withoutSent', () => {
  it('removes the changes sent and keeps those made since', () => {
    const draft = { '2026-03-18|1': 'book', '2026-03-25|1': 'book', '2026-04-01|2': 'cancel' } as const;
    const next = withoutSent(draft, [book('2026-03-18'), { date: '2026-04-01', unitId: 2, action: 'book' }]);
    expect(next).toEqual({ '2026-03-25|1': 'book', '2026-04-01|2': 'cancel' });
  });

  it('returns the same draft when nothing was in it', () => {
    const draft = { '2026-03-25|1': 'book' } as const;
    expect(withoutSent(draft, [book('2026-03-18')])).toBe(draft);
  });
});

describe('outboxEntryOf', () => {
  const valid: OutboxEntry = {
    id: '00000000-0000-4000-8000-000000000001',
    owner,
    queuedAt: '2026-03-10T08:00:00.000Z',
    input: input([book('2026-03-18')], '00000000-0000-4000-8000-000000000001'),
    about,
    status: 'queued',
    attempts: 0,
  };

  it('accepts an entry as the app writes it', () => {
    expect(outboxEntryOf(structuredClone(valid))).toEqual(valid);
  });

  it.each([
    ['not an object', 'outbox'],
    ['an id that is not the mutation id', { ...valid, id: 'autre' }],
    ['no lines', { ...valid, input: { ...valid.input, lines: [] } }],
    [
      'a line without unit',
      { ...valid, input: { ...valid.input, lines: [{ date: '2026-03-18', action: 'book' }] } },
    ],
    ['an unknown status', { ...valid, status: 'sending' }],
    ['an answer without its lines', { ...valid, status: 'answered', answer: { at: 'x' } }],
  ])('refuses %s', (_what, value) => {
    expect(outboxEntryOf(value)).toBeUndefined();
  });
});
