import { createSignal, type JSX, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { userMessage } from '../trpc/errors.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { FormAlert } from '../ui/FormFeedback.tsx';
import { type Errors, serverErrors } from './form.ts';

type Props<T> = {
  /** Prefix of the fields' ids: an error at «endTime» leads to «<id>-endTime». */
  id: string;
  title: string;
  /** The title's heading level: 4 inside a facility's sections, 2 on a page of its own. */
  level?: 2 | 4;
  submitLabel: string;
  check: () => { input?: T; errors: Errors };
  save: (input: T) => Promise<unknown>;
  onSaved: () => void;
  onCancel: () => void;
  children: (errors: () => Errors) => JSX.Element;
};

/** The frame of every setup form: checked by the shared schema, then the server's refusals by their fields. */
export function SetupForm<T>(props: Props<T>) {
  const [errors, setErrors] = createSignal<Errors>({});
  const [attempt, setAttempt] = createSignal(0);
  const [alert, setAlert] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const refuse = (found: Errors) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setAlert('');
    const { input, errors: found } = props.check();
    if (!input) return refuse(found);
    setErrors({});
    setBusy(true);
    try {
      await props.save(input);
      props.onSaved();
    } catch (error) {
      const fields = serverErrors(error);
      if (Object.keys(fields).length > 0) refuse(fields);
      else setAlert(userMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const summary = () =>
    Object.entries(errors()).map(([path, message]) => ({
      id: `${props.id}-${path.replaceAll('.', '-')}`,
      message,
    }));
  const alertId = `${props.id}-alert`;
  return (
    <form
      class="setup-form"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${props.id}-title`}
      aria-describedby={alertId}
    >
      <Dynamic component={`h${props.level ?? 4}`} id={`${props.id}-title`} class="setup-form__title">
        {props.title}
      </Dynamic>
      <Show when={summary().length > 0}>
        <ErrorSummary errors={summary()} attempt={attempt()} />
      </Show>
      {props.children(errors)}
      <FormAlert id={alertId} message={alert()} />
      <div class="setup-form__actions">
        <button type="submit" class="button" aria-disabled={busy()}>
          {props.submitLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
          Annuler
        </button>
      </div>
    </form>
  );
}
