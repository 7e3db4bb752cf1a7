import { legend } from '@portail/shared/bookings/labels';
import { A } from '@solidjs/router';
import { For, Match, Switch } from 'solid-js';
import { formatDateTime } from '../app/dates.ts';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { useLiveRefresh } from '../live/refresh.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { createReservations } from './data.ts';
import { Legend } from './Legend.tsx';
import { ReservationState } from './ReservationState.tsx';
import { pictureOfReservation } from './StateIcon.tsx';
import './bookings.css';

const stateLegend = legend.reservation.map((item) => ({
  picture: pictureOfReservation(item.state),
  label: item.label,
}));

/** Guide §4 «Votre réservation apparait dans la liste des réservations», with each one's state. */
export function ReservationsPage() {
  usePageTitle(() => 'Les réservations');
  const reservations = createReservations();
  // Staff decide while the list is open: each state changes in place.
  useLiveRefresh(['reservation.submitted', 'reservation.decided'], reservations.retry);
  return (
    <div class="container page bookings">
      <div class="page-top">
        <h1>Les réservations</h1>
        <A href={paths.newReservation} class="button">
          Nouvelle réservation
        </A>
      </div>
      <Switch fallback={<Loading label="Chargement de vos réservations…" />}>
        <Match when={reservations.error()}>
          {(message) => (
            <ErrorNotice message={message()} onRetry={reservations.retry} busy={reservations.loading()} />
          )}
        </Match>
        <Match when={reservations.data()?.length === 0}>
          <p class="notice notice--info">
            Aucune réservation pour le moment. Cliquez sur « Nouvelle réservation » pour inscrire votre
            enfant.
          </p>
        </Match>
        <Match when={reservations.data()}>
          {(list) => (
            <>
              <div class="list-top">
                <p>
                  {list().length} réservation{list().length > 1 ? 's' : ''}, de la plus récente à la plus
                  ancienne.
                </p>
                <Legend items={stateLegend} label="Légende des états" />
              </div>
              <ul class="reservations">
                <For each={list()}>
                  {(reservation) => (
                    <li class="reservation-card">
                      <h2 class="reservation-card__title">
                        <A href={paths.reservation(reservation.id)}>Réservation n° {reservation.number}</A>
                      </h2>
                      <p class="reservation-card__who">
                        {reservation.child.firstName} {reservation.child.lastName} ·{' '}
                        {reservation.facility.name} / {reservation.period.name}
                      </p>
                      <p class="reservation-card__meta">
                        Envoyée le {formatDateTime(reservation.createdAt)} · {reservation.lines.length} date
                        {reservation.lines.length > 1 ? 's' : ''}
                      </p>
                      <ReservationState state={reservation.state} />
                    </li>
                  )}
                </For>
              </ul>
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
