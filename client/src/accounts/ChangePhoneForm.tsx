import { createSignal } from 'solid-js';
import { trpc } from '../trpc/client.ts';
import { fieldErrorsOf, userMessage } from '../trpc/errors.ts';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { TextField } from '../ui/TextField.tsx';

/** «Mon compte», the guardian's phone number (the S.E.J. calls it when a child needs to be picked up). */
export function ChangePhoneForm(props: { phone: string | null; onSaved: () => void }) {
  const [error, setError] = createSignal<string>();
  const [alert, setAlert] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const phone = input?.value.trim() ?? '';
    setError(undefined);
    setAlert('');
    setStatus('');
    setBusy(true);
    try {
      await trpc.account.changePhone.mutate({ phone: phone || null });
      setStatus(
        phone ? 'Votre numéro de téléphone est enregistré.' : 'Votre numéro de téléphone est effacé.',
      );
      props.onSaved();
    } catch (failure) {
      const field = fieldErrorsOf(failure).phone;
      if (field) {
        setError(field);
        input?.focus();
      } else setAlert(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="phone-title">
      <h2 id="phone-title">Téléphone</h2>
      <form noValidate onSubmit={submit} aria-describedby="phone-alert">
        <TextField
          ref={input}
          id="phone-number"
          name="phone"
          label="Numéro de téléphone"
          hint="Par exemple 06 12 34 56 78. Laissez vide pour l'effacer."
          type="tel"
          inputMode="tel"
          autocomplete="tel"
          value={props.phone ?? ''}
          error={error()}
        />
        <FormAlert id="phone-alert" message={alert()} />
        <button type="submit" class="button" aria-disabled={busy()}>
          Enregistrer le téléphone
        </button>
        <FormStatus message={status()} />
      </form>
    </section>
  );
}
