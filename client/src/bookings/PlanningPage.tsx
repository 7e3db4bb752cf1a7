import { A, useParams } from '@solidjs/router';
import { createResource, Match, Show, Switch } from 'solid-js';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { useLiveRefresh } from '../live/refresh.ts';
import { useOffline } from '../offline/OfflineProvider.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { createPlanning } from './data.ts';
import { ReservationFlow } from './ReservationFlow.tsx';
import './bookings.css';

/** /reservations/nouvelle/:childId/:periodId — the planning, then the recap, then the confirmation. */
export function PlanningPage() {
  const params = useParams<{ childId: string; periodId: string }>();
  usePageTitle(() => 'Nouvelle réservation');
  return (
    <div class="container page bookings">
      {/* Keyed: another child or period is another planning, with its own draft. */}
      <Show when={`${params.childId}/${params.periodId}`} keyed>
        <Planning childId={Number(params.childId)} periodId={Number(params.periodId)} />
      </Show>
    </div>
  );
}

function Planning(props: { childId: number; periodId: number }) {
  const planning = createPlanning(props.childId, props.periodId);
  // The draft saved on this device, read once before the grid shows (it never fails: see offline/db.ts).
  const storage = useOffline().drafts;
  const [saved] = createResource(storage, (s) =>
    s.load({ childId: props.childId, periodId: props.periodId }).then((draft) => ({ draft, storage: s })),
  );
  // A decision (or a submission from another device) changes this child's planning: read it again.
  useLiveRefresh(
    ['reservation.submitted', 'reservation.decided'],
    planning.retry,
    (event) => event.childId === props.childId,
  );
  return (
    <Switch fallback={<Loading label="Chargement du planning…" />}>
      <Match when={planning.data() && saved()}>
        {(draft) => (
          <Show when={planning.data()}>
            {(view) => (
              <ReservationFlow
                view={view()}
                storage={draft().storage}
                initialDraft={draft().draft}
                reload={planning.retry}
              />
            )}
          </Show>
        )}
      </Match>
      <Match when={planning.error()}>
        {(message) => (
          <>
            <h1>Nouvelle réservation</h1>
            <ErrorNotice message={message()} onRetry={planning.retry} busy={planning.loading()} />
            <p>
              <A href={paths.newReservation}>Choisir un autre enfant ou une autre période</A>
            </p>
          </>
        )}
      </Match>
    </Switch>
  );
}
