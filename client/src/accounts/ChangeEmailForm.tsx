import { createSignal } from 'solid-js';
import { trpc } from '../trpc/client.ts';
import { appCodeOf, fieldErrorsOf, userMessage } from '../trpc/errors.ts';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { TextField } from '../ui/TextField.tsx';

type Errors = { email?: string | undefined; password?: string | undefined };

const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** «Mon compte», a new address: it becomes the identifier once confirmed from the mail sent to it. */
export function ChangeEmailForm(props: { email: string }) {
  const [errors, setErrors] = createSignal<Errors>({});
  const [alert, setAlert] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let form: HTMLFormElement | undefined;

  const focusFirstError = () =>
    queueMicrotask(() => form?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy() || !form) return;
    const data = new FormData(form);
    const newEmail = String(data.get('new-email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    setAlert('');
    setStatus('');
    const found: Errors = {
      email: !newEmail
        ? 'Saisissez votre nouvelle adresse e-mail.'
        : !looksLikeEmail(newEmail)
          ? 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.'
          : newEmail.toLowerCase() === props.email.toLowerCase()
            ? "C'est déjà votre adresse actuelle."
            : undefined,
      password: password ? undefined : 'Saisissez votre mot de passe pour confirmer.',
    };
    setErrors(found);
    if (found.email || found.password) return focusFirstError();
    setBusy(true);
    try {
      await trpc.account.requestEmailChange.mutate({ newEmail, password });
      form.reset();
      setStatus(
        `Un lien de confirmation a été envoyé à ${newEmail}. Votre identifiant changera quand vous l'aurez ouvert (valable 48 heures). Pensez à vérifier vos courriers indésirables.`,
      );
    } catch (failure) {
      const code = appCodeOf(failure);
      const fields = fieldErrorsOf(failure);
      if (code === 'INVALID_CREDENTIALS') setErrors({ password: userMessage(failure) });
      else if (code === 'CONFLICT') setErrors({ email: userMessage(failure) });
      else if (fields.newEmail || fields.password)
        setErrors({ email: fields.newEmail, password: fields.password });
      else setAlert(userMessage(failure));
      focusFirstError();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="email-title">
      <h2 id="email-title">Adresse e-mail</h2>
      <p>
        Votre identifiant actuel : <strong>{props.email}</strong>
      </p>
      <form ref={form} noValidate onSubmit={submit} aria-describedby="email-alert">
        <TextField
          id="email-new"
          name="new-email"
          label="Nouvelle adresse e-mail"
          type="email"
          inputMode="email"
          autocomplete="email"
          spellcheck={false}
          error={errors().email}
        />
        <TextField
          id="email-password"
          name="password"
          label="Mot de passe"
          hint="Votre mot de passe actuel, pour confirmer que c'est bien vous."
          type="password"
          autocomplete="current-password"
          error={errors().password}
        />
        <FormAlert id="email-alert" message={alert()} />
        <button type="submit" class="button" aria-disabled={busy()}>
          Changer d'adresse e-mail
        </button>
        <FormStatus message={status()} />
      </form>
    </section>
  );
}
