import { A, useParams } from '@solidjs/router';
import { For, Match, Switch } from 'solid-js';
import { formatDateTime } from '../app/dates.ts';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { useLiveRefresh } from '../live/refresh.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { createReservations } from './data.ts';
import { LineItem } from './LineItem.tsx';
import { ReservationState } from './ReservationState.tsx';
import type { Reservation } from './types.ts';
import './bookings.css';

/** /reservations/:id — one reservation, each line's state, and staff's reason when they refused it. */
export function ReservationPage() {
  const params = useParams<{ id: string }>();
  const reservations = createReservations();
  useLiveRefresh(
    ['reservation.decided'],
    reservations.retry,
    (event) => String(event.reservationId) === params.id,
  );
  const reservation = () => reservations.data()?.find((r) => String(r.id) === params.id);
  usePageTitle(() => (reservation() ? `Réservation n° ${reservation()?.number}` : 'Réservation'));
  return (
    <div class="container page bookings">
      <p>
        <A href={paths.reservations}>‹ Les réservations</A>
      </p>
      <Switch fallback={<Loading label="Chargement de la réservation…" />}>
        <Match when={reservations.error()}>
          {(message) => (
            <ErrorNotice message={message()} onRetry={reservations.retry} busy={reservations.loading()} />
          )}
        </Match>
        <Match when={reservation()}>{(r) => <ReservationDetail reservation={r()} />}</Match>
        <Match when={reservations.data()}>
          <h1>Réservation introuvable</h1>
          <p>Cette réservation n'existe pas ou ne concerne pas votre famille.</p>
        </Match>
      </Switch>
    </div>
  );
}

function ReservationDetail(props: { reservation: Reservation }) {
  const r = () => props.reservation;
  return (
    <>
      <h1>Réservation n° {r().number}</h1>
      <div class="card recap__summary">
        <dl class="facts">
          <dt>Enfant</dt>
          <dd>
            {r().child.firstName} {r().child.lastName}
          </dd>
          <dt>Période</dt>
          <dd>
            {r().facility.name} / {r().period.name}
          </dd>
          <dt>Envoyée le</dt>
          <dd>{formatDateTime(r().createdAt)}</dd>
          <dt>Etat de la réservation</dt>
          <dd>
            <ReservationState state={r().state} />
          </dd>
        </dl>
      </div>
      <h2>Les dates</h2>
      <ul class="lines">
        <For each={r().lines}>
          {(line) => (
            <LineItem line={{ ...line, reason: line.requestReason, decision: line.decisionReason }} />
          )}
        </For>
      </ul>
    </>
  );
}
