import { pino } from 'pino';
import { loadConfig } from '../src/config/config.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import { createTestDatabase } from './database.ts';
import { wsClient } from './http.ts';

/**
 * The whole portal on a free port over a fresh database seeded with the demo data, or over `database` to run
 * a second instance beside the first.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  database?: { url: string; name: string },
  options: { clientDist?: string } = {},
): Promise<RunningServer & { database: string }> {
  const { url, name } = database ?? (await createTestDatabase());
  const config = loadConfig({ DATABASE_URL: url, SEED_DEMO: '1', PORT: '0', HOST: '127.0.0.1', ...env });
  return {
    ...(await startServer(config, {
      ...options,
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    })),
    database: name,
  };
}

/** An anonymous tRPC client over the WebSocket, as the PWA connects before sign-in. */
export const connectClient = (server: RunningServer) => wsClient(server.url);
