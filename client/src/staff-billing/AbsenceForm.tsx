import { formatDateFr } from '@portail/shared/billing/format';
import { absenceLabels } from '@portail/shared/billing/labels';
import { createSignal, For, Show } from 'solid-js';
import { userMessage } from '../trpc/errors.ts';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { createFamily, createSetup, setAbsence, today } from './data.ts';
import { FamilyPicker } from './FamilyPicker.tsx';

const choices = [
  { value: 'justified', label: absenceLabels.justified },
  { value: 'unjustified', label: absenceLabels.unjustified },
  { value: 'none', label: 'Présent : retirer la marque d’absence' },
] as const;

/** Marks a booked day of a child as a justified (not billed) or unjustified (billed) absence. */
export function AbsenceForm(props: { onSaved: (date: string) => void }) {
  const [familyId, setFamilyId] = createSignal<number>();
  const [childId, setChildId] = createSignal('');
  const [unitId, setUnitId] = createSignal('');
  const [date, setDate] = createSignal(today());
  const [kind, setKind] = createSignal<(typeof choices)[number]['value']>('justified');
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [status, setStatus] = createSignal('');
  const family = createFamily(familyId);
  const setup = createSetup();
  const units = () =>
    (setup.data()?.facilities ?? []).flatMap((f) =>
      f.units.map((u) => ({ value: String(u.id), label: `${f.name} – ${u.name}` })),
    );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setStatus('');
    if (!childId() || !unitId() || !date()) {
      setError('Choisissez la famille, l’enfant, la prestation et la date.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      const absence = kind() === 'none' ? null : (kind() as 'justified' | 'unjustified');
      const saved = await setAbsence({
        childId: Number(childId()),
        unitId: Number(unitId()),
        date: date(),
        absence,
        note: note().trim() || null,
      });
      const what = saved.absence ? `${absenceLabels[saved.absence]} enregistrée` : 'Marque d’absence retirée';
      const invoice = saved.invoice
        ? ` La facture n° ${saved.invoice.number} de ce mois est déjà émise : annulez-la puis rééditez-la pour en tenir compte.`
        : '';
      setStatus(`${what} pour le ${formatDateFr(saved.date)}.${invoice}`);
      props.onSaved(saved.date);
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="absence-form" aria-labelledby="absence-form-title" onSubmit={submit} noValidate>
      <h3 id="absence-form-title">Marquer une absence</h3>
      <FamilyPicker
        id="absence-family"
        value={familyId()}
        onPick={(id) => {
          setFamilyId(id);
          setChildId('');
        }}
      />
      <Show when={familyId() !== undefined && family.data()}>
        {(f) => (
          <SelectField
            id="absence-child"
            label="Enfant"
            placeholder="Choisir l’enfant…"
            options={f().children.map((c) => ({
              value: String(c.id),
              label: `${c.firstName} ${c.lastName}`,
            }))}
            value={childId()}
            onChange={(event) => setChildId(event.currentTarget.value)}
          />
        )}
      </Show>
      <SelectField
        id="absence-unit"
        label="Prestation"
        placeholder="Choisir la prestation…"
        options={units()}
        value={unitId()}
        onChange={(event) => setUnitId(event.currentTarget.value)}
      />
      <TextField
        id="absence-date"
        label="Date"
        type="date"
        value={date()}
        onChange={(event) => setDate(event.currentTarget.value)}
      />
      <fieldset class="staff-billing__choices">
        <legend>Absence</legend>
        <For each={choices}>
          {(choice) => (
            <label class="checkbox">
              <input
                type="radio"
                name="absence-kind"
                value={choice.value}
                checked={kind() === choice.value}
                onChange={() => setKind(choice.value)}
              />
              {choice.label}
            </label>
          )}
        </For>
      </fieldset>
      <TextField
        id="absence-note"
        label="Note (facultative)"
        maxLength={255}
        value={note()}
        onInput={(event) => setNote(event.currentTarget.value)}
      />
      <FormAlert id="absence-error" message={error()} />
      <FormStatus message={status()} />
      <button type="submit" class="button" disabled={busy()}>
        {busy() ? 'Enregistrement…' : 'Enregistrer'}
      </button>
    </form>
  );
}
