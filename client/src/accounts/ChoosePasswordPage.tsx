import { useNavigate } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { landingOf } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { trpc } from '../trpc/client.ts';
import { appCodeOf, userMessage } from '../trpc/errors.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { ErrorSummary, type FieldError } from '../ui/ErrorSummary.tsx';
import { Loading } from '../ui/Loading.tsx';
import { InvalidLink } from './InvalidLink.tsx';
import { takeLinkToken, useLinkCheck } from './linkToken.ts';
import { checkNewPassword, type NewPasswordErrors, NewPasswordFields } from './NewPasswordFields.tsx';
import './accounts.css';

type Purpose = 'activation' | 'password_reset';

const wording = {
  activation: {
    title: 'Activez votre compte',
    intro: 'Choisissez votre mot de passe pour activer votre espace personnel.',
    submit: 'Activer mon compte',
  },
  password_reset: {
    title: 'Choisissez un nouveau mot de passe',
    intro: 'Choisissez votre nouveau mot de passe ; vous serez ensuite connecté.',
    submit: 'Enregistrer le mot de passe',
  },
} as const;

/** /activation and /mot-de-passe: the mailed link's page where a person chooses their own password. */
function ChoosePasswordPage(props: { purpose: Purpose }) {
  const words = wording[props.purpose];
  usePageTitle(() => words.title);
  const token = takeLinkToken();
  const link = useLinkCheck(props.purpose, token);
  const [refused, setRefused] = createSignal(false);
  const session = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = createSignal('');
  const [confirm, setConfirm] = createSignal('');
  const [errors, setErrors] = createSignal<NewPasswordErrors>({});
  const [attempt, setAttempt] = createSignal(0);
  const [alert, setAlert] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  const person = () => {
    const state = link.data();
    return state?.valid ? state : undefined;
  };
  const personal = () => [person()?.firstName ?? '', person()?.email.split('@')[0] ?? ''];
  const summary = (): FieldError[] =>
    [
      errors().password && { id: 'choose-password', message: errors().password },
      errors().confirm && { id: 'choose-confirm', message: errors().confirm },
    ].filter((e): e is FieldError => Boolean(e));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setAlert('');
    const found = checkNewPassword(password(), confirm(), personal());
    setErrors(found);
    if (found.password || found.confirm) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      const input = { token, password: password() };
      const signedIn =
        props.purpose === 'activation'
          ? await trpc.auth.activate.mutate(input)
          : await trpc.auth.resetPassword.mutate(input);
      await session.adopt(signedIn);
      navigate(landingOf(signedIn.profile.kind), { replace: true });
    } catch (error) {
      const code = appCodeOf(error);
      if (code === 'LINK_INVALID') setRefused(true);
      else if (code === 'WEAK_PASSWORD') {
        setErrors({ password: `Mot de passe trop faible. ${userMessage(error)}` });
        setAttempt((n) => n + 1);
      } else setAlert(userMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Switch fallback={<Loading label="Vérification du lien…" />}>
      <Match when={link.error()}>
        {(message) => (
          <div class="container page page--narrow">
            <h1>{words.title}</h1>
            <ErrorNotice message={message()} onRetry={link.retry} busy={link.loading()} />
          </div>
        )}
      </Match>
      <Match when={refused() || link.data()?.valid === false}>
        <InvalidLink purpose={props.purpose} missing={!token} />
      </Match>
      <Match when={person()}>
        {(p) => (
          <div class="container page page--narrow">
            <h1>{words.title}</h1>
            <p class="lead">
              Bonjour {p().firstName}, votre identifiant est <strong>{p().email}</strong>. {words.intro}
            </p>
            <p>Il est personnel : personne d'autre, pas même le Service Enfance Jeunesse, ne le connaîtra.</p>
            <Show when={summary().length > 0}>
              <ErrorSummary errors={summary()} attempt={attempt()} />
            </Show>
            <form class="card form" noValidate onSubmit={submit} aria-describedby="choose-alert">
              {/* For password managers: the identifier this new password goes with. */}
              <input type="email" name="username" autocomplete="username" value={p().email} hidden readOnly />
              <NewPasswordFields
                idPrefix="choose"
                password={password()}
                confirm={confirm()}
                onPassword={setPassword}
                onConfirm={setConfirm}
                personal={personal()}
                errors={errors()}
              />
              <div id="choose-alert" role="alert">
                <Show when={alert()}>
                  <p class="notice notice--error">{alert()}</p>
                </Show>
              </div>
              <button type="submit" class="button" aria-disabled={busy()}>
                {words.submit}
              </button>
            </form>
          </div>
        )}
      </Match>
    </Switch>
  );
}

export const ActivationPage = () => <ChoosePasswordPage purpose="activation" />;
export const ResetPasswordPage = () => <ChoosePasswordPage purpose="password_reset" />;
