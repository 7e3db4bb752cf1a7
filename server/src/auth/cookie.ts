import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../trpc/context.ts';
import { AppError } from '../trpc/errors.ts';
import { REFRESH_TTL_MS } from './sessions.ts';

export const REFRESH_COOKIE = 'pf_refresh';
const PATH = '/trpc';

const isLocalhost = (req: FastifyRequest) => ['localhost', '127.0.0.1', '[::1]'].includes(req.hostname);

/** The procedures that set or read the refresh cookie exist over HTTP only: a WebSocket frame has no cookie. */
export function requireHttp(ctx: Context): { req: FastifyRequest; reply: FastifyReply } {
  if (!ctx.http) throw new AppError('HTTP_ONLY');
  return ctx.http;
}

export function setRefreshCookie(ctx: Context, token: string): void {
  const { req, reply } = requireHttp(ctx);
  reply.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    // Browsers keep Secure cookies only over HTTPS; localhost is the developer's plain-HTTP exception.
    secure: !isLocalhost(req),
    sameSite: 'strict',
    path: PATH,
    maxAge: REFRESH_TTL_MS / 1000,
  });
}

export function clearRefreshCookie(ctx: Context): void {
  const { req, reply } = requireHttp(ctx);
  reply.clearCookie(REFRESH_COOKIE, {
    path: PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: !isLocalhost(req),
  });
}

export const readRefreshCookie = (ctx: Context) => requireHttp(ctx).req.cookies[REFRESH_COOKIE];
