import type { Draft } from '@portail/shared/bookings/grid';
import type { SubmitReservationInput } from '@portail/shared/bookings/planning';
import type { LineState, ReservationState } from '@portail/shared/bookings/schema';

/*
 * The outbox of «Confirmer la réservation» (DOMAIN.md «Live and offline»). A submission made without a
 * connection waits here with its client mutation id; once the connection is back it is sent by itself, in the
 * order the parent confirmed, each id until the server answers. The server applies an id once and gives the
 * same answer again, so a resend after a reply lost in transit is harmless. Each answer is kept until the parent
 * has read it: a refused line is never dropped silently.
 *
 * Pure: the store, the transport and the lock are handed in, so that it runs in tests with a plain Map.
 */

export type OutboxAnswer = {
  at: string;
  /** The reservation the server created; null when it recorded no line. */
  reservation: { id: number; number: string; state: ReservationState } | null;
  /** How many lines were recorded (accepted at once or waiting for staff). */
  recorded: number;
  /** The lines refused, each with the server's sentence (it names the date and the unit). */
  refused: { date: string; unitId: number; message: string }[];
  /** The whole submission refused (the period is gone…), in the server's words. */
  rejected?: string;
};

export type OutboxEntry = {
  /** The submission's client mutation id. */
  id: string;
  /** Whose submission it is (the guardian's e-mail): a shared device sends only the signed-in person's. */
  owner: string;
  queuedAt: string;
  input: SubmitReservationInput;
  /** For the notices: «Léa Martin», «ALE Primaire / Mercredis, semaines 11 à 13». */
  about: { child: string; place: string };
  status: 'queued' | 'answered';
  attempts: number;
  answer?: OutboxAnswer;
};

export type OutboxStore = {
  list: (owner: string) => Promise<OutboxEntry[]>;
  put: (entry: OutboxEntry) => Promise<void>;
  remove: (id: string) => Promise<void>;
};

/** What `bookings.submit` answers, as far as the outbox is concerned. */
export type ServerReply = {
  reservation: { id: number; number: string; state: ReservationState } | null;
  lines: { date: string; unitId: number; state: LineState; message: string | null }[];
};

/** A failed send: try again later (no network, session to renew), or refused for good with a sentence. */
export type Failure = 'network' | 'session' | { rejected: string };

export type FlushReport = {
  /** Entries answered by this flush, in the order sent. */
  answered: OutboxEntry[];
  /** Entries still waiting. */
  waiting: number;
  /** Why the flush stopped before the end. */
  stopped?: 'network' | 'session';
};

export type OutboxDeps = {
  store: OutboxStore;
  send: (input: SubmitReservationInput) => Promise<ServerReply>;
  classify: (error: unknown) => Failure;
  /** Runs `task` alone across the browser's tabs (Web Locks); by default alone in this outbox only. */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Called once per entry, after its answer is stored (the draft may then lose the lines sent). */
  onAnswered?: (entry: OutboxEntry) => void | Promise<void>;
  now?: () => Date;
};

export type Outbox = ReturnType<typeof createOutbox>;

const answerOf = (reply: ServerReply, at: string): OutboxAnswer => ({
  at,
  reservation: reply.reservation && {
    id: reply.reservation.id,
    number: reply.reservation.number,
    state: reply.reservation.state,
  },
  recorded: reply.lines.filter((l) => l.state !== 'refused').length,
  refused: reply.lines
    .filter((l) => l.state === 'refused')
    .map((l) => ({ date: l.date, unitId: l.unitId, message: l.message ?? 'Date non enregistrée.' })),
});

