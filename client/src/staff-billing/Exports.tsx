import { formatMonthFr } from '@portail/shared/billing/format';
import { createSignal } from 'solid-js';
import { errorText, saveFile } from '../billing/files.ts';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { pastMonths, thisMonth, today } from './data.ts';

const months = [thisMonth(), ...pastMonths(36)].map((m) => ({ value: m, label: formatMonthFr(m) }));

/** The public accountant's CSV files: invoices by billed month, payments by day (semicolons, UTF-8). */
export function Exports() {
  const [fromMonth, setFromMonth] = createSignal(pastMonths(1)[0] ?? thisMonth());
  const [toMonth, setToMonth] = createSignal(pastMonths(1)[0] ?? thisMonth());
  const [fromDay, setFromDay] = createSignal(`${thisMonth()}-01`);
  const [toDay, setToDay] = createSignal(today());
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [status, setStatus] = createSignal('');

  const download = async (path: string, name: string, from: string, to: string) => {
    setError('');
    setStatus('');
    if (!from || !to || from > to) return setError('La période doit commencer avant de finir.');
    setBusy(true);
    try {
      await saveFile(`${path}?from=${from}&to=${to}`, name);
      setStatus(`Fichier ${name} enregistré.`);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="staff-billing__section" aria-labelledby="exports-title">
      <h2 id="exports-title">Exports pour le comptable public</h2>
      <div class="staff-exports">
        <fieldset class="staff-billing__choices">
          <legend>Factures, par mois facturé</legend>
          <SelectField
            id="export-from-month"
            label="De"
            options={months}
            value={fromMonth()}
            onChange={(e) => setFromMonth(e.currentTarget.value)}
          />
          <SelectField
            id="export-to-month"
            label="À"
            options={months}
            value={toMonth()}
            onChange={(e) => setToMonth(e.currentTarget.value)}
          />
          <button
            type="button"
            class="button button--secondary"
            disabled={busy()}
            onClick={() =>
              void download(
                '/files/exports/factures.csv',
                `factures-${fromMonth()}-${toMonth()}.csv`,
                fromMonth(),
                toMonth(),
              )
            }
          >
            Exporter les factures (CSV)
          </button>
        </fieldset>
        <fieldset class="staff-billing__choices">
          <legend>Paiements, par jour</legend>
          <TextField
            id="export-from-day"
            label="Du"
            type="date"
            value={fromDay()}
            onChange={(e) => setFromDay(e.currentTarget.value)}
          />
          <TextField
            id="export-to-day"
            label="Au"
            type="date"
            value={toDay()}
            onChange={(e) => setToDay(e.currentTarget.value)}
          />
          <button
            type="button"
            class="button button--secondary"
            disabled={busy()}
            onClick={() =>
              void download(
                '/files/exports/paiements.csv',
                `paiements-${fromDay()}-${toDay()}.csv`,
                fromDay(),
                toDay(),
              )
            }
          >
            Exporter les paiements (CSV)
          </button>
        </fieldset>
      </div>
      <FormAlert id="exports-error" message={error()} />
      <FormStatus message={status()} />
    </section>
  );
}
