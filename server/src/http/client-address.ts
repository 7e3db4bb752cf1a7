import type { IncomingMessage } from 'node:http';

/**
 * The client's address when `proxies` reverse proxies stand in front of the portal, as Fastify's
 * `trustProxy: <hops>` reads it for HTTP: each proxy appends the address it received the request from to
 * X-Forwarded-For, so the client is `proxies` entries from the right. Entries further left were written by
 * the client itself (nginx's `$proxy_add_x_forwarded_for` keeps them) and are never believed: a client that
 * could pick its address would escape the per-address limits.
 */
export function clientAddress(req: IncomingMessage, proxies: number): string {
  const direct = req.socket.remoteAddress ?? 'unknown';
  if (proxies === 0) return direct;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - proxies] ?? forwarded[0] ?? direct;
}
