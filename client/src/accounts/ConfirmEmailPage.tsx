import { A } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { trpc } from '../trpc/client.ts';
import { appCodeOf, userMessage } from '../trpc/errors.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { InvalidLink } from './InvalidLink.tsx';
import { takeLinkToken, useLinkCheck } from './linkToken.ts';

/** /confirmation-courriel: the link mailed to a new address; the identifier changes once it is confirmed. */
export function ConfirmEmailPage() {
  usePageTitle(() => 'Confirmez votre nouvelle adresse');
  const token = takeLinkToken();
  const link = useLinkCheck('email_change', token);
  const session = useSession();
  const [refused, setRefused] = createSignal(false);
  const [done, setDone] = createSignal(false);
  const [alert, setAlert] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let doneHeading: HTMLHeadingElement | undefined;
  const valid = () => {
    const state = link.data();
    return state?.valid ? state : undefined;
  };

  const confirm = async () => {
    if (busy()) return;
    setBusy(true);
    setAlert('');
    try {
      await trpc.auth.confirmEmailChange.mutate({ token });
      setDone(true);
      doneHeading?.focus();
      if (session.status() === 'signed-in') void session.refresh(); // the header shows the new address
    } catch (error) {
      if (appCodeOf(error) === 'LINK_INVALID') setRefused(true);
      else setAlert(userMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Switch fallback={<Loading label="Vérification du lien…" />}>
      <Match when={link.error()}>
        {(message) => (
          <div class="container page page--narrow">
            <h1>Confirmez votre nouvelle adresse</h1>
            <ErrorNotice message={message()} onRetry={link.retry} busy={link.loading()} />
          </div>
        )}
      </Match>
      <Match when={refused() || link.data()?.valid === false}>
        <InvalidLink purpose="email_change" missing={!token} />
      </Match>
      <Match when={valid()}>
        {(state) => (
          <div class="container page page--narrow">
            <Show when={done()}>
              <h1 ref={doneHeading} tabIndex={-1}>
                Adresse confirmée
              </h1>
              <p class="lead">
                C'est fait : <strong>{state().email}</strong> est désormais votre identifiant pour vous
                connecter au Portail Famille.
              </p>
              <p>
                <A href={session.status() === 'signed-in' ? paths.account : paths.login} class="button">
                  {session.status() === 'signed-in' ? 'Aller à mon compte' : 'Se connecter'}
                </A>
              </p>
            </Show>
            <Show when={!done()}>
              <h1>Confirmez votre nouvelle adresse</h1>
              <p class="lead">
                Bonjour {state().firstName}, l'adresse <strong>{state().email}</strong> deviendra votre
                identifiant pour le Portail Famille.
              </p>
              <div role="alert">
                <Show when={alert()}>
                  <p class="notice notice--error">{alert()}</p>
                </Show>
              </div>
              <button type="button" class="button" aria-disabled={busy()} onClick={confirm}>
                Confirmer cette adresse
              </button>
            </Show>
          </div>
        )}
      </Match>
    </Switch>
  );
}
