import type { FamilyInput } from '@portail/shared/families/schema';
import { createSignal, For, type JSX, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { appCodeOf, fieldErrorsOf, userMessage } from '../trpc/errors.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { ChildFields } from './ChildFields.tsx';
import { emptyChild, emptyGuardian, type FamilyForm as Form, fieldId, inFrench, validate } from './form.ts';
import { GuardianFields } from './GuardianFields.tsx';
import { HouseholdFields } from './HouseholdFields.tsx';
import './families.css';

type Props = {
  initial: Form;
  submitLabel: string;
  /** Saves, and returns the form as saved with a message, or nothing when the page moves on. */
  onSubmit: (input: FamilyInput) => Promise<{ saved: Form; message: string } | undefined>;
  guardianStatus?: (row: Form['guardians'][number]) => JSX.Element;
};

/** The family's file as the S.E.J. keeps it: household, guardians and children, rows added before saving. */
export function FamilyForm(props: Props) {
  const [form, setForm] = createStore<Form>(structuredClone(props.initial));
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [attempt, setAttempt] = createSignal(0);
  const [alert, setAlert] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  const focusLater = (id: string) => queueMicrotask(() => document.getElementById(id)?.focus());
  const addGuardian = () => {
    setForm('guardians', form.guardians.length, emptyGuardian());
    focusLater(fieldId(`guardians.${form.guardians.length - 1}.firstName`));
  };
  const addChild = () => {
    setForm('children', form.children.length, emptyChild());
    focusLater(fieldId(`children.${form.children.length - 1}.firstName`));
  };
  /** Only rows not saved yet; the old messages would point at moved rows, so they go too. */
  const removed = (addId: string) => {
    setErrors({});
    focusLater(addId);
  };
  const removeGuardian = (key: string) => {
    setForm('guardians', (rows) => rows.filter((row) => row.key !== key));
    removed('ff-guardians');
  };
  const removeChild = (key: string) => {
    setForm('children', (rows) => rows.filter((row) => row.key !== key));
    removed('ff-children');
  };

  const refuse = (found: Record<string, string>) => {
    setErrors(found);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setAlert('');
    setStatus('');
    const { input, errors: found } = validate(form);
    if (!input) return refuse(found);
    setErrors({});
    setBusy(true);
    try {
      const result = await props.onSubmit(input);
      if (result) {
        setForm(reconcile(result.saved, { key: 'key' }));
        setStatus(result.message);
      }
    } catch (error) {
      const fields = Object.entries(fieldErrorsOf(error)).map(([path, m]) => [path, inFrench(path, m)]);
      const taken = form.guardians.findIndex((g) => g.email && userMessage(error).includes(g.email.trim()));
      if (fields.length > 0) refuse(Object.fromEntries(fields));
      else if (appCodeOf(error) === 'CONFLICT' && taken >= 0)
        refuse({ [`guardians.${taken}.email`]: userMessage(error) });
      else setAlert(userMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const summary = () => Object.entries(errors()).map(([path, message]) => ({ id: fieldId(path), message }));

  return (
    <form class="family-form" noValidate onSubmit={submit} aria-describedby="family-alert">
      <Show when={summary().length > 0}>
        <ErrorSummary errors={summary()} attempt={attempt()} />
      </Show>
      <HouseholdFields form={form} errors={errors()} onChange={(field, value) => setForm(field, value)} />
      <section class="rows" aria-labelledby="guardians-title">
        <h2 id="guardians-title">Responsables légaux</h2>
        <For each={form.guardians}>
          {(row, index) => (
            <GuardianFields
              index={index()}
              row={row}
              errors={errors()}
              onChange={(field, value) => setForm('guardians', index(), field, value)}
              onRemove={row.id || form.guardians.length < 2 ? undefined : () => removeGuardian(row.key)}
              status={row.id ? props.guardianStatus?.(row) : undefined}
            />
          )}
        </For>
        <button id="ff-guardians" type="button" class="button button--secondary" onClick={addGuardian}>
          Ajouter un responsable
        </button>
      </section>
      <section class="rows" aria-labelledby="children-title">
        <h2 id="children-title">Enfants</h2>
        <Show when={form.children.length === 0}>
          <p>Aucun enfant pour le moment.</p>
        </Show>
        <For each={form.children}>
          {(row, index) => (
            <ChildFields
              index={index()}
              row={row}
              errors={errors()}
              onChange={(field, value) => setForm('children', index(), { [field]: value })}
              onRemove={row.id ? undefined : () => removeChild(row.key)}
            />
          )}
        </For>
        <button id="ff-children" type="button" class="button button--secondary" onClick={addChild}>
          Ajouter un enfant
        </button>
      </section>
      <FormAlert id="family-alert" message={alert()} />
      <div class="family-form__actions">
        <button type="submit" class="button" aria-disabled={busy()}>
          {props.submitLabel}
        </button>
      </div>
      <FormStatus message={status()} />
    </form>
  );
}
