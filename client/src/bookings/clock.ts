import { createMemo, createSignal, onCleanup } from 'solid-js';

/**
 * The rules compare deadlines with «now»: a phone's clock may be minutes (or a time zone) off, so the grid
 * uses the server's clock, read with the planning, advanced by the time spent since on this device.
 */
export function serverClock(serverNow: string, receivedAt: number): () => Date {
  const offset = Date.parse(serverNow) - receivedAt;
  return () => new Date(Date.now() + offset);
}

/** «Now» on the server's clock, ticking every minute so that a deadline can pass while the grid is open. */
export function createServerNow(view: () => { serverNow: string; receivedAt: number }): () => Date {
  const clock = createMemo(() => serverClock(view().serverNow, view().receivedAt));
  const [tick, setTick] = createSignal(0);
  const timer = setInterval(() => setTick((t) => t + 1), 60_000);
  onCleanup(() => clearInterval(timer));
  return () => {
    tick();
    return clock()();
  };
}
