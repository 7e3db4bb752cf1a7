import type { LiveEventType } from '@portail/shared/live/events';
import { onCleanup } from 'solid-js';
import { type LiveEventOf, useLive } from './LiveProvider.tsx';

/** Events of one change arrive together (a decision, then the occupancy it moved): one read for all. */
const COALESCE_MS = 150;

/**
 * Reads a page's data again when an event of these types concerns it, and on `reload` (the stream could not
 * replay what was missed). For a page whose data is cheap to read, simpler and safer than patching it.
 */
export function useLiveRefresh<T extends LiveEventType>(
  types: readonly T[],
  refresh: () => void,
  concerns: (event: LiveEventOf<T>) => boolean = () => true,
) {
  const live = useLive();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    timer ??= setTimeout(() => {
      timer = undefined;
      refresh();
    }, COALESCE_MS);
  };
  live.onLiveEvent(types, (event) => concerns(event) && soon());
  live.onLiveEvent('reload', soon);
  onCleanup(() => clearTimeout(timer));
}
