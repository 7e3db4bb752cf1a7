import { formatEuros, formatMonthFr } from '@portail/shared/billing/format';
import { Show } from 'solid-js';
import type { Invoice } from './data.ts';
import { LineRows, LinesHead } from './LineRows.tsx';

/** The lines of an invoice and its totals, as on its PDF. Scrolls sideways inside its box on a phone. */
export function InvoiceLines(props: { invoice: Invoice }) {
  const i = () => props.invoice;
  const captionId = () => `lines-${i().id}`;
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section class="table-scroll" aria-labelledby={captionId()} tabIndex={0}>
        <table class="table invoice-lines">
          <caption id={captionId()} class="visually-hidden">
            Lignes de la facture n° {i().number}, prestations de {formatMonthFr(i().month)}
          </caption>
          <LinesHead />
          <tbody>
            <LineRows lines={i().lines} />
          </tbody>
        </table>
      </section>
      <dl class="invoice-totals">
        <div>
          <dt>Total</dt>
          <dd>{formatEuros(i().totalCents)}</dd>
        </div>
        <div>
          <dt>Déjà payé</dt>
          <dd>{formatEuros(i().paidCents)}</dd>
        </div>
        <div class="invoice-totals__left">
          <dt>Reste à payer</dt>
          <dd>{formatEuros(i().remainingCents)}</dd>
        </div>
      </dl>
      <Show when={i().state === 'cancelled'}>
        <p class="notice notice--info">
          Facture annulée{i().cancelledReason ? ` : ${i().cancelledReason}` : '.'}
          {i().replacedBy ? ` Elle est remplacée par la facture n° ${i().replacedBy?.number}.` : ''}
        </p>
      </Show>
    </>
  );
}
