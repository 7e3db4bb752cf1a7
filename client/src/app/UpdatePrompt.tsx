import { useRegisterSW } from 'virtual:pwa-register/solid';
import { Show } from 'solid-js';

/**
 * Registers the service worker and offers a new version when one is ready, instead of swapping the app under a
 * parent who is filling in a form (`registerType: 'prompt'`).
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  return (
    <div class="toast-region" role="status">
      <Show when={needRefresh()}>
        <div class="toast">
          <p>Une nouvelle version du Portail Famille est disponible.</p>
          <div class="toast__actions">
            <button type="button" class="button" onClick={() => updateServiceWorker(true)}>
              Mettre à jour
            </button>
            <button type="button" class="button button--secondary" onClick={() => setNeedRefresh(false)}>
              Plus tard
            </button>
          </div>
        </div>
      </Show>
    </div>
  );
}
