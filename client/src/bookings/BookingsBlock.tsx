import { A } from '@solidjs/router';
import { paths } from '../app/paths.ts';
import './block.css';

/**
 * Guide §4 and §5, on the guardian's home: the block «Accueil de loisirs Périscolaire» with its two ways in.
 * Only links here, so that /espace does not load the bookings pages' code.
 */
export function BookingsBlock() {
  return (
    <section class="card bookings-block" aria-labelledby="bookings-block-title">
      <h2 id="bookings-block-title">Accueil de loisirs Périscolaire</h2>
      <p>
        Inscrivez vos enfants aux accueils de loisirs périscolaires et extrascolaires (ALP / ALE), demandez
        l'annulation d'une date et suivez vos réservations.
      </p>
      <div class="bookings-block__actions">
        <A href={paths.newReservation} class="button">
          <span aria-hidden="true">→</span> Nouvelle réservation
        </A>
        <A href={paths.reservations} class="button button--secondary">
          Les réservations
        </A>
      </div>
    </section>
  );
}
