import type { MikroORM } from '@mikro-orm/postgresql';
import type { DeliveredEvent, LiveEvent } from '@portail/shared/live/events';
import pg from 'pg';
import type { Logger } from 'pino';

export const LIVE_CHANNEL = 'portail_live';
const POLL_MS = 1000;
const BATCH = 500;
/** The longest a missing id is waited for while older transactions are still open (see #gapIsFinal). */
const GAP_TIMEOUT_MS = 30_000;

export type LiveRow = {
  id: number;
  familyId: number | null;
  forFamilies: boolean;
  forStaff: boolean;
  delivered: DeliveredEvent;
};
export type Subscriber = (row: LiveRow) => void;

/** Who a subscription is for: a guardian gets their family's events and those for every family; staff, the service's. */
export type LiveAudience = { familyId: number } | { staff: true };

type RawRow = {
  id: string;
  family_id: number | null;
  for_families: boolean;
  for_staff: boolean;
  payload: LiveEvent;
  created_at: Date;
};

export const toLiveRow = (r: RawRow): LiveRow => ({
  id: Number(r.id),
  familyId: r.family_id,
  forFamilies: r.for_families,
  forStaff: r.for_staff,
  delivered: { id: r.id, at: new Date(r.created_at).toISOString(), event: r.payload },
});

/**
 * One per instance. Woken by NOTIFY (sent after commit by whichever instance wrote) and by a slow poll in
 * case a notification was lost, it reads new events once and hands them to this instance's subscribers,
 * strictly in id order: an id committed late is waited for, so a client resuming after its last id never
 * skips one.
 */
export class LiveBus {
  readonly #orm: MikroORM;
  readonly #log: Logger;
  /**
   * Subscribers indexed by audience, so that a row is handed only to those it is for: a family's event
   * touches that family's sessions, not every staff tab and every other family's.
   */
  readonly #staff = new Set<Subscriber>();
  readonly #families = new Map<number, Set<Subscriber>>();
  #count = 0;
  #watermark = 0;
  #gapSince: Date | undefined;
  #listener: pg.Client | undefined;
  #timer: NodeJS.Timeout | undefined;
  #reading: Promise<void> | undefined;
  #again = false;
  #notifying = false;

  constructor(orm: MikroORM, log: Logger) {
    this.#orm = orm;
    this.#log = log;
  }

  async start(clientUrl: string): Promise<void> {
    const [row] = await this.#orm.em
      .getConnection()
      .execute<{ max: string | null }[]>('select max(id) as max from live_event');
    this.#watermark = Number(row?.max ?? 0);
    this.#listener = new pg.Client({ connectionString: clientUrl });
    this.#listener.on('notification', () => this.poke());
    this.#listener.on('error', (error) =>
      this.#log.warn({ err: error }, 'LISTEN connection lost; polling only'),
    );
    await this.#listener.connect();
    await this.#listener.query(`listen ${LIVE_CHANNEL}`);
    this.#timer = setInterval(() => this.poke(), POLL_MS).unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#reading;
    await this.#listener?.end().catch(() => {});
  }

  /** The last id handed to subscribers: a new subscription backfills up to it, then lives on. */
  get watermark(): number {
    return this.#watermark;
  }

  /** Hands `subscriber` every later row meant for `audience`, until the returned function is called. */
  subscribe(audience: LiveAudience, subscriber: Subscriber): () => void {
    let set = this.#staff;
    if ('familyId' in audience) {
      set = this.#families.get(audience.familyId) ?? new Set();
      this.#families.set(audience.familyId, set);
    }
    set.add(subscriber);
    this.#count++;
    return () => {
      if (!set.delete(subscriber)) return;
      this.#count--;
      // A family whose last tab closed leaves nothing behind.
      if (set.size === 0 && 'familyId' in audience) this.#families.delete(audience.familyId);
    };
  }

  get subscriberCount(): number {
    return this.#count;
  }

  #dispatch(row: LiveRow): void {
    if (row.forStaff) for (const subscriber of this.#staff) subscriber(row);
    if (row.forFamilies) {
      for (const family of this.#families.values()) for (const subscriber of family) subscriber(row);
    } else if (row.familyId !== null) {
      const family = this.#families.get(row.familyId);
      if (family) for (const subscriber of family) subscriber(row);
    }
  }

  /** Wakes every instance; called after a commit that wrote events. Coalesced within a tick. */
  notify(): void {
    if (this.#notifying) return;
    this.#notifying = true;
    queueMicrotask(() => {
      this.#notifying = false;
      this.#orm.em
        .getConnection()
        .execute(`select pg_notify('${LIVE_CHANNEL}', '')`)
        .catch((error: unknown) => this.#log.warn({ err: error }, 'NOTIFY failed; instances will poll'));
    });
  }

  poke(): void {
    if (this.#reading) {
      this.#again = true;
      return;
    }
    this.#reading = this.#read()
      .catch((error: unknown) => this.#log.warn({ err: error }, 'reading live events failed'))
      .finally(() => {
        this.#reading = undefined;
        if (this.#again) {
          this.#again = false;
          this.poke();
        }
      });
  }

  /**
   * A missing id belongs to a transaction that began before we saw the next one. Once no transaction that old
   * is still open, the id will never be committed (it rolled back) and is skipped at once; a long writer is
   * waited for, up to GAP_TIMEOUT_MS. Times are the database's, so clock skew between hosts does not matter.
   */
  async #gapIsFinal(): Promise<boolean> {
    const connection = this.#orm.em.getConnection();
    if (!this.#gapSince) {
      const [now] = await connection.execute<{ now: Date }[]>('select clock_timestamp() as now');
      this.#gapSince = new Date(now?.now ?? Date.now());
    }
    if (Date.now() - this.#gapSince.getTime() >= GAP_TIMEOUT_MS) return true;
    const [older] = await connection.execute<{ open: boolean }[]>(
      `select exists (select 1 from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
         and xact_start is not null and xact_start < ?) as open`,
      [this.#gapSince],
    );
    return !older?.open;
  }

  async #read(): Promise<void> {
    for (;;) {
      const rows = await this.#orm.em
        .getConnection()
        .execute<RawRow[]>(
          'select id, family_id, for_families, for_staff, payload, created_at from live_event where id > ? order by id limit ?',
          [this.#watermark, BATCH],
        );
      for (const raw of rows) {
        const row = toLiveRow(raw);
        if (row.id !== this.#watermark + 1 && !(await this.#gapIsFinal())) return;
        this.#gapSince = undefined;
        this.#watermark = row.id;
        this.#dispatch(row);
      }
      if (rows.length < BATCH) return;
    }
  }
}
