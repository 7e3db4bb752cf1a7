import { For, lazy, Show } from 'solid-js';
import { formatDateTime } from '../app/dates.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { dismissStorageProblem, storageProblemMessages, storageProblems } from './db.ts';
import { useOffline } from './OfflineProvider.tsx';
import './offline.css';

// Shown only after a submission sent from the outbox: its code is not part of every page's first download.
const OutboxAnswer = lazy(() => import('./OutboxAnswer.tsx').then((m) => ({ default: m.OutboxAnswer })));

/**
 * At the top of every page: since when the data shown dates when the server cannot be reached, the
 * submissions waiting for the connection, the server's answers to them until read, and stored data the device
 * had to throw away. Read politely when it changes. Renders nothing when there is nothing to say.
 */
export function OfflineStatus() {
  const offline = useOffline();
  const session = useSession();
  const unclaimed = () => offline.outbox.entries().filter((e) => !offline.outbox.claimed().has(e.id));
  const waiting = () => unclaimed().filter((e) => e.status === 'queued');
  const answered = () => unclaimed().filter((e) => e.status === 'answered');
  // Signed in, the header already says «Hors ligne»; offline without a session, nothing else would.
  const bareOffline = () => !offline.online() && session.status() !== 'signed-in';

  return (
    <div class="offline-status container" role="status">
      <Show when={offline.saved.oldest()} fallback={<Show when={bareOffline()}>{<OfflineLine />}</Show>}>
        {(at) => (
          <p class="offline-banner">
            <span class="offline-banner__mark" aria-hidden="true" />
            <span>
              <strong>Hors ligne — données du {formatDateTime(at())}</strong>
              <span class="offline-banner__more">
                Les actions qui demandent une connexion attendront son retour.
              </span>
            </span>
          </p>
        )}
      </Show>
      <For each={storageProblems()}>
        {(problem) => (
          <div class="notice notice--error offline-problem">
            <p>{storageProblemMessages[problem]}</p>
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => dismissStorageProblem(problem)}
            >
              Fermer <span class="visually-hidden">ce message</span>
            </button>
          </div>
        )}
      </For>
      <Show when={waiting().length > 0}>
        <div class="notice notice--info">
          <p>
            <strong>
              {waiting().length > 1
                ? `${waiting().length} réservations seront envoyées dès le retour de la connexion :`
                : 'Une réservation sera envoyée dès le retour de la connexion :'}
            </strong>
          </p>
          <ul>
            <For each={waiting()}>
              {(entry) => (
                <li>
                  {entry.about.child} — {entry.about.place}, {entry.input.lines.length} date
                  {entry.input.lines.length > 1 ? 's' : ''} (confirmée le {formatDateTime(entry.queuedAt)})
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <For each={answered()}>
        {(entry) => (
          <OutboxAnswer entry={entry} headingLevel={2} onDismiss={() => offline.outbox.dismiss(entry.id)} />
        )}
      </For>
    </div>
  );
}

function OfflineLine() {
  return (
    <p class="offline-banner">
      <span class="offline-banner__mark" aria-hidden="true" />
      <span>
        <strong>Hors ligne</strong>
        <span class="offline-banner__more">
          Les pages déjà consultées sur cet appareil restent lisibles ; le reste attendra le retour de la
          connexion.
        </span>
      </span>
    </p>
  );
}
