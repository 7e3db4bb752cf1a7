import { schoolLevelLabels } from '@portail/shared/bookings/schema';
import { For, Show } from 'solid-js';
import { formatDate } from '../app/dates.ts';
import type { Child } from './data.ts';

/** The family's children as the S.E.J. recorded them. */
export function ChildrenList(props: { children: Child[] }) {
  return (
    <Show
      when={props.children.length > 0}
      fallback={<p>Aucun enfant n'est enregistré. Contactez le Service Enfance Jeunesse.</p>}
    >
      <ul class="children">
        <For each={props.children}>
          {(child) => (
            <li class="children__item">
              <p class="children__name">
                {child.firstName} {child.lastName}
              </p>
              <p class="children__details">
                Né(e) le {formatDate(child.birthDate)} · {schoolLevelLabels[child.schoolLevel]}
                <Show when={child.className}>{(name) => <> · classe {name()}</>}</Show>
              </p>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
