/**
 * What the tabs of one browser share about the session. They share the refresh cookie too, and the server
 * treats a refresh token spent twice as stolen (it revokes the chain): two tabs must never refresh at once.
 */
const lockName = 'portail-famille:refresh';
const hintKey = 'portail-famille:session';

/** Runs `refresh` while no other tab of this browser is refreshing, so each one sends the latest cookie. */
export function oneTabAtATime<T>(refresh: () => Promise<T>): Promise<T> {
  return 'locks' in navigator ? navigator.locks.request(lockName, refresh) : refresh();
}

/**
 * Whether this browser probably holds a refresh cookie (httpOnly, so unreadable here). Not a secret: it only
 * spares anonymous visitors a refresh call answered «not signed in».
 */
export const mayHaveSession = (): boolean => {
  try {
    return localStorage.getItem(hintKey) === '1';
  } catch {
    return true; // storage refused: try, the server knows
  }
};

export function rememberSession(signedIn: boolean) {
  try {
    if (signedIn) localStorage.setItem(hintKey, '1');
    else localStorage.removeItem(hintKey);
  } catch {
    // Private browsing may refuse storage; the next start simply tries a refresh.
  }
}

export type TabMessage = { type: 'signed-in'; email: string } | { type: 'signed-out' };

/** Tells the other tabs of a sign-in or sign-out; returns a function that stops listening. */
export function tabChannel(onMessage: (message: TabMessage) => void) {
  if (!('BroadcastChannel' in window)) return { post: (_: TabMessage) => {}, close: () => {} };
  const channel = new BroadcastChannel('portail-famille:session');
  channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
  return { post: (message: TabMessage) => channel.postMessage(message), close: () => channel.close() };
}
