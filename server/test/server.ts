import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import { pino } from 'pino';
import { loadConfig } from '../src/config/config.ts';
import type { AppRouter } from '../src/router.ts';
import { type RunningServer, startServer } from '../src/server.ts';
import { createTestDatabase } from './database.ts';

/** The whole portal on a free port over a fresh database, seeded with the demo data. */
export async function startTestServer(): Promise<RunningServer & { database: string }> {
  const { url, name } = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: url, SEED_DEMO: '1', PORT: '0', HOST: '127.0.0.1' });
  return { ...(await startServer(config, { log: pino({ level: 'silent' }) })), database: name };
}

/** A tRPC client speaking over the WebSocket, as the PWA does. */
export function connectClient(server: RunningServer) {
  const wsClient = createWSClient({ url: `${server.url.replace('http', 'ws')}/trpc` });
  const trpc = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
  return { trpc, close: () => wsClient.close() };
}
