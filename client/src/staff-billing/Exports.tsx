import { formatMonthFr } from '@portail/shared/billing/format';
import { createSignal, type JSX } from 'solid-js';
import { errorText, saveFile } from '../billing/files.ts';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { pastMonths, thisMonth, today } from './data.ts';

const months = [thisMonth(), ...pastMonths(36)].map((m) => ({ value: m, label: formatMonthFr(m) }));

type Range = { from: string; to: string };

/** One export: its bounds (the children), and the button that saves `<stem>-<from>-<to>.csv`. */
function ExportRange(props: {
  legend: string;
  action: string;
  stem: string;
  range: Range;
  busy: boolean;
  onDownload: (path: string, name: string, range: Range) => void;
  children: JSX.Element;
}) {
  return (
    <fieldset class="staff-billing__choices">
      <legend>{props.legend}</legend>
      {props.children}
      <button
        type="button"
        class="button button--secondary"
        disabled={props.busy}
        onClick={() =>
          props.onDownload(
            `/files/exports/${props.stem}.csv`,
            `${props.stem}-${props.range.from}-${props.range.to}.csv`,
            props.range,
          )
        }
      >
        {props.action}
      </button>
    </fieldset>
  );
}

/** The public accountant's CSV files: invoices by billed month, payments by day (semicolons, UTF-8). */
export function Exports() {
  const [fromMonth, setFromMonth] = createSignal(pastMonths(1)[0] ?? thisMonth());
  const [toMonth, setToMonth] = createSignal(pastMonths(1)[0] ?? thisMonth());
  const [fromDay, setFromDay] = createSignal(`${thisMonth()}-01`);
  const [toDay, setToDay] = createSignal(today());
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [status, setStatus] = createSignal('');

  const download = async (path: string, name: string, { from, to }: Range) => {
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
        <ExportRange
          legend="Factures, par mois facturé"
          action="Exporter les factures (CSV)"
          stem="factures"
          range={{ from: fromMonth(), to: toMonth() }}
          busy={busy()}
          onDownload={(path, name, range) => void download(path, name, range)}
        >
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
        </ExportRange>
        <ExportRange
          legend="Paiements, par jour"
          action="Exporter les paiements (CSV)"
          stem="paiements"
          range={{ from: fromDay(), to: toDay() }}
          busy={busy()}
          onDownload={(path, name, range) => void download(path, name, range)}
        >
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
        </ExportRange>
      </div>
      <FormAlert id="exports-error" message={error()} />
      <FormStatus message={status()} />
    </section>
  );
}
