import { createSignal, createUniqueId, type JSX } from 'solid-js';
import './legend.css';

/**
 * « La légende est visible en survolant le bouton » (guide §4): a list of icons and their meanings, shown
 * while the pointer is over the button or the panel, while the button has the keyboard focus, and kept open
 * by a click; Escape hides it (WCAG 1.4.13). The items are `LegendItem`s.
 */
export function Legend(props: { label: string; children: JSX.Element }) {
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
        onClick={() => (pinned() ? hide() : setPinned(true))}
        onFocus={() => setFocus(true)}
        onBlur={() => setFocus(false)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M12 11v6M12 7.5v.5" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </svg>
        {props.label}
      </button>
      <div id={panelId} class="legend__panel" hidden={!open()}>
        <ul class="legend__list" aria-label={props.label}>
          {props.children}
        </ul>
      </div>
    </div>
  );
}

/** One line of a legend: the picture, then its meaning. */
export function LegendItem(props: { picture: JSX.Element; children: JSX.Element }) {
  return (
    <li class="legend__item">
      <span class="legend__picture">{props.picture}</span>
      <span>{props.children}</span>
    </li>
  );
}
