import { A } from '@solidjs/router';
import { For, onCleanup, onMount, Show } from 'solid-js';
import { useLive } from './LiveProvider.tsx';
import { NOTICE_MS, type ShownNotice } from './notices.ts';
import './live.css';

/**
 * Where notices about changes made elsewhere appear (a request decided by staff). Read politely; each stays
 * ten seconds, longer while the pointer or the keyboard focus is on it, and «Fermer» removes it at once. It
 * follows the page in the tab order, so a keyboard reaches its link and its button.
 */
export function LiveNotices() {
  const live = useLive();
  return (
    <div class="live-notices" role="status">
      <For each={live.notices.shown()}>
        {(notice) => <NoticeItem notice={notice} onClose={() => live.notices.dismiss(notice.id)} />}
      </For>
    </div>
  );
}

function NoticeItem(props: { notice: ShownNotice; onClose: () => void }) {
  let box: HTMLDivElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let left = NOTICE_MS;
  let since = 0;
  let hovered = false;
  let focused = false;

  const run = () => {
    since = Date.now();
    timer = setTimeout(() => close(), left);
  };
  /** Held while the pointer or the focus is on it; then it gets at least three more seconds. */
  const update = () => {
    const held = hovered || focused;
    if (held && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
      left = Math.max(left - (Date.now() - since), 3000);
    } else if (!held && timer === undefined) {
      run();
    }
  };
  const close = () => {
    clearTimeout(timer);
    // Focus inside would be lost with the notice: back to the page.
    if (box?.contains(document.activeElement)) document.getElementById('contenu')?.focus();
    props.onClose();
  };
  onMount(run);
  onCleanup(() => clearTimeout(timer));

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hovering or focusing only holds the notice on screen
    <div
      ref={box}
      class={`live-notice live-notice--${props.notice.tone ?? 'good'}`}
      onMouseEnter={() => {
        hovered = true;
        update();
      }}
      onMouseLeave={() => {
        hovered = false;
        update();
      }}
      onFocusIn={() => {
        focused = true;
        update();
      }}
      onFocusOut={(event) => {
        focused = Boolean(box?.contains(event.relatedTarget as Node | null));
        update();
      }}
    >
      <ul class="live-notice__lines">
        <For each={props.notice.lines}>{(line) => <li>{line}</li>}</For>
      </ul>
      <div class="live-notice__actions">
        <Show when={props.notice.link}>
          {(link) => (
            <A href={link().href} class="live-notice__link" onClick={() => close()}>
              {link().label}
            </A>
          )}
        </Show>
        <button type="button" class="live-notice__close" onClick={() => close()}>
          Fermer <span class="visually-hidden">la notification</span>
        </button>
      </div>
    </div>
  );
}
