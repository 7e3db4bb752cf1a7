import { ConfigError, loadConfig } from './config/config.ts';
import { startServer } from './server.ts';

/** Entry point of `npm start`: parse the configuration, start, and shut down cleanly on SIGTERM/SIGINT. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const server = await startServer(config);
  server.log.info({ url: server.url }, `Portail Famille prêt sur ${server.url}`);

  const shutdown = (signal: string) => {
    server.log.info({ signal }, 'arrêt demandé');
    const forced = setTimeout(() => process.exit(1), 10_000).unref();
    server.stop().then(
      () => {
        clearTimeout(forced);
        process.exit(0);
      },
      (error: unknown) => {
        server.log.error({ err: error }, "échec de l'arrêt");
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

await main();
