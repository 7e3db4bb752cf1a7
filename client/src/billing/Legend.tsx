import { createSignal, createUniqueId, For } from 'solid-js';
import { StateIcon } from './StateIcon.tsx';
import type { StateLook } from './states.ts';

/**
 * Every icon of a list and its meaning, for a parent who wants them all at once: shown while the pointer is
 * over the button or the panel, while the button has the focus, and kept open by a click; Escape hides it.
 */
export function Legend(props: { items: readonly StateLook[]; label: string }) {
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
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open()) {
      event.stopPropagation();
      hide();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the wrapper only tracks the pointer, the button is the control
    <div
      class="billing-legend"
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        class="button button--secondary button--small"
        aria-expanded={open()}
        aria-controls={panelId}
        onClick={() => (pinned() ? hide() : setPinned(true))}
        onFocus={() => setFocus(true)}
        onBlur={() => setFocus(false)}
      >
        {props.label}
      </button>
      <div id={panelId} class="billing-legend__panel" hidden={!open()}>
        <ul class="billing-legend__list" aria-label={props.label}>
          <For each={props.items}>
            {(item) => (
              <li class="billing-legend__item">
                <StateIcon picture={item.picture} />
                <span>
                  <strong>{item.label}</strong> : {item.legend}
                </span>
              </li>
            )}
          </For>
        </ul>
      </div>
    </div>
  );
}
