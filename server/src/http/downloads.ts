import { stringify } from 'csv-stringify/sync';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal.ts';
import type { Services } from '../trpc/context.ts';

/**
 * What every file download shares: browsers fetch files from URLs (not WebSocket frames), with the session's
 * access token as `Authorization: Bearer`, and spreadsheets want CSV with semicolons and a BOM.
 */
export async function bearerPrincipal(
  services: Services,
  request: FastifyRequest,
): Promise<Principal | undefined> {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  return (await services.tokens.verify(header.slice(7)))?.principal;
}

export const textReply = (reply: FastifyReply, code: number, message: string) =>
  reply.code(code).type('text/plain; charset=utf-8').header('Cache-Control', 'no-store').send(message);

/** True for staff; otherwise answers 401 or 403 and returns false. */
export async function requireStaff(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<boolean> {
  const principal = await bearerPrincipal(services, request);
  if (principal?.kind === 'staff') return true;
  await textReply(reply, principal ? 403 : 401, 'Accès réservé aux agents du service.');
  return false;
}

export const csvReply = (reply: FastifyReply, fileName: string, rows: (string | number | null)[][]) =>
  reply
    .type('text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${fileName}"`)
    .header('Cache-Control', 'no-store')
    .send(`\ufeff${stringify(rows, { delimiter: ';' })}`);
