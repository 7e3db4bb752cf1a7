import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
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
  return (
    <Switch fallback={<Loading label="Chargement du planning…" />}>
      <Match when={planning.data()}>
        {(view) => <ReservationFlow view={view()} reload={planning.retry} />}
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
