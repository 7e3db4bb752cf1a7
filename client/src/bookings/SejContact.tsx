import { Show } from 'solid-js';
import { useMunicipality } from '../municipality/MunicipalityProvider.tsx';

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** The FAQ's answer: «Vous devez vous rapprocher du secrétariat du Service Enfance Jeunesse», with how. */
export function SejContact() {
  const municipality = useMunicipality().data;
  return (
    <Show when={municipality()}>
      {(m) => (
        <p class="sej-contact">
          {m().serviceName} : <a href={telHref(m().phone)}>{m().phone}</a> ·{' '}
          <a href={`mailto:${m().email}`}>{m().email}</a>
          <br />
          Accueil du public : {m().openingHours}
        </p>
      )}
    </Show>
  );
}
