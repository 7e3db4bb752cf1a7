import { type Accessor, createSignal } from 'solid-js';
import { reconnectWithNewIdentity, trpc } from '../trpc/client.ts';
import { appCodeOf } from '../trpc/errors.ts';
import type { Profile, RouterInputs, SignedIn } from '../trpc/types.ts';
import { accessExpiresAt, setAccess, setRenewer, setSessionKnown } from './access.ts';
import { mayHaveSession, oneTabAtATime, rememberSession, type TabMessage, tabChannel } from './tabs.ts';

export type SessionStatus = 'checking' | 'signed-in' | 'signed-out';

export type Session = {
  status: Accessor<SessionStatus>;
  profile: Accessor<Profile | undefined>;
  /** Why the session ended, for the login block («Votre session a expiré…»); cleared at the next sign-in. */
  notice: Accessor<string | undefined>;
  setNotice: (notice: string | undefined) => void;
  login: (input: RouterInputs['auth']['login']) => Promise<Profile>;
  /** Signs in with what activation or a password reset returned. */
  adopt: (signedIn: SignedIn) => Promise<void>;
  logout: () => Promise<void>;
  logoutEverywhere: () => Promise<void>;
  /** A new access token (single-flight); false when the session is over. */
  refresh: () => Promise<boolean>;
  dispose: () => void;
};

const REFRESH_AHEAD_MS = 60_000;
const expired = 'Votre session a expiré. Veuillez vous reconnecter.';

export function createSession(): Session {
  const [status, setStatus] = createSignal<SessionStatus>('checking');
  const [profile, setProfile] = createSignal<Profile>();
  const [notice, setNotice] = createSignal<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: Promise<boolean> | undefined;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), Math.max(delayMs, 5_000));
  };

  function adopt(signedIn: SignedIn) {
    setAccess(signedIn);
    setProfile(signedIn.profile);
    setStatus('signed-in');
    setNotice(undefined);
    rememberSession(true);
    schedule(Date.parse(signedIn.expiresAt) - Date.now() - REFRESH_AHEAD_MS);
  }

  function end(why?: string) {
    clearTimeout(timer);
    setAccess(undefined);
    setProfile(undefined);
    setStatus('signed-out');
    rememberSession(false);
    setNotice(why);
  }

  async function renew(): Promise<boolean> {
    try {
      const next = await oneTabAtATime(() => trpc.auth.refresh.mutate());
      // Another tab signed someone else in (the cookie is shared): this tab's socket must change identity too.
      if (profile() && profile()?.email !== next.profile.email) await switchIdentity(next);
      else adopt(next);
      return true;
    } catch (error) {
      if (appCodeOf(error) === 'UNAUTHENTICATED') {
        end(status() === 'signed-in' ? expired : undefined);
        return false;
      }
      // Offline or server away: the session goes on while its token lasts; try again shortly.
      const expiresAt = accessExpiresAt();
      if (status() === 'signed-in' && expiresAt && expiresAt > Date.now()) {
        schedule(15_000);
        return true;
      }
      if (status() === 'checking') setStatus('signed-out'); // the cookie is kept: next start tries again
      return false;
    }
  }

  function refresh(): Promise<boolean> {
    inflight ??= renew().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  const channel = tabChannel((message: TabMessage) => {
    if (message.type === 'signed-out' && status() === 'signed-in') {
      void switchIdentity(undefined, 'Vous avez été déconnecté depuis un autre onglet.');
    } else if (message.type === 'signed-in' && profile()?.email !== message.email) {
      void refresh();
    }
  });

  /**
   * The token first (a socket opened from now on carries the new identity), then the old socket goes, and only
   * then do the pages learn of it: the reads they start are not caught in the closing socket.
   */
  async function switchIdentity(next: SignedIn | undefined, why?: string) {
    setAccess(next);
    await reconnectWithNewIdentity();
    if (next) adopt(next);
    else end(why);
  }

  async function signedIn(next: SignedIn) {
    await switchIdentity(next);
    channel.post({ type: 'signed-in', email: next.profile.email });
  }

  async function signedOut(why: string) {
    await switchIdentity(undefined, why);
    channel.post({ type: 'signed-out' });
  }

  const onVisible = () => {
    const expiresAt = accessExpiresAt();
    if (document.visibilityState === 'visible' && expiresAt && expiresAt - Date.now() < REFRESH_AHEAD_MS) {
      void refresh();
    }
  };
  const onOnline = () => status() === 'signed-out' && mayHaveSession() && void refresh();
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('online', onOnline);

  setRenewer(refresh);
  if (mayHaveSession()) setSessionKnown(refresh());
  else setStatus('signed-out');

  return {
    status,
    profile,
    notice,
    setNotice,
    async login(input) {
      const next = await trpc.auth.login.mutate(input);
      await signedIn(next);
      return next.profile;
    },
    adopt: signedIn,
    async logout() {
      // Signed out here even if the server cannot be reached: the person asked to leave this device.
      await trpc.auth.logout.mutate().catch(() => undefined);
      await signedOut('Vous êtes déconnecté. À bientôt !');
    },
    async logoutEverywhere() {
      await trpc.auth.logoutEverywhere.mutate(); // a failure is told to the person, who is still signed in
      await signedOut('Vous êtes déconnecté de tous les appareils, y compris celui-ci.');
    },
    refresh,
    dispose() {
      clearTimeout(timer);
      channel.close();
      setRenewer(undefined);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onOnline);
    },
  };
}
