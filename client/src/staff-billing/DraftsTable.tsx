import { formatDatesCompact, formatEuros } from '@portail/shared/billing/format';
import { For, Show } from 'solid-js';
import type { Draft } from './data.ts';

/** What the run would issue, family by family: the lines as on the invoice, and the family's total. */
export function DraftsTable(props: { drafts: Draft[] }) {
  return (
    <Show when={props.drafts.length > 0}>
      <h3 class="staff-billing__subtitle">À émettre</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section class="table-scroll" aria-labelledby="drafts-caption" tabIndex={0}>
        <table class="table staff-table">
          <caption id="drafts-caption" class="visually-hidden">
            Factures à émettre, par famille
          </caption>
          <thead>
            <tr>
              <th scope="col">Enfant</th>
              <th scope="col">Prestation</th>
              <th scope="col">Jours</th>
              <th scope="col" class="num">
                Qté
              </th>
              <th scope="col" class="num">
                Prix unitaire
              </th>
              <th scope="col" class="num">
                Montant
              </th>
            </tr>
          </thead>
          <For each={props.drafts}>
            {(draft) => (
              <tbody class="staff-table__group">
                <tr class="staff-table__family">
                  <th scope="rowgroup" colspan="5">
                    Famille {draft.reference}
                    {draft.guardianName ? ` – ${draft.guardianName}` : ''}
                    <span class="table__sub">QF {draft.quotientFamilial ?? 'non communiqué'}</span>
                  </th>
                  <td class="num table__nowrap">
                    <span class="visually-hidden">Total : </span>
                    {formatEuros(draft.totalCents)}
                  </td>
                </tr>
                <For each={draft.lines}>
                  {(line) => (
                    <tr>
                      <td>{line.childName}</td>
                      <td>{line.unitName}</td>
                      <td class="staff-table__dates">{formatDatesCompact(line.dates)}</td>
                      <td class="num">{line.quantity}</td>
                      <td class="num table__nowrap">{formatEuros(line.unitPriceCents)}</td>
                      <td class="num table__nowrap">{formatEuros(line.amountCents)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            )}
          </For>
        </table>
      </section>
    </Show>
  );
}
