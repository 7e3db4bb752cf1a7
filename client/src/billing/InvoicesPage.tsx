import { useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, onMount, Show } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { NeedsNetwork } from '../offline/NeedsNetwork.tsx';
import { useOffline } from '../offline/OfflineProvider.tsx';
import { createInvoices, createPaymentOutcome, createPayments, type Invoice } from './data.ts';
import { followBilling } from './follow.ts';
import { InvoiceDialog } from './InvoiceDialog.tsx';
import { InvoicesSection } from './InvoicesSection.tsx';
import { PaymentDialog } from './PaymentDialog.tsx';
import { PaymentOutcome } from './PaymentOutcome.tsx';
import { PaymentsSection } from './PaymentsSection.tsx';
import { isWaiting } from './states.ts';
import './billing.css';

const referencePattern = /^[A-Za-z0-9]{1,30}$/;

/** /factures « Mes Factures & Paiements » (guide §6): the invoices, their detail, paying online, the payments. */
export function InvoicesPage() {
  usePageTitle(() => 'Mes Factures & Paiements');
  const [params, setParams] = useSearchParams<{ paiement?: string; payer?: string }>();
  const reference = () => (referencePattern.test(params.paiement ?? '') ? params.paiement : undefined);
  const invoices = createInvoices();
  const payments = createPayments();
  const outcome = createPaymentOutcome(reference);
  const [detail, setDetail] = createSignal<Invoice>();
  const [paying, setPaying] = createSignal(false);
  // Paying goes through the server and the bank: offline, the button says so instead of failing.
  const offline = useOffline();
  const payOffline = 'paiement-hors-ligne';

  const beingPaid = createMemo<ReadonlySet<number>>(
    () =>
      new Set(
        (payments.data() ?? [])
          .filter((p) => isWaiting(p.state))
          .flatMap((p) => p.invoices.map((i) => i.invoiceId)),
      ),
  );
  const refresh = () => {
    invoices.retry();
    payments.retry();
    if (reference()) outcome.retry();
  };
  followBilling({
    waiting: () => beingPaid().size > 0 || isWaiting(outcome.data()?.state ?? 'validated'),
    refresh,
  });

  onMount(() => {
    // « Payer en ligne » on the home page's block leads here with the window open.
    if (params.payer !== undefined) {
      setParams({ payer: undefined }, { replace: true, scroll: false });
      setPaying(true);
    }
  });

  return (
    <div class="container page billing">
      <div class="billing-top">
        <h1>Mes Factures & Paiements</h1>
        <button
          type="button"
          class="button"
          disabled={!offline.connected()}
          aria-describedby={offline.connected() ? undefined : payOffline}
          onClick={() => setPaying(true)}
        >
          Payer en ligne
        </button>
      </div>
      <NeedsNetwork id={payOffline} what="le paiement en ligne sera possible" />
      <Show when={reference()}>
        <PaymentOutcome
          outcome={outcome}
          onDismiss={() => setParams({ paiement: undefined }, { replace: true, scroll: false })}
        />
      </Show>
      <InvoicesSection invoices={invoices} beingPaid={beingPaid()} onDetail={setDetail} />
      <PaymentsSection payments={payments} />
      <InvoiceDialog invoice={detail()} onClose={() => setDetail(undefined)} />
      <PaymentDialog
        open={paying() && offline.connected()}
        invoices={invoices.data()}
        beingPaid={beingPaid()}
        onClose={() => setPaying(false)}
        onStale={refresh}
      />
    </div>
  );
}
