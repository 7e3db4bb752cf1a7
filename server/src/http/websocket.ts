import type { Server } from 'node:http';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { WebSocketServer } from 'ws';
import { appRouter } from '../router.ts';
import type { Services } from '../trpc/context.ts';
import { webSocketContext } from '../trpc/create-context.ts';

export type WebSocketOptions = { server: Server; services: Services };

/**
 * tRPC over one WebSocket per tab at `/trpc`, on the same port as HTTP. Messages above `maxPayloadBytes`
 * close that socket (1009) instead of being buffered; a malformed message gets a tRPC error on its socket only.
 */
export function attachWebSocket({ server, services }: WebSocketOptions) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: services.config.wsMaxPayloadBytes });
  server.on('upgrade', (request, socket, head) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== '/trpc') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  const handler = applyWSSHandler({
    wss,
    router: appRouter,
    createContext: ({ req, res, info }) => webSocketContext(services, req, res, info.connectionParams),
    keepAlive: { enabled: true, ...services.config.wsKeepAlive },
  });
  return {
    wss,
    /** Tells every client to reconnect (to another instance, or to this one once restarted), then closes. */
    async close() {
      handler.broadcastReconnectNotification();
      for (const client of wss.clients) client.close(1012, 'redémarrage du service');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
