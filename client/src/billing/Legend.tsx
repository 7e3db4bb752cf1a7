import { For } from 'solid-js';
import { LegendItem, Legend as LegendPanel } from '../ui/Legend.tsx';
import { StateIcon } from './StateIcon.tsx';
import type { StateLook } from './states.ts';

/** Every icon of the invoices' or payments' list and its meaning, for a parent who wants them all at once. */
export function Legend(props: { items: readonly StateLook[]; label: string }) {
  return (
    <LegendPanel label={props.label}>
      <For each={props.items}>
        {(item) => (
          <LegendItem picture={<StateIcon picture={item.picture} />}>
            <strong>{item.label}</strong> : {item.legend}
          </LegendItem>
        )}
      </For>
    </LegendPanel>
  );
}
