import { formatEuros, formatMonthFr } from '@portail/shared/billing/format';
import { invoiceNumbersFr } from '@portail/shared/payments/labels';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { userMessage } from '../trpc/errors.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { FormStatus } from '../ui/FormFeedback.tsx';
import { Loading } from '../ui/Loading.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { DraftsTable } from './DraftsTable.tsx';
import { createPreview, issueMonth, pastMonths } from './data.ts';
import { InvoicedTable } from './InvoicedTable.tsx';

const months = pastMonths(24).map((m) => ({ value: m, label: formatMonthFr(m) }));

/** « Facturation du mois »: choose a month, read what would be issued, issue it after a confirmation. */
export function MonthInvoicing() {
  const [month, setMonth] = createSignal(months[0]?.value ?? '');
  const preview = createPreview(month);
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [status, setStatus] = createSignal('');

  const toIssue = () => preview.data()?.toIssue ?? [];
  const issue = async () => {
    setBusy(true);
    setError('');
    try {
      const outcome = await issueMonth(month());
      const numbers = outcome.issued.map((i) => i.number);
      setStatus(
        numbers.length === 0
          ? `Aucune facture émise pour ${formatMonthFr(outcome.month)} : rien de nouveau à facturer.`
          : `${numbers.length} facture${numbers.length > 1 ? 's émises' : ' émise'} pour ${formatMonthFr(outcome.month)} : ${invoiceNumbersFr(numbers)}.`,
      );
      setConfirming(false);
      preview.retry();
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="staff-billing__section" aria-labelledby="invoicing-title">
      <h2 id="invoicing-title">Facturation du mois</h2>
      <SelectField
        id="invoicing-month"
        label="Mois facturé"
        options={months}
        value={month()}
        onChange={(event) => {
          setStatus('');
          setMonth(event.currentTarget.value);
        }}
      />
      <FormStatus message={status()} />
      <Switch fallback={<Loading label="Calcul des factures du mois…" />}>
        <Match when={preview.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={preview.retry} busy={preview.loading()} />}
        </Match>
        <Match when={preview.data()?.month === month() && preview.data()}>
          {(p) => (
            <>
              <p class="staff-billing__summary">
                {p().toIssue.length === 0
                  ? 'Aucune facture à émettre pour ce mois.'
                  : `${p().toIssue.length} facture${p().toIssue.length > 1 ? 's' : ''} à émettre, pour un total de ${formatEuros(p().totalCents)}.`}
              </p>
              <Show when={!p().canIssue}>
                <p class="notice notice--info">
                  Ce mois n'est pas terminé : ses factures pourront être émises à partir du 1er du mois
                  suivant.
                </p>
              </Show>
              <button
                type="button"
                class="button"
                disabled={!p().canIssue || p().toIssue.length === 0}
                onClick={() => {
                  setError('');
                  setConfirming(true);
                }}
              >
                Émettre les factures
              </button>
              <DraftsTable drafts={p().toIssue} />
              <InvoicedTable rows={p().alreadyInvoiced} onChanged={preview.retry} />
            </>
          )}
        </Match>
      </Switch>
      <ConfirmDialog
        open={confirming()}
        title="Émettre les factures"
        confirmLabel={busy() ? 'Émission en cours…' : 'Émettre les factures'}
        onConfirm={() => void issue()}
        onClose={() => setConfirming(false)}
        busy={busy()}
        error={error()}
      >
        <p>
          Émettre {toIssue().length} facture{toIssue().length > 1 ? 's' : ''} de {formatMonthFr(month())} pour
          un total de {formatEuros(preview.data()?.totalCents ?? 0)} ?
        </p>
        <p>
          Chaque famille en est avertie par courriel. Une facture émise ne se modifie plus : elle s'annule et
          se réédite.
        </p>
      </ConfirmDialog>
    </section>
  );
}
