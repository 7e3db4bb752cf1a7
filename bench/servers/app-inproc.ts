/**
 * The portal exactly as `server/src/main.ts` starts it (same `loadConfig`, same `startServer`), in a process
 * of the benchmark's own so that the load generator can ask the live bus how many subscribers it holds
 * (`bus.subscriberCount`), which the running app exposes nowhere. Used for the connect/disconnect cycles.
 */
import { loadConfig } from '../../server/src/config/config.ts';
import { startServer } from '../../server/src/server.ts';

const server = await startServer(loadConfig());

process.on('message', (message: { rid: number; type: string }) => {
  if (message?.type === 'subscribers')
    process.send?.({ rid: message.rid, count: server.bus.subscriberCount });
});
process.send?.({ type: 'ready', port: server.port });
process.once('SIGTERM', () => {
  server.stop().finally(() => process.exit(0));
});
