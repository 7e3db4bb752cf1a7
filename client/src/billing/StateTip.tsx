import { createSignal, createUniqueId } from 'solid-js';
import { StateIcon } from './StateIcon.tsx';
import type { StateLook } from './states.ts';

/**
 * A state's icon and word; its legend « visible en survolant l'icône » (guide §6) shows on hover, on keyboard
 * focus and on a tap, and Escape hides it (WCAG 1.4.13). The legend is also the button's description.
 */
export function StateTip(props: { look: StateLook; prefix?: string }) {
  const [hover, setHover] = createSignal(false);
  const [focus, setFocus] = createSignal(false);
  const [pinned, setPinned] = createSignal(false);
  const [dismissed, setDismissed] = createSignal(false);
  const open = () => !dismissed() && (hover() || focus() || pinned());
  const tipId = `tip-${createUniqueId()}`;

  const show = (set: (on: boolean) => void) => () => {
    setDismissed(false);
    set(true);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open()) {
      event.stopPropagation(); // an open dialog around stays open
      event.preventDefault();
      setPinned(false);
      setDismissed(true);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the wrapper only tracks the pointer, the button is the control
    <span
      class="state-tip"
      onMouseEnter={show(setHover)}
      onMouseLeave={() => setHover(false)}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        class="state-tip__button"
        aria-describedby={tipId}
        onFocus={show(setFocus)}
        onBlur={() => {
          setFocus(false);
          setPinned(false);
        }}
        onClick={() => {
          setDismissed(false);
          setPinned(!pinned());
        }}
      >
        <StateIcon picture={props.look.picture} />
        <span>
          {props.prefix ? <span class="visually-hidden">{props.prefix} </span> : null}
          {props.look.label}
        </span>
      </button>
      <span id={tipId} role="tooltip" class="state-tip__bubble" hidden={!open()}>
        {props.look.legend}
      </span>
    </span>
  );
}
