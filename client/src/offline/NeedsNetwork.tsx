import { Show } from 'solid-js';
import { useOffline } from './OfflineProvider.tsx';

/**
 * Beside actions that need the server (staff's saves, uploads): offline, says why their buttons are disabled.
 * The buttons point at it (`aria-describedby`) with `id`.
 */
export function NeedsNetwork(props: { id: string; what: string }) {
  const offline = useOffline();
  return (
    <Show when={!offline.connected()}>
      <p id={props.id} class="notice notice--info">
        Hors ligne : {props.what} dès le retour de la connexion.
      </p>
    </Show>
  );
}
