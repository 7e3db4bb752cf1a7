import { createContext, type JSX, onCleanup, useContext } from 'solid-js';
import { createSession, type Session } from './session.ts';

const SessionContext = createContext<Session>();

/** One session for the app: started at load with a silent refresh, since the refresh cookie may be there. */
export function SessionProvider(props: { children: JSX.Element }) {
  const session = createSession();
  onCleanup(session.dispose);
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>;
}

/** Who is signed in, and sign-in / sign-out. */
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() hors de <SessionProvider>');
  return value;
}
