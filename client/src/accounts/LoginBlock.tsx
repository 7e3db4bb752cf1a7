import { A, useLocation, useNavigate } from '@solidjs/router';
import { createEffect, createSignal, Match, on, Show, Switch } from 'solid-js';
import { isPageOf, landingOf, paths } from '../app/paths.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { fieldErrorsOf, userMessage } from '../trpc/errors.ts';
import { TextField } from '../ui/TextField.tsx';
import './accounts.css';

type Errors = { identifier?: string | undefined; password?: string | undefined };

function check(identifier: string, password: string): Errors {
  const found: Errors = {};
  if (!identifier) found.identifier = 'Saisissez votre identifiant (votre adresse e-mail).';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(identifier))
    found.identifier = 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.';
  if (!password) found.password = 'Saisissez votre mot de passe.';
  return found;
}

/** Guide §3, the block «Connexion à votre espace»: a guardian lands on /espace, staff on /agents. */
export function LoginBlock() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation<{ from?: unknown }>();
  const [errors, setErrors] = createSignal<Errors>({});
  const [alert, setAlert] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [showPassword, setShowPassword] = createSignal(false);
  let form: HTMLFormElement | undefined;
  let notice: HTMLParagraphElement | undefined;

  // Sent here by a guard or after a sign-out («/#connexion»): focus lands on why, or on the first field.
  createEffect(
    on(
      () => location.hash,
      (hash) => {
        if (hash !== '#connexion') return;
        setTimeout(() =>
          (notice?.isConnected ? notice : form?.querySelector<HTMLInputElement>('input'))?.focus(),
        );
      },
    ),
  );

  const focusField = (name: keyof Errors) =>
    form?.querySelector<HTMLInputElement>(`[name="${name}"]`)?.focus();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const identifier = String(data.get('identifier') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const found = check(identifier, password);
    setErrors(found);
    setAlert('');
    if (found.identifier) return focusField('identifier');
    if (found.password) return focusField('password');
    setBusy(true);
    try {
      const profile = await session.login({ email: identifier, password });
      const from = location.state?.from;
      navigate(isPageOf(profile.kind, from) ? from : landingOf(profile.kind));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields.email || fields.password) {
        setErrors({ identifier: fields.email, password: fields.password });
        focusField(fields.email ? 'identifier' : 'password');
      } else {
        setAlert(userMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="connexion" class="card login" aria-labelledby="login-title">
      <h2 id="login-title">Connexion à votre espace</h2>
      <div role="status">
        <Show when={session.status() === 'signed-out' && session.notice()}>
          {(text) => (
            <p ref={notice} class="notice notice--info login__notice" tabIndex={-1}>
              {text()}
            </p>
          )}
        </Show>
      </div>
      <Switch>
        <Match when={session.profile()}>
          {(profile) => (
            <>
              <p>
                Vous êtes connecté en tant que{' '}
                <strong>
                  {profile().firstName} {profile().lastName}
                </strong>
                .
              </p>
              <A href={landingOf(profile().kind)} class="button button--block">
                {profile().kind === 'staff' ? 'Aller à la console des agents' : 'Aller à mon espace'}
              </A>
            </>
          )}
        </Match>
        <Match when={!session.profile()}>
          <form ref={form} class="login__form" noValidate onSubmit={submit} aria-describedby="login-alert">
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
              type={showPassword() ? 'text' : 'password'}
              autocomplete="current-password"
              spellcheck={false}
              error={errors().password}
            />
            <div class="checkbox">
              <input
                id="login-show-password"
                type="checkbox"
                checked={showPassword()}
                onChange={(event) => setShowPassword(event.currentTarget.checked)}
              />
              <label for="login-show-password">Afficher le mot de passe</label>
            </div>
            <div id="login-alert" role="alert">
              <Show when={alert()}>
                <p class="notice notice--error">{alert()}</p>
              </Show>
            </div>
            <button type="submit" class="button button--block" aria-disabled={busy()}>
              Se connecter
            </button>
          </form>
          <p class="login__forgotten">
            <A href={paths.forgottenCredentials}>Identifiant ou Mot de passe oublié&nbsp;?</A>
          </p>
        </Match>
      </Switch>
    </section>
  );
}
