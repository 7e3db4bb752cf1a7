/**
 * A child of the client benchmarks: the portal exactly as `server/src/main.ts` starts it (same `loadConfig`,
 * same `startServer`), serving the client build named by BENCH_CLIENT_DIST (the portal's, or the bare page's
 * built with the same Vite configuration), so that both are served the same way.
 */
import { loadConfig } from '../../server/src/config/config.ts';
import { startServer } from '../../server/src/server.ts';

const clientDist = process.env.BENCH_CLIENT_DIST;
if (!clientDist) throw new Error('BENCH_CLIENT_DIST manquant');
const server = await startServer(loadConfig(), { clientDist });
process.send?.({ type: 'ready', port: server.port });
process.once('SIGTERM', () => {
  server.stop().finally(() => process.exit(0));
});
