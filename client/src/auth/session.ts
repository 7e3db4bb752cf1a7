import { type Accessor, batch, createSignal } from 'solid-js';
import { forgetIdentity, rememberedIdentity, rememberIdentity } from '../offline/owner.ts';
import { appCodeOf } from '../trpc/errors.ts';
import { refreshSession } from '../trpc/http.ts';
import { loadClient, reconnectWithNewIdentity } from '../trpc/socket.ts';
import type { Profile, RouterInputs, SignedIn } from '../trpc/types.ts';
import { accessExpiresAt, setAccess, setRenewer, setSessionKnown } from './access.ts';
import { mayHaveSession, oneTabAtATime, rememberSession, type TabMessage, tabChannel } from './tabs.ts';

/**
 * `offline`: the guardian last signed in on this device, while their session cannot be checked (no network,
 * server away). The pages show what the device kept, nothing is read or sent with the session; it is checked
 * again as soon as the connection comes back, and ends cleanly (drafts kept) if it is really over.
 */
export type SessionStatus = 'checking' | 'signed-in' | 'offline' | 'signed-out';

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
/** Offline, the session is checked again at the connection's return, and meanwhile now and then, less and less. */
const OFFLINE_RETRY_MS = { first: 5_000, max: 60_000 };
const expired = 'Votre session a expiré. Veuillez vous reconnecter.';

export function createSession(): Session {
  const [status, setStatus] = createSignal<SessionStatus>('checking');
  const [profile, setProfile] = createSignal<Profile>();
  const [notice, setNotice] = createSignal<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: Promise<boolean> | undefined;
  let offlineRetry = OFFLINE_RETRY_MS.first;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), Math.max(delayMs, 5_000));
  };

  // Batched: the providers see the status and the profile change together (LiveProvider, OfflineProvider).
  function adopt(signedIn: SignedIn) {
    setAccess(signedIn);
    batch(() => {
      setProfile(signedIn.profile);
      setStatus('signed-in');
      setNotice(undefined);
    });
    rememberSession(true);
    rememberIdentity(signedIn.profile);
    offlineRetry = OFFLINE_RETRY_MS.first;
    schedule(Date.parse(signedIn.expiresAt) - Date.now() - REFRESH_AHEAD_MS);
  }

  /** This device no longer opens on the person: no silent refresh at the next start, no offline identity. */
  function forgetDevice() {
    rememberSession(false);
    forgetIdentity();
  }

  function end(why?: string) {
    clearTimeout(timer);
    setAccess(undefined);
    batch(() => {
      setProfile(undefined);
      setStatus('signed-out');
      setNotice(why);
    });
    forgetDevice();
  }

  /**
   * The session cannot be checked (network, not a refusal): a guardian goes on offline with what this device
   * kept of them. Staff, or nobody remembered: signed out for now, the cookie kept for the next try.
   */
  async function goOffline(): Promise<false> {
    const known = profile() ?? rememberedIdentity();
    if (known?.kind !== 'guardian') {
      if (status() === 'checking') setStatus('signed-out');
      return false;
    }
    setAccess(undefined);
    batch(() => {
      setProfile(known);
      setStatus('offline');
    });
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), offlineRetry);
    offlineRetry = Math.min(offlineRetry * 2, OFFLINE_RETRY_MS.max);
    return false;
  }

  async function renew(): Promise<boolean> {
    try {
      const next = await oneTabAtATime(() => refreshSession());
      // Another tab signed someone else in (the cookie is shared), or sockets were opened without a session
      // while offline: this tab's socket must change identity too.
      const otherPerson = profile() && profile()?.email !== next.profile.email;
      if (otherPerson || status() === 'offline') await switchIdentity(next);
      else adopt(next);
      return true;
    } catch (error) {
      if (appCodeOf(error) === 'UNAUTHENTICATED') {
        end(status() === 'signed-in' || status() === 'offline' ? expired : undefined);
        return false;
      }
      // Offline or server away: the session goes on while its token lasts; try again shortly.
      const expiresAt = accessExpiresAt();
      if (status() === 'signed-in' && expiresAt && expiresAt > Date.now()) {
        schedule(15_000);
        return true;
      }
      return goOffline();
    }
  }

  function refresh(): Promise<boolean> {
    inflight ??= renew().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  const channel = tabChannel((message: TabMessage) => {
    if (message.type === 'signed-out' && (status() === 'signed-in' || status() === 'offline')) {
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
  const onOnline = () =>
    (status() === 'offline' || (status() === 'signed-out' && mayHaveSession())) && void refresh();
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('online', onOnline);

  setRenewer(refresh);
  if (!mayHaveSession()) setStatus('signed-out');
  // Surely offline: no refresh call to wait for, the app opens at once on what the device kept.
  else if (!navigator.onLine) setSessionKnown(goOffline());
  else setSessionKnown(refresh());

  return {
    status,
    profile,
    notice,
    setNotice,
    async login(input) {
      const { trpc } = await loadClient();
      const next = await trpc.auth.login.mutate(input);
      await signedIn(next);
      return next.profile;
    },
    adopt: signedIn,
    async logout() {
      // Signed out here even if the server cannot be reached: the person asked to leave this device. Forgotten
      // first, before any network: a shared tablet closed right after «Se déconnecter» must not reopen signed in.
      forgetDevice();
      await loadClient()
        .then(({ trpc }) => trpc.auth.logout.mutate())
        .catch(() => undefined);
      await signedOut('Vous êtes déconnecté. À bientôt !');
    },
    async logoutEverywhere() {
      const { trpc } = await loadClient();
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
