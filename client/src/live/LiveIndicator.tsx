import { Show } from 'solid-js';
import { connectionLabels } from './connection.ts';
import { useLive } from './LiveProvider.tsx';
import './live.css';

/**
 * In the header once signed in: whether the page is kept up to date. Said in words (a shape beside them, not
 * a colour alone) and read politely by screen readers when it changes.
 */
export function LiveIndicator() {
  const live = useLive();
  return (
    <p class="live-status" role="status" data-state={live.connection()}>
      <Show when={live.connection()}>
        {(state) => (
          <>
            <span class="live-status__mark" aria-hidden="true" />
            <span class="visually-hidden">Mises à jour en direct : </span>
            {connectionLabels[state()]}
          </>
        )}
      </Show>
    </p>
  );
}
