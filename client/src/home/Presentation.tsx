import { Show } from 'solid-js';
import { townHallOf, useMunicipality } from '../municipality/MunicipalityProvider.tsx';

/** Guide §1 «Présentation», in the guide's words, for the municipality this portal serves. */
export function Presentation() {
  const municipality = useMunicipality().data;
  return (
    <div class="presentation">
      <h1 class="presentation__title">Bienvenue sur le Portail Famille</h1>
      <p class="lead">
        <Show when={municipality()} fallback="La mairie">
          {(m) => townHallOf(m())}
        </Show>{' '}
        lance le «&nbsp;Portail Famille&nbsp;», un espace sécurisé qui permet aux administrés de bénéficier
        des prestations du Service Enfance Jeunesse de façon dématérialisée.
      </p>
      <p>Il vous sera ainsi possible de :</p>
      <ul class="checklist">
        <li>Inscrire vos enfants aux accueils de loisirs périscolaires et extrascolaires (ALP / ALE)</li>
        <li>Régler les prestations et éditer vos factures</li>
        <li>Conserver et accéder à un historique de vos paiements et inscriptions</li>
        <li>
          Télécharger les documents d'inscriptions ALE / ALP, les dossiers de pré-inscriptions scolaires, les
          plannings d'activités et les menus de restauration scolaire
        </li>
      </ul>
    </div>
  );
}
