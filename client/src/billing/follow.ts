import type { LiveEventType } from '@portail/shared/live/events';
import { createEffect, createMemo, onCleanup } from 'solid-js';
import { useLive } from '../live/LiveProvider.tsx';
import { useLiveRefresh } from '../live/refresh.ts';

/** A payment's state changes at the bank's pace; an invoice appears at the monthly run, or is cancelled. */
const events: readonly LiveEventType[] = ['payment.updated', 'invoice.issued', 'invoice.cancelled'];
/** Only a safety net: the live stream brings the bank's answer within a second. */
const SAFETY_MS = 15_000;
const WITHOUT_LIVE_MS = 3_000;

/**
 * Keeps a billing page current: read again on each `payment.updated` or `invoice.*` event of the live stream.
 * While a payment waits for the bank, read again now and then too, often when the stream is down (a phone
 * that slept, a proxy that cut the socket), and whenever the tab comes back into view.
 */
export function followBilling(options: { waiting: () => boolean; refresh: () => void }) {
  useLiveRefresh(events, options.refresh);
  const live = useLive();
  const waiting = createMemo(options.waiting);
  const period = createMemo(() => {
    if (!waiting()) return undefined;
    return live.connection() === 'connected' ? SAFETY_MS : WITHOUT_LIVE_MS;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    clearTimeout(timer);
    const ms = period();
    if (ms === undefined || document.visibilityState !== 'visible') return;
    timer = setTimeout(() => {
      options.refresh();
      schedule();
    }, ms);
  };
  createEffect(schedule); // again whenever the period changes
  const onVisible = () => {
    if (document.visibilityState !== 'visible') return;
    options.refresh();
    schedule();
  };
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });
}
