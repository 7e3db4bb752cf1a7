/**
 * The access token, in memory only: a script injected into the page could read localStorage, and the
 * refresh token it would need to outlive the tab stays in an httpOnly cookie.
 */
type Access = { token: string; expiresAt: number };

let access: Access | undefined;
let renewer: (() => Promise<boolean>) | undefined;
/** Settles once the start-up's silent refresh is done: the first socket waits for it, so it opens only once. */
let known: Promise<unknown> = Promise.resolve();

/** A socket opened with a token this close to expiry would be closed by the server (4001) almost at once. */
const RENEW_BEFORE_MS = 30_000;

export const accessToken = (): string | undefined => access?.token;
export const accessExpiresAt = (): number | undefined => access?.expiresAt;

export function setAccess(next: { accessToken: string; expiresAt: string } | undefined) {
  access = next && { token: next.accessToken, expiresAt: Date.parse(next.expiresAt) };
}

/** The session store tells the transport how to renew the token; the transport never imports the store. */
export function setRenewer(renew: (() => Promise<boolean>) | undefined) {
  renewer = renew;
}

export function setSessionKnown(settled: Promise<unknown>) {
  known = settled;
}

/** Renews the session (single-flight in the store); false when it is over. */
export const renewSession = (): Promise<boolean> => renewer?.() ?? Promise.resolve(false);

/** The token for a new WebSocket: renewed first when it is about to expire. */
export async function freshToken(): Promise<string | undefined> {
  await known;
  if (access && access.expiresAt - Date.now() < RENEW_BEFORE_MS) await renewSession();
  return access?.token;
}
