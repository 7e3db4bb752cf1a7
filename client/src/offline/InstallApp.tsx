import { createSignal, onCleanup, Show } from 'solid-js';
import './offline.css';

/** Chromium's install offer (not in TypeScript's DOM types). */
type InstallPromptEvent = Event & {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

// Listened from the start: the browser may offer installation before the footer is drawn.
const [offer, setOffer] = createSignal<InstallPromptEvent>();
const [installed, setInstalled] = createSignal(false);
if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // no mini-infobar: the button below says it in the portal's words
    setOffer(event as InstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => {
    setInstalled(true);
    setOffer(undefined);
  });
}

const standalone = () =>
  window.matchMedia?.('(display-mode: standalone)').matches ||
  (navigator as { standalone?: boolean }).standalone === true;

/** iPhone and iPad (iPadOS says it is a Mac, with a touch screen): installation goes through «Partager». */
const ios = () =>
  /iPhone|iPad|iPod/.test(navigator.userAgent) ||
  (navigator.userAgent.includes('Macintosh') && navigator.maxTouchPoints > 1);

/**
 * «Installer l'application», in the footer: the browser's own offer where it makes one (Chromium), the steps
 * on iOS, where Safari has no such offer. Nothing once the portal runs installed.
 */
export function InstallApp() {
  const [status, setStatus] = createSignal('');
  const [running] = createSignal(standalone());
  const media = window.matchMedia?.('(display-mode: standalone)');
  const onDisplay = () => media?.matches && setInstalled(true);
  media?.addEventListener?.('change', onDisplay);
  onCleanup(() => media?.removeEventListener?.('change', onDisplay));

  const install = async () => {
    const event = offer();
    if (!event) return;
    setOffer(undefined); // the browser offers it once
    await event.prompt();
    const { outcome } = await event.userChoice;
    setStatus(
      outcome === 'accepted'
        ? 'Le Portail Famille est installé : retrouvez-le parmi vos applications.'
        : 'Installation annulée. Vous pourrez installer le Portail Famille plus tard depuis votre navigateur.',
    );
  };

  return (
    <Show when={!running() && !installed() && (offer() || ios() || status())}>
      <section class="install" aria-labelledby="install-title">
        <h2 id="install-title" class="install__title">
          Installer l’application
        </h2>
        <Show
          when={offer()}
          fallback={
            <Show when={ios() && !status()}>
              <p>
                Sur iPhone ou iPad, dans Safari : touchez{' '}
                <strong>
                  Partager{' '}
                  <svg class="install__share" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M12 3v12M7.5 7.5 12 3l4.5 4.5M6 11H5v10h14V11h-1" />
                  </svg>
                </strong>{' '}
                puis <strong>Sur l’écran d’accueil</strong>. Le Portail Famille s’ouvrira alors comme une
                application, même sans connexion.
              </p>
            </Show>
          }
        >
          <p>Ouvrez le Portail Famille comme une application, même sans connexion.</p>
          <button type="button" class="button" onClick={() => void install()}>
            Installer l’application
          </button>
        </Show>
        <p role="status">{status()}</p>
      </section>
    </Show>
  );
}
