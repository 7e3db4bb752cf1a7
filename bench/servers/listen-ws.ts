/**
 * Baseline (b): the shortest commit-to-screen chain. It LISTENs on a channel like the portal's LiveBus;
 * each notification makes it read the new outbox rows (one SELECT, as the bus does) and send each
 * row, shaped as the portal's tRPC message, serialised once, to every connected client. No audience
 * filter, no tRPC, no per-client work.
 */
import pg from 'pg';
import { WebSocketServer } from 'ws';

const channel = process.env.CHANNEL as string;
/** Its own copy of the outbox (same columns, own sequence), so that the portal's bus never sees these rows. */
const table = process.env.TABLE as string;
const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
const reader = new pg.Client({ connectionString: process.env.DATABASE_URL });
await listener.connect();
await reader.connect();
const [top] = (await reader.query<{ max: string | null }>(`select max(id) as max from ${table}`)).rows;
let watermark = Number(top?.max ?? 0);
let reading: Promise<void> | undefined;
let again = false;

type Row = { id: string; payload: unknown; created_at: Date };

async function read() {
  const { rows } = await reader.query<Row>(
    `select id, family_id, for_staff, payload, created_at from ${table} where id > $1 order by id limit 500`,
    [watermark],
  );
  for (const row of rows) {
    watermark = Number(row.id);
    const delivered = { id: row.id, at: new Date(row.created_at).toISOString(), event: row.payload };
    const text = JSON.stringify({
      id: 1,
      result: { type: 'data', id: row.id, data: { id: row.id, data: delivered } },
    });
    for (const client of wss.clients) if (client.readyState === 1) client.send(text);
  }
}

function poke() {
  if (reading) {
    again = true;
    return;
  }
  reading = read()
    .catch((error: unknown) => console.error('read failed', error))
    .finally(() => {
      reading = undefined;
      if (again) {
        again = false;
        poke();
      }
    });
}

listener.on('notification', poke);
await listener.query(`listen ${channel}`);
// Created once the database is reachable, so that `listening` (hence `ready`) is heard.
const wss = new WebSocketServer({
  host: '127.0.0.1',
  port: Number(process.env.PORT),
  perMessageDeflate: false,
});

process.on('message', (message: { rid: number; type: string }) => {
  if (message?.type === 'clients') process.send?.({ rid: message.rid, count: wss.clients.size });
});
wss.on('listening', () => process.send?.({ type: 'ready' }));
process.once('SIGTERM', () => {
  for (const client of wss.clients) client.terminate();
  wss.close(() => {
    Promise.all([listener.end(), reader.end()]).finally(() => process.exit(0));
  });
});
