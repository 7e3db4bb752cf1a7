import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { clientAddress } from '../http/client-address.ts';
import type { Context, Services } from './context.ts';

/** Over HTTP the token is a Bearer header; cookies (refresh) are read by the procedures that need them. */
export async function httpContext(
  services: Services,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<Context> {
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
  const verified = token ? await services.tokens.verify(token) : undefined;
  return {
    ...services,
    principal: verified?.principal,
    tokenRejected: token !== undefined && verified === undefined,
    ip: req.ip,
    userAgent: req.headers['user-agent'],
    http: { req, reply },
    socket: undefined,
  };
}

/**
 * Over the WebSocket the token comes in `connectionParams`, once per connection. tRPC never looks at it
 * again, so the socket is closed when the token expires; the client reconnects with a fresh one and its
 * subscriptions resume without the page noticing.
 */
export async function webSocketContext(
  services: Services,
  req: IncomingMessage,
  socket: WebSocket,
  connectionParams: Record<string, string | undefined> | null,
): Promise<Context> {
  const token = connectionParams?.token;
  const verified = token ? await services.tokens.verify(token) : undefined;
  if (verified) {
    const timer = setTimeout(
      () => socket.close(4001, 'jeton expiré'),
      Math.max(verified.expiresAt.getTime() - Date.now(), 0),
    );
    socket.once('close', () => clearTimeout(timer));
  }
  return {
    ...services,
    principal: verified?.principal,
    tokenRejected: token !== undefined && verified === undefined,
    ip: clientAddress(req, services.config.trustProxy),
    userAgent: req.headers['user-agent'],
    http: undefined,
    socket,
  };
}
