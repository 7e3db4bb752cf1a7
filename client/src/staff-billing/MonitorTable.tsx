import { formatDateFr, formatEuros } from '@portail/shared/billing/format';
import { parisDate } from '@portail/shared/bookings/calendar';
import { paymentMethodLabels, paymentProviderLabels } from '@portail/shared/payments/labels';
import { For, Show } from 'solid-js';
import { byId } from '../billing/keyed.ts';
import { StateLabel } from '../billing/StateLabel.tsx';
import { paymentLook } from '../billing/states.ts';
import type { MonitorRow } from './data.ts';

const who = (p: MonitorRow) =>
  p.guardian
    ? `${p.guardian.firstName} ${p.guardian.lastName}`
    : p.recordedBy
      ? `Guichet : ${p.recordedBy.firstName} ${p.recordedBy.lastName}`
      : '';

/** Each payment, its family, amount, channel, invoices and state; kept in place as it is read again. */
export function MonitorTable(props: { rows: MonitorRow[] }) {
  const rows = byId(() => props.rows);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section class="table-scroll" aria-labelledby="monitor-caption" tabIndex={0}>
      <table class="table staff-table">
        <caption id="monitor-caption" class="visually-hidden">
          Paiements
        </caption>
        <thead>
          <tr>
            <th scope="col">Paiement</th>
            <th scope="col">Famille</th>
            <th scope="col" class="num">
              Montant
            </th>
            <th scope="col">Canal</th>
            <th scope="col">Factures</th>
            <th scope="col">État</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows.ids()}>
            {(id) => (
              <Show when={rows.get(id)}>
                {(p) => (
                  <tr>
                    <th scope="row">
                      {p().reference}
                      <span class="table__sub">{formatDateFr(parisDate(new Date(p().createdAt)))}</span>
                    </th>
                    <td>
                      {p().family.reference}
                      <span class="table__sub">{who(p())}</span>
                    </td>
                    <td class="num table__nowrap">{formatEuros(p().amountCents)}</td>
                    <td>
                      {paymentProviderLabels[p().provider]}
                      <Show when={p().method}>
                        {(m) => <span class="table__sub">{paymentMethodLabels[m()]}</span>}
                      </Show>
                    </td>
                    <td>
                      {p()
                        .invoices.map((i) => i.number)
                        .join(', ')}
                    </td>
                    <td>
                      <StateLabel look={paymentLook(p().state)} />
                      <Show when={p().anomaly}>
                        <span class="table__sub staff-table__diff">{p().anomaly}</span>
                      </Show>
                    </td>
                  </tr>
                )}
              </Show>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
