import { reservationStateLabels } from '@portail/shared/bookings/labels';
import type { ReservationState as State } from '@portail/shared/bookings/schema';
import { pictureOfReservation, StateIcon } from './StateIcon.tsx';

/** The state's icon with its legend written beside it: nothing to hover to know it. */
export function ReservationState(props: { state: State }) {
  return (
    <p class={`reservation-state reservation-state--${props.state}`}>
      <StateIcon picture={pictureOfReservation(props.state)} />
      <span>
        <span class="visually-hidden">Etat : </span>
        {reservationStateLabels[props.state]}
      </span>
    </p>
  );
}
