import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { useMunicipality } from '../municipality/MunicipalityProvider.tsx';
import { trpc } from '../trpc/client.ts';
import { fieldErrorsOf, userMessage } from '../trpc/errors.ts';
import { TextField } from '../ui/TextField.tsx';
import './accounts.css';

/** Always the same answer, so that the form does not tell who has an account. */
const sent =
  'Si un compte correspond à cette adresse, vous allez recevoir un courriel avec votre identifiant et un lien pour choisir un nouveau mot de passe (valable 1 heure). Pensez à vérifier vos courriers indésirables.';

/** Guide §3 «Identifiant ou Mot de passe oublié ?»: the identifier and a reset link, by mail. */
export function ForgottenCredentialsPage() {
  usePageTitle(() => 'Identifiant ou mot de passe oublié');
  const municipality = useMunicipality().data;
  const [error, setError] = createSignal<string>();
  const [alert, setAlert] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const email = input?.value.trim() ?? '';
    setStatus('');
    setAlert('');
    setError(
      !email
        ? 'Saisissez votre adresse e-mail.'
        : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
          ? undefined
          : 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    );
    if (error()) return input?.focus();
    setBusy(true);
    try {
      await trpc.auth.requestPasswordReset.mutate({ email });
      setStatus(sent);
    } catch (failure) {
      const field = fieldErrorsOf(failure).email;
      if (field) {
        setError(field);
        input?.focus();
      } else setAlert(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="container page page--narrow">
      <h1>Identifiant ou mot de passe oublié</h1>
      <p class="lead">
        Votre identifiant est l'adresse e-mail de votre dossier au Service Enfance Jeunesse. Saisissez-la :
        vous recevrez un rappel de votre identifiant et un lien pour choisir un nouveau mot de passe.
      </p>
      <form class="card form" noValidate onSubmit={submit} aria-describedby="forgotten-alert">
        <TextField
          ref={input}
          id="forgotten-email"
          name="email"
          label="Adresse e-mail"
          type="email"
          inputMode="email"
          autocomplete="email"
          spellcheck={false}
          error={error()}
        />
        <div id="forgotten-alert" role="alert">
          <Show when={alert()}>
            <p class="notice notice--error">{alert()}</p>
          </Show>
        </div>
        <button type="submit" class="button" aria-disabled={busy()}>
          Recevoir le courriel
        </button>
      </form>
      <div role="status" class="form__status">
        <Show when={status()}>
          <p class="notice notice--info">{status()}</p>
        </Show>
      </div>
      <p>
        Vous n'avez plus accès à cette adresse ? Contactez le Service Enfance Jeunesse
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
        <A href={paths.login}>Retour à la connexion</A>
      </p>
    </div>
  );
}
