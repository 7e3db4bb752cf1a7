import type { RouteSectionProps } from '@solidjs/router';
import { Show } from 'solid-js';
import { GuardianOnly } from '../auth/guards.tsx';
import { useSession } from '../auth/SessionProvider.tsx';
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
    <Show when={allowed()} fallback={<GuardianOnly {...props} />}>
      {props.children}
    </Show>
  );
}
