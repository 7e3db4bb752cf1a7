import { Match, Show, Switch } from 'solid-js';
import { Loading } from '../ui/Loading.tsx';
import { useMunicipality } from './MunicipalityProvider.tsx';

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** The S.E.J.'s contact, in the footer of every page: the guide sends parents to it for anything unusual. */
export function ContactCard() {
  const municipality = useMunicipality();
  return (
    <section class="contact" aria-labelledby="contact-title">
      <h2 id="contact-title" class="contact__title">
        {municipality.data()?.serviceName ?? 'Service Enfance Jeunesse'}
      </h2>
      <Switch fallback={<Loading label="Chargement des coordonnées du service…" />}>
        <Match when={municipality.data()}>
          {(m) => (
            <>
              <p class="contact__town">{m().name}</p>
              <address class="contact__details">
                <span>{m().address}</span>
                <span>
                  Téléphone : <a href={telHref(m().phone)}>{m().phone}</a>
                </span>
                <span>
                  Courriel : <a href={`mailto:${m().email}`}>{m().email}</a>
                </span>
                <span>Accueil du public : {m().openingHours}</span>
              </address>
              <Show when={m().website}>
                {(website) => (
                  <p>
                    <a href={website()}>Site internet de la commune</a>
                  </p>
                )}
              </Show>
            </>
          )}
        </Match>
        <Match when={municipality.error()}>
          {/* No second «Réessayer» on the page: the card reads again by itself once back online. */}
          <p class="notice">Les coordonnées du service s'afficheront dès le retour de la connexion.</p>
        </Match>
      </Switch>
    </section>
  );
}
