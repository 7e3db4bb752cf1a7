import { batch, createSignal } from 'solid-js';
import { appCodeOf, userMessage } from '../trpc/errors.ts';
import { type PaymentRecap, paymentRecap, startPayment } from './data.ts';

export type Busy = '' | 'recap' | 'bank';

/**
 * The steps of the « Paiement » window: the ticked invoices, the server's recap of them, then the bank. The
 * amount is only ever the server's; a refusal (already being paid, cancelled…) is said in its words.
 */
export function createPaymentFlow(options: { chosen: () => number[]; onStale: () => void }) {
  const [selected, setSelected] = createSignal<ReadonlySet<number>>(new Set());
  const [recap, setRecap] = createSignal<PaymentRecap>();
  const [busy, setBusy] = createSignal<Busy>('');
  const [error, setError] = createSignal('');
  const [choiceError, setChoiceError] = createSignal('');

  const failed = (e: unknown) => {
    setError(userMessage(e));
    const code = appCodeOf(e);
    if (code === 'CONFLICT' || code === 'NOT_FOUND') options.onStale();
  };

  return {
    selected,
    recap,
    busy,
    error,
    choiceError,
    reset: () =>
      batch(() => {
        setSelected(new Set<number>());
        setRecap(undefined);
        setBusy('');
        setError('');
        setChoiceError('');
      }),
    toggle(id: number, checked: boolean) {
      const next = new Set(selected());
      if (checked) next.add(id);
      else next.delete(id);
      setSelected(next);
      if (next.size > 0) setChoiceError('');
    },
    /** « Payer en ligne »: false when nothing is ticked (the window then points at the list). */
    async toRecap(): Promise<boolean> {
      setError('');
      const ids = options.chosen();
      if (ids.length === 0) {
        setChoiceError('Cochez au moins une facture à payer.');
        return false;
      }
      setBusy('recap');
      try {
        setRecap(await paymentRecap(ids));
        return true;
      } catch (e) {
        failed(e);
        return false;
      } finally {
        setBusy('');
      }
    },
    /** « Continuer »: the bank's secure page. The page leaves, so it stays busy until it does. */
    async toBank() {
      const current = recap();
      if (!current) return;
      setError('');
      setBusy('bank');
      try {
        const started = await startPayment(current.invoices.map((i) => i.id));
        location.assign(started.redirectUrl);
      } catch (e) {
        setBusy('');
        failed(e);
      }
    },
    back() {
      setRecap(undefined);
      setError('');
    },
  };
}
