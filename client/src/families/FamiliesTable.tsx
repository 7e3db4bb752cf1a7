import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { paths } from '../app/paths.ts';
import type { RouterOutputs } from '../trpc/types.ts';

export type FamilySummary = RouterOutputs['families']['search'][number];

/** Search results: each family's reference leads to its file. Scrolls sideways on a narrow phone. */
export function FamiliesTable(props: { families: FamilySummary[] }) {
  return (
    <div class="table-scroll">
      <table class="table">
        <caption id="families-caption" class="visually-hidden">
          Familles trouvées
        </caption>
        <thead>
          <tr>
            <th scope="col">Famille</th>
            <th scope="col">Responsables</th>
            <th scope="col">Enfants</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.families}>
            {(family) => (
              <tr>
                <th scope="row">
                  <A href={paths.family(family.id)}>{family.reference}</A>
                  <span class="table__sub">{family.city}</span>
                </th>
                <td>
                  <ul class="plain-list">
                    <For each={family.guardians}>
                      {(g) => (
                        <li>
                          {g.name}
                          <span class="table__sub">{g.email}</span>
                          <span class="table__sub">
                            {g.activated ? 'Compte activé' : "En attente d'activation"}
                          </span>
                        </li>
                      )}
                    </For>
                  </ul>
                </td>
                <td>{family.children.join(', ') || '—'}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
