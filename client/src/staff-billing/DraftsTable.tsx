import { formatEuros } from '@portail/shared/billing/format';
import { For, Show } from 'solid-js';
import { LineRows, LinesHead } from '../billing/LineRows.tsx';
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
          <LinesHead />
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
                <LineRows lines={draft.lines} />
              </tbody>
            )}
          </For>
        </table>
      </section>
    </Show>
  );
}
