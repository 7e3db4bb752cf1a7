import { createSignal } from 'solid-js';
import { trpc } from '../trpc/client.ts';
import { appCodeOf, userMessage } from '../trpc/errors.ts';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { TextField } from '../ui/TextField.tsx';
import { checkNewPassword, type NewPasswordErrors, NewPasswordFields } from './NewPasswordFields.tsx';

type Errors = NewPasswordErrors & { current?: string | undefined };

/** «Mon compte», a new password: the current one first; the other devices are then signed out. */
export function ChangePasswordForm(props: { personal: string[] }) {
  const [current, setCurrent] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [confirm, setConfirm] = createSignal('');
  const [errors, setErrors] = createSignal<Errors>({});
  const [alert, setAlert] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let form: HTMLFormElement | undefined;

  const focusFirstError = () =>
    queueMicrotask(() => form?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setAlert('');
    setStatus('');
    const found: Errors = {
      current: current() ? undefined : 'Saisissez votre mot de passe actuel.',
      ...checkNewPassword(password(), confirm(), props.personal),
    };
    setErrors(found);
    if (found.current || found.password || found.confirm) return focusFirstError();
    setBusy(true);
    try {
      await trpc.account.changePassword.mutate({ currentPassword: current(), newPassword: password() });
      setCurrent('');
      setPassword('');
      setConfirm('');
      setStatus('Votre mot de passe est changé. Vos autres appareils ont été déconnectés.');
    } catch (failure) {
      const code = appCodeOf(failure);
      if (code === 'INVALID_CREDENTIALS') setErrors({ current: userMessage(failure) });
      else if (code === 'WEAK_PASSWORD')
        setErrors({ password: `Mot de passe trop faible. ${userMessage(failure)}` });
      else setAlert(userMessage(failure));
      focusFirstError();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="password-title">
      <h2 id="password-title">Mot de passe</h2>
      <form ref={form} noValidate onSubmit={submit} aria-describedby="password-alert">
        <TextField
          id="change-current"
          name="current-password"
          label="Mot de passe actuel"
          type="password"
          autocomplete="current-password"
          value={current()}
          onInput={(event) => setCurrent(event.currentTarget.value)}
          error={errors().current}
        />
        <NewPasswordFields
          idPrefix="change"
          password={password()}
          confirm={confirm()}
          onPassword={setPassword}
          onConfirm={setConfirm}
          personal={props.personal}
          errors={errors()}
        />
        <FormAlert id="password-alert" message={alert()} />
        <button type="submit" class="button" aria-disabled={busy()}>
          Changer le mot de passe
        </button>
        <FormStatus message={status()} />
      </form>
    </section>
  );
}
