import { createResource, onCleanup, type ResourceSource } from 'solid-js';
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
  return createSourcedQuery(() => true, fetcher);
}

/** The same, read again whenever `source` changes (a search box, a page's id). */
export function createSourcedQuery<T, S>(
  source: ResourceSource<S>,
  fetcher: (source: S) => Promise<T>,
): Query<T> {
  const [resource, { refetch }] = createResource(source, fetcher);
  const retry = () => void refetch();
  const retryIfFailed = () => resource.state === 'errored' && retry();
  window.addEventListener('online', retryIfFailed);
  onCleanup(() => window.removeEventListener('online', retryIfFailed));
  return {
    // While a new source loads, the previous results stay on screen (no flash of «Chargement…» per keystroke).
    data: () =>
      resource.state === 'errored' || resource.state === 'unresolved' ? undefined : resource.latest,
    error: () => (resource.state === 'errored' ? userMessage(resource.error) : undefined),
    loading: () => resource.loading,
    retry,
  };
}
