import { read, trpc } from '../trpc/client.ts';
import { createQuery, type Query } from '../trpc/query.ts';
import type { RouterInputs, RouterOutputs } from '../trpc/types.ts';

export type LinkPurpose = RouterInputs['auth']['checkLink']['purpose'];
export type LinkState = RouterOutputs['auth']['checkLink'];

/**
 * Reads the secret of a mailed link from the fragment (#…), then takes it out of the address bar so that it
 * stays neither in the history nor on screen. Kept in memory only: a reload asks to open the mail again.
 */
export function takeLinkToken(): string {
  const { hash, pathname, search } = window.location;
  if (!hash) return '';
  history.replaceState(history.state, '', pathname + search);
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/** Whether the link still works, and for whom, before the person types anything. */
export function useLinkCheck(purpose: LinkPurpose, token: string): Query<LinkState> {
  return createQuery(async () =>
    token ? read((options) => trpc.auth.checkLink.query({ purpose, token }, options)) : { valid: false },
  );
}
