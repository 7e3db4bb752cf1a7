import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { paths } from '../app/paths.ts';
import { TextField } from '../ui/TextField.tsx';
import './accounts.css';

type Errors = { identifier?: string; password?: string };

/**
 * Guide §3, the block «Connexion à votre espace». Signing in arrives with the accounts issue; until then the
 * form checks what it can and says, politely, that sign-in opens soon.
 */
export function LoginBlock() {
  const [errors, setErrors] = createSignal<Errors>({});
  const [status, setStatus] = createSignal('');
  let form: HTMLFormElement | undefined;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const identifier = String(data.get('identifier') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const found: Errors = {};
    if (!identifier) found.identifier = 'Saisissez votre identifiant (votre adresse e-mail).';
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(identifier))
      found.identifier = 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.';
    if (!password) found.password = 'Saisissez votre mot de passe.';
    setErrors(found);
    setStatus('');
    const firstInvalid = found.identifier ? 'identifier' : found.password ? 'password' : undefined;
    if (firstInvalid) {
      form?.querySelector<HTMLInputElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    setStatus(
      'La connexion à votre espace personnel ouvrira très prochainement. En attendant, le Service Enfance Jeunesse reste à votre disposition.',
    );
  };

  return (
    <section class="card login" aria-labelledby="login-title">
      <h2 id="login-title">Connexion à votre espace</h2>
      <form ref={form} class="login__form" noValidate onSubmit={submit}>
        <TextField
          id="login-identifier"
          name="identifier"
          label="Identifiant"
          hint="L'adresse e-mail de votre dossier au Service Enfance Jeunesse"
          type="email"
          inputMode="email"
          autocomplete="username"
          spellcheck={false}
          error={errors().identifier}
        />
        <TextField
          id="login-password"
          name="password"
          label="Mot de passe"
          type="password"
          autocomplete="current-password"
          error={errors().password}
        />
        <button type="submit" class="button button--block">
          Se connecter
        </button>
      </form>
      <p class="login__forgotten">
        <A href={paths.forgottenCredentials}>Identifiant ou Mot de passe oublié&nbsp;?</A>
      </p>
      <div role="status" class="login__status">
        <Show when={status()}>
          <p class="notice notice--info">{status()}</p>
        </Show>
      </div>
    </section>
  );
}
