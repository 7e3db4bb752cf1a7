import { A } from '@solidjs/router';
import { paths } from '../app/paths.ts';

/** Where a parent goes once a reservation is sent (or waits to be): its list, or back to the grid. */
export function AfterSubmitActions(props: { onBackToPlanning: () => void }) {
  return (
    <div class="actions">
      <A href={paths.reservations} class="button">
        Les réservations
      </A>
      <button type="button" class="button button--secondary" onClick={() => props.onBackToPlanning()}>
        Revenir au planning
      </button>
    </div>
  );
}
