import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { useMunicipality } from '../municipality/MunicipalityProvider.tsx';

/** Guide §3 «Identifiant ou Mot de passe oublié ?». The online reset arrives with sign-in; until then, the S.E.J. */
export function ForgottenCredentialsPage() {
  usePageTitle(() => 'Identifiant ou mot de passe oublié');
  const municipality = useMunicipality().data;
  return (
    <div class="container page">
      <h1>Identifiant ou mot de passe oublié</h1>
      <p class="lead">
        Vos codes d'accès vous ont été envoyés par courriel lors de la création de votre compte. Ils sont
        personnels et confidentiels : même le Service Enfance Jeunesse n'en a pas connaissance.
      </p>
      <p>
        La demande d'un nouveau mot de passe en ligne sera bientôt disponible ici. En attendant, contactez le
        Service Enfance Jeunesse
        <Show when={municipality()} fallback=".">
          {(m) => (
            <>
              {' '}
              au <a href={`tel:${m().phone.replace(/[^\d+]/g, '')}`}>{m().phone}</a> ou par courriel à{' '}
              <a href={`mailto:${m().email}`}>{m().email}</a>.
            </>
          )}
        </Show>
      </p>
      <p>
        <A href={paths.home} class="button button--secondary">
          Retour à l'accueil
        </A>
      </p>
    </div>
  );
}
