import type { RouteSectionProps } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { GuardianOnly } from '../auth/guards.tsx';
import { useSession } from '../auth/SessionProvider.tsx';
import { Loading } from '../ui/Loading.tsx';
import { useOffline } from './OfflineProvider.tsx';

/**
 * The guardian's pages, also while the session cannot be checked (no network, server away): they then open on
 * the data saved on this device, for the guardian last signed in here (until they sign out). Back online, the
 * session resumes under the same pages, which are not rebuilt.
 */
export function GuardianOrOffline(props: RouteSectionProps) {
  const session = useSession();
  const offline = useOffline();
  const allowed = () => session.profile()?.kind === 'guardian' || offline.offlineGuardian() !== undefined;
  return (
    <Switch fallback={<GuardianOnly {...props} />}>
      <Match when={allowed()}>{props.children}</Match>
      <Match when={offline.deciding()}>
        <div class="container page">
          <Loading label="Vérification de votre session…" />
        </div>
      </Match>
    </Switch>
  );
}
