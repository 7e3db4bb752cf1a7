import { For } from 'solid-js';
import { LegendItem, Legend as LegendPanel } from '../ui/Legend.tsx';
import { type Picture, StateIcon } from './StateIcon.tsx';

/** `free` and `draft` are the cell's frames rather than icons: an empty box, a dashed box. */
export type BookingLegendItem = { picture: Picture | 'free' | 'draft'; label: string; note?: string };

/** The planning's and the reservations' icons with the guide's words. */
export function Legend(props: { items: readonly BookingLegendItem[]; label?: string }) {
  return (
    <LegendPanel label={props.label ?? 'Légende'}>
      <For each={props.items}>
        {(item) => (
          <LegendItem
            picture={
              item.picture === 'free' || item.picture === 'draft' ? (
                <span class={`legend__box legend__box--${item.picture}`} />
              ) : (
                <StateIcon picture={item.picture} />
              )
            }
          >
            {item.label}
            {item.note ? <span class="legend__note"> {item.note}</span> : null}
          </LegendItem>
        )}
      </For>
    </LegendPanel>
  );
}
