import { createResource, onCleanup } from 'solid-js';
import { userMessage } from './errors.ts';

export type Query<T> = {
  /** The last data read, kept while «Réessayer» reads again. */
  data: () => T | undefined;
  /** What to tell the parent when the last read failed. */
  error: () => string | undefined;
  loading: () => boolean;
  retry: () => void;
};

/**
 * A read for a page: never throws into the component tree, always says why it failed in French, and tries
 * again by itself when the device comes back online. (Solid's resource throws its error when read; pages want a
 * message and a «Réessayer» button instead.)
 */
export function createQuery<T>(fetcher: () => Promise<T>): Query<T> {
  const [resource, { refetch }] = createResource(fetcher);
  const retry = () => void refetch();
  const retryIfFailed = () => resource.state === 'errored' && retry();
  window.addEventListener('online', retryIfFailed);
  onCleanup(() => window.removeEventListener('online', retryIfFailed));
  return {
    data: () => (resource.state === 'ready' || resource.state === 'refreshing' ? resource.latest : undefined),
    error: () => (resource.state === 'errored' ? userMessage(resource.error) : undefined),
    loading: () => resource.loading,
    retry,
  };
}
