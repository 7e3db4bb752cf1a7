import pg from 'pg';

/** Any constant shared by every instance of the portal: the key of the start-up advisory lock. */
const STARTUP_LOCK_KEY = 7_245_310;

/**
 * Runs `work` (migrations, demo seed) while holding a PostgreSQL advisory lock, so that replicas started
 * together behind a load balancer take turns: the first migrates and seeds, the others then find nothing
 * left to do. A session lock needs one connection from lock to unlock, hence a client outside the pool; it is
 * released by PostgreSQL itself if this process dies half-way.
 */
export async function withStartupLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'portail-startup' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await client.end();
  }
}
