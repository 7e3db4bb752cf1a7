import { A } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { landingOf, paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { useMunicipality } from '../municipality/MunicipalityProvider.tsx';
import type { LinkPurpose } from './linkToken.ts';

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** An expired, used or mistyped link: what happened, and what to do now. */
export function InvalidLink(props: { purpose: LinkPurpose; missing: boolean }) {
  usePageTitle(() => 'Lien plus valable');
  const municipality = useMunicipality().data;
  const profile = useSession().profile;
  return (
    <div class="container page page--narrow">
      <h1>Ce lien n'est plus valable</h1>
      <Show
        when={!props.missing}
        fallback={
          <p class="lead">
            L'adresse ouverte ne contient pas le code du lien. Ouvrez à nouveau le lien depuis le courriel
            reçu, ou copiez-le en entier dans votre navigateur.
          </p>
        }
      >
        <p class="lead">Il a peut-être déjà servi, expiré, ou été mal copié depuis le courriel.</p>
      </Show>
      <Switch>
        <Match when={props.purpose === 'activation'}>
          <p>
            Un lien d'activation ne sert qu'une fois et reste valable 48 heures. Si votre compte est déjà
            activé, connectez-vous avec votre adresse e-mail et votre mot de passe.
          </p>
          <p>
            Sinon, demandez un nouveau lien d'activation au Service Enfance Jeunesse
            <Show when={municipality()} fallback=".">
              {(m) => (
                <>
                  {' '}
                  au <a href={telHref(m().phone)}>{m().phone}</a> ou par courriel à{' '}
                  <a href={`mailto:${m().email}`}>{m().email}</a>.
                </>
              )}
            </Show>
          </p>
        </Match>
        <Match when={props.purpose === 'password_reset'}>
          <p>
            Un lien pour choisir un nouveau mot de passe ne sert qu'une fois et reste valable 1 heure.
            Demandez-en un nouveau : vous le recevrez par courriel.
          </p>
          <p>
            <A href={paths.forgottenCredentials} class="button">
              Identifiant ou Mot de passe oublié ?
            </A>
          </p>
        </Match>
        <Match when={props.purpose === 'email_change'}>
          <p>
            Un lien de confirmation ne sert qu'une fois et reste valable 48 heures. Connectez-vous, puis
            demandez à nouveau le changement d'adresse depuis «&nbsp;Mon compte&nbsp;».
          </p>
        </Match>
      </Switch>
      <p>
        <Show when={profile()} fallback={<A href={paths.login}>Aller à la connexion</A>}>
          {(p) => <A href={landingOf(p().kind)}>Aller à mon espace</A>}
        </Show>
      </p>
    </div>
  );
}
