import type { Server } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { appRouter } from '../router.ts';
import type { Services } from '../trpc/context.ts';
import { webSocketContext } from '../trpc/create-context.ts';
import { SocketConnection } from './socket/connection.ts';

export type WebSocketOptions = { server: Server; services: Services };

/** What tRPC's client takes as «reconnect now» (to another instance, or to this one once restarted). */
const RECONNECT = JSON.stringify({ id: null, method: 'reconnect' });

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
  const options = {
    router: appRouter,
    createContext: webSocketContext.bind(null, services),
    keepAlive: services.config.wsKeepAlive,
    subscriptionsPerSocket: services.config.rateLimits.subscriptionsPerSocket,
    log: services.log,
  };
  wss.on('connection', (socket, request) => new SocketConnection(socket, request, options));
  return {
    wss,
    /** Tells every client to reconnect, then closes. */
    async close() {
      for (const client of wss.clients) {
        if (client.readyState === WebSocket.OPEN) client.send(RECONNECT);
        client.close(1012, 'redémarrage du service');
      }
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
