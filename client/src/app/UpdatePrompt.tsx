import { useRegisterSW } from 'virtual:pwa-register/solid';
import { createSignal, onCleanup, Show } from 'solid-js';

/** An app left open for days still learns of a new version. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and offers a new version when one is ready, instead of swapping the app under a
 * parent who is filling in a form (`registerType: 'prompt'`). It never reloads by itself: the page reloads when
 * the parent asks («Mettre à jour»); when another tab installed the new version, the parent is asked here too.
 * A reload keeps the planning's draft and the outbox (IndexedDB, see offline/).
 */
export function UpdatePrompt() {
  let asked = false;
  const [elsewhere, setElsewhere] = createSignal(false);
  let timer: ReturnType<typeof setInterval> | undefined;
  onCleanup(() => clearInterval(timer));
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // Registered once the page has loaded: the service worker's precaching would otherwise compete with the
    // first page's own downloads on a phone's connection (Lighthouse's blocking time, bench/client-lighthouse.ts).
    immediate: false,
    // The new version took control: reload if the parent asked for it here, else ask.
    onNeedReload: () => (asked ? window.location.reload() : setElsewhere(true)),
    onRegisteredSW: (_url, registration) => {
      if (registration) timer = setInterval(() => void registration.update().catch(() => {}), CHECK_EVERY_MS);
    },
  });
  const update = () => {
    asked = true;
    void updateServiceWorker(true);
  };

  return (
    <div class="toast-region" role="status">
      <Show when={needRefresh() || elsewhere()}>
        <div class="toast">
          <p>
            {elsewhere()
              ? 'Une nouvelle version du Portail Famille a été installée depuis un autre onglet.'
              : 'Une nouvelle version du Portail Famille est disponible.'}
          </p>
          <div class="toast__actions">
            <button
              type="button"
              class="button"
              onClick={() => (elsewhere() ? window.location.reload() : update())}
            >
              Mettre à jour
            </button>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                setNeedRefresh(false);
                setElsewhere(false);
              }}
            >
              Plus tard
            </button>
          </div>
        </div>
      </Show>
    </div>
  );
}
