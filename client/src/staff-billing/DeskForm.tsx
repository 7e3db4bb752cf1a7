import { formatDateFr, formatEuros } from '@portail/shared/billing/format';
import { paymentMethodLabels } from '@portail/shared/payments/labels';
import type { DeskMethod } from '@portail/shared/payments/schema';
import { createSignal, For } from 'solid-js';
import { userMessage } from '../trpc/errors.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { TextField } from '../ui/TextField.tsx';
import { DeskInvoices } from './DeskInvoices.tsx';
import { createDeskInvoices, type DeskInvoice, recordDesk, today } from './data.ts';
import { parseEuros } from './money.ts';

const methods: DeskMethod[] = ['cheque', 'cash', 'cesu'];
const paidBy: Record<DeskMethod, string> = { cheque: 'par chèque', cash: 'en espèces', cesu: 'en CESU' };

/** A cheque, cash or CESU handed in at the desk, against one family's invoices, after a confirmation. */
export function DeskForm(props: { onRecorded: () => void }) {
  const [familyId, setFamilyId] = createSignal<number>();
  const [invoices, setInvoices] = createSignal<DeskInvoice[]>([]);
  const family = createDeskInvoices(familyId);
  const [method, setMethod] = createSignal<DeskMethod>('cheque');
  const [amount, setAmount] = createSignal('');
  const [receivedOn, setReceivedOn] = createSignal(today());
  const [note, setNote] = createSignal('');
  const [error, setError] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [confirming, setConfirming] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const cents = () => parseEuros(amount());

  const pickFamily = (id?: number) => {
    setFamilyId(id);
    setInvoices([]);
  };
  const toggle = (invoice: DeskInvoice, on: boolean) =>
    setInvoices([...invoices().filter((i) => i.invoiceId !== invoice.invoiceId), ...(on ? [invoice] : [])]);

  const check = (event: SubmitEvent) => {
    event.preventDefault();
    setStatus('');
    if (invoices().length === 0) return setError('Cochez la ou les factures réglées.');
    if (cents() === undefined) return setError('Indiquez le montant reçu, en euros (par exemple 45,60).');
    if (!receivedOn() || receivedOn() > today())
      return setError('Indiquez la date de réception, au plus aujourd’hui.');
    setError('');
    setConfirming(true);
  };

  const record = async () => {
    const id = familyId();
    if (id === undefined) return;
    setBusy(true);
    setError('');
    try {
      const payment = await recordDesk({
        familyId: id,
        invoiceIds: invoices().map((i) => i.invoiceId),
        method: method(),
        amountCents: cents() ?? 0,
        receivedOn: receivedOn(),
        ...(note().trim() ? { note: note().trim() } : {}),
      });
      setConfirming(false);
      setStatus(
        `Paiement ${payment.reference} enregistré : ${formatEuros(payment.amountCents)} (${paymentMethodLabels[method()]}) pour ${payment.invoices.map((i) => `la facture n° ${i.number}`).join(', ')}.`,
      );
      setInvoices([]);
      setAmount('');
      setNote('');
      family.retry();
      props.onRecorded();
    } catch (e) {
      setConfirming(false);
      setError(userMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="desk-form" onSubmit={check} noValidate aria-describedby="desk-error">
      <DeskInvoices
        familyId={familyId()}
        onFamily={pickFamily}
        family={family}
        selected={invoices()}
        onToggle={toggle}
      />
      <fieldset class="staff-billing__choices">
        <legend>Mode de règlement</legend>
        <For each={methods}>
          {(m) => (
            <label class="checkbox">
              <input type="radio" name="desk-method" checked={method() === m} onChange={() => setMethod(m)} />
              {paymentMethodLabels[m]}
            </label>
          )}
        </For>
      </fieldset>
      <TextField
        id="desk-amount"
        label="Montant reçu (€)"
        hint="Au plus ce qui reste à payer sur les factures cochées."
        inputMode="decimal"
        value={amount()}
        onInput={(event) => setAmount(event.currentTarget.value)}
      />
      <TextField
        id="desk-date"
        label="Reçu le"
        type="date"
        max={today()}
        value={receivedOn()}
        onChange={(event) => setReceivedOn(event.currentTarget.value)}
      />
      <TextField
        id="desk-note"
        label="Note (facultative)"
        hint="Numéro du chèque, banque…"
        maxLength={500}
        value={note()}
        onInput={(event) => setNote(event.currentTarget.value)}
      />
      <FormAlert id="desk-error" message={error()} />
      <FormStatus message={status()} />
      <button type="submit" class="button">
        Enregistrer le paiement
      </button>
      <Dialog
        open={confirming()}
        title="Enregistrer le paiement"
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              Revenir au formulaire
            </button>
            <button type="button" class="button" disabled={busy()} onClick={() => void record()}>
              {busy() ? 'Enregistrement…' : 'Enregistrer le paiement'}
            </button>
          </>
        }
      >
        <p>
          {formatEuros(cents() ?? 0)} {paidBy[method()]}, reçu le {formatDateFr(receivedOn())}, pour{' '}
          {invoices()
            .map((i) => `la facture n° ${i.number}`)
            .join(', ')}{' '}
          (famille {family.data()?.reference}) ?
        </p>
        <p>Le paiement est validé aussitôt et la famille le voit dans son espace.</p>
      </Dialog>
    </form>
  );
}