export function createOutbox(deps: OutboxDeps) {
  const now = deps.now ?? (() => new Date());
  const exclusive = deps.exclusive ?? (<T>(task: () => Promise<T>) => task());
  /** One flush at a time per owner in this tab; a second call shares the first one's result. */
  const flushing = new Map<string, Promise<FlushReport>>();

  async function sendAll(owner: string): Promise<FlushReport> {
    // Read inside the lock: another tab may have answered some entries meanwhile.
    const queued = (await deps.store.list(owner))
      .filter((e) => e.status === 'queued')
      .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
    const answered: OutboxEntry[] = [];
    for (const entry of queued) {
      let answer: OutboxAnswer;
      try {
        answer = answerOf(await deps.send(entry.input), now().toISOString());
      } catch (error) {
        const failure = deps.classify(error);
        if (failure === 'network' || failure === 'session') {
          await deps.store.put({ ...entry, attempts: entry.attempts + 1 });
          // The next ones would fail alike, and must not overtake this one (a cancellation after its booking).
          return { answered, waiting: queued.length - answered.length, stopped: failure };
        }
        answer = {
          at: now().toISOString(),
          reservation: null,
          recorded: 0,
          refused: [],
          rejected: failure.rejected,
        };
      }
      const done: OutboxEntry = { ...entry, status: 'answered', attempts: entry.attempts + 1, answer };
      await deps.store.put(done);
      answered.push(done);
      try {
        await deps.onAnswered?.(done);
      } catch (error) {
        console.error('outbox: onAnswered', error); // the answer is stored; the notice still shows it
      }
    }
    return { answered, waiting: 0 };
  }

  return {
    /** Keeps a confirmed submission until it can be sent. Its id is the one a later resend keeps. */
    async enqueue(owner: string, input: SubmitReservationInput, about: OutboxEntry['about']) {
      const entry: OutboxEntry = {
        id: input.clientMutationId,
        owner,
        queuedAt: now().toISOString(),
        input,
        about,
        status: 'queued',
        attempts: 0,
      };
      await deps.store.put(entry);
      return entry;
    },

    /** Sends the owner's waiting submissions, oldest first, each once until the server has answered. */
    flush(owner: string): Promise<FlushReport> {
      let running = flushing.get(owner);
      if (!running) {
        running = exclusive(() => sendAll(owner)).finally(() => flushing.delete(owner));
        flushing.set(owner, running);
      }
      return running;
    },

    list: (owner: string) => deps.store.list(owner),

    /** The parent has read an answer: it may go. A submission still waiting cannot be dismissed. */
    async dismiss(owner: string, id: string) {
      const entry = (await deps.store.list(owner)).find((e) => e.id === id);
      if (entry?.status === 'answered') await deps.store.remove(id);
    },
  };
}

/**
 * The draft once a submission is answered: the changes sent leave it, whatever the server decided (a refused
 * line is told in the notice, not left ticked); a change made since, or another action on the same cell, stays.
 */
export function withoutSent(draft: Draft, lines: SubmitReservationInput['lines']): Draft {
  const next: Record<string, Draft[string]> = { ...draft };
  let changed = false;
  for (const line of lines) {
    const key = `${line.date}|${line.unitId}`;
    if (next[key] === line.action) {
      delete next[key];
      changed = true;
    }
  }
  return changed ? next : draft;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isId = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

function isLine(value: unknown): boolean {
  return (
    isObject(value) &&
    isText(value.date) &&
    /^\d{4}-\d{2}-\d{2}$/.test(value.date) &&
    isId(value.unitId) &&
    (value.action === 'book' || value.action === 'cancel')
  );
}

function isAnswer(value: unknown): boolean {
  return (
    isObject(value) &&
    isText(value.at) &&
    (value.reservation === null ||
      (isObject(value.reservation) && isId(value.reservation.id) && isText(value.reservation.number))) &&
    typeof value.recorded === 'number' &&
    Array.isArray(value.refused) &&
    value.refused.every((r) => isObject(r) && isText(r.message) && isText(r.date)) &&
    (value.rejected === undefined || isText(value.rejected))
  );
}

/** A stored entry as the app expects it, or undefined: storage may be corrupted or written by an older app. */
export function outboxEntryOf(value: unknown): OutboxEntry | undefined {
  if (!isObject(value) || !isText(value.id) || !isText(value.owner) || !isText(value.queuedAt))
    return undefined;
  const { input, about } = value;
  if (
    !isObject(input) ||
    input.clientMutationId !== value.id ||
    !isId(input.childId) ||
    !isId(input.periodId) ||
    !Array.isArray(input.lines) ||
    input.lines.length === 0 ||
    !input.lines.every(isLine)
  )
    return undefined;
  if (!isObject(about) || !isText(about.child) || !isText(about.place)) return undefined;
  if (value.status !== 'queued' && value.status !== 'answered') return undefined;
  if (typeof value.attempts !== 'number') return undefined;
  if (value.status === 'answered' && !isAnswer(value.answer)) return undefined;
  return value as OutboxEntry;
}
