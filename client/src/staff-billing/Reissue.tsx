import { invoiceNumbersFr } from '@portail/shared/payments/labels';
import { createSignal, onMount, Show } from 'solid-js';
import { userMessage } from '../trpc/errors.ts';
import { reissueInvoice } from './data.ts';

/** « Rééditer »: the replacement of a cancelled invoice, computed from the planning as it is now. */
export function Reissue(props: { invoice: { invoiceId: number; number: string }; onDone: () => void }) {
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal('');
  const [done, setDone] = createSignal(false);
  let button: HTMLButtonElement | undefined;
  // It appears when its invoice is cancelled, whose row (and button) just left: the focus comes here.
  onMount(() => button?.focus());

  const reissue = async () => {
    setBusy(true);
    try {
      const outcome = await reissueInvoice(props.invoice.invoiceId);
      setDone(true);
      setMessage(
        outcome.issued
          ? `La facture ${invoiceNumbersFr([outcome.issued.number])} remplace la facture n° ${props.invoice.number}.`
          : `Rien à facturer à cette famille pour ce mois : la facture n° ${props.invoice.number} reste annulée, sans remplacement.`,
      );
      props.onDone();
    } catch (e) {
      setMessage(userMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="staff-billing__reissue">
      <span>Facture n° {props.invoice.number} annulée.</span>
      <Show when={!done()}>
        <button
          ref={button}
          type="button"
          class="button button--small"
          disabled={busy()}
          onClick={() => void reissue()}
        >
          {busy() ? 'Réédition…' : 'Rééditer'}
          <span class="visually-hidden"> la facture n° {props.invoice.number}</span>
        </button>
      </Show>
      <span role="status">{message()}</span>
    </li>
  );
}
