import { formatDatesCompact, formatEuros } from '@portail/shared/billing/format';
import { For } from 'solid-js';

type Line = {
  childName: string;
  unitName: string;
  dates: string[];
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
};

/** The columns of invoice lines: the parent's invoice and the staff's preview show them alike. */
export function LinesHead() {
  return (
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
  );
}

export function LineRows(props: { lines: Line[] }) {
  return (
    <For each={props.lines}>
      {(line) => (
        <tr>
          <td>{line.childName}</td>
          <td>{line.unitName}</td>
          <td class="invoice-lines__dates">{formatDatesCompact(line.dates)}</td>
          <td class="num">{line.quantity}</td>
          <td class="num table__nowrap">{formatEuros(line.unitPriceCents)}</td>
          <td class="num table__nowrap">{formatEuros(line.amountCents)}</td>
        </tr>
      )}
    </For>
  );
}
