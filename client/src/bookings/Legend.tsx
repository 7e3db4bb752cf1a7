import { createSignal, createUniqueId, For } from 'solid-js';
import { type Picture, StateIcon } from './StateIcon.tsx';
import './legend.css';

/** `free` and `draft` are the cell's frames rather than icons: an empty box, a dashed box. */
export type LegendItem = { picture: Picture | 'free' | 'draft'; label: string; note?: string };

/**
 * « La légende est visible en survolant le bouton » (guide §4): shown while the pointer is over the button or
 * the panel, while the button has the keyboard focus, and kept open by a click; Escape hides it (WCAG 1.4.13).
 */
export function Legend(props: { items: readonly LegendItem[]; label?: string }) {
  const [hover, setHover] = createSignal(false);
  const [focus, setFocus] = createSignal(false);
  const [pinned, setPinned] = createSignal(false);
  const open = () => hover() || focus() || pinned();
  const panelId = `legend-${createUniqueId()}`;

  const hide = () => {
    setHover(false);
    setFocus(false);
    setPinned(false);
  };
  const toggle = () => {
    if (pinned()) hide();
    else setPinned(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open()) {
      event.stopPropagation();
      hide();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the wrapper only tracks the pointer, the button is the control
    <div
      class="legend"
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        class="button button--secondary legend__button"
        aria-expanded={open()}
        aria-controls={panelId}
        onClick={toggle}
        onFocus={() => setFocus(true)}
        onBlur={() => setFocus(false)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M12 11v6M12 7.5v.5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </svg>
        {props.label ?? 'Légende'}
      </button>
      <div id={panelId} class="legend__panel" hidden={!open()}>
        <ul class="legend__list" aria-label={props.label ?? 'Légende'}>
          <For each={props.items}>
            {(item) => (
              <li class="legend__item">
                <span class="legend__picture">
                  {item.picture === 'free' || item.picture === 'draft' ? (
                    <span class={`legend__box legend__box--${item.picture}`} />
                  ) : (
                    <StateIcon picture={item.picture} />
                  )}
                </span>
                <span>
                  {item.label}
                  {item.note ? <span class="legend__note"> {item.note}</span> : null}
                </span>
              </li>
            )}
          </For>
        </ul>
      </div>
    </div>
  );
}
