import { documentDownloadPath } from '@portail/shared/documents/labels';
import type { PublicDocument } from '@portail/shared/documents/schema';
import { documentsCacheName } from './cacheNames.ts';

/*
 * Downloaded documents live in the service worker's cache (vite.config.ts): a document opened once opens
 * offline too. The app only looks into that cache, asks the service worker to fill it ahead of need, and
 * removes what is no longer published.
 */

const hasCaches = () => typeof caches !== 'undefined';

/** Whether this document's bytes are on the device. */
export async function isDocumentSaved(id: string): Promise<boolean> {
  if (!hasCaches()) return false;
  try {
    const cache = await caches.open(documentsCacheName);
    return (await cache.match(documentDownloadPath(id))) !== undefined;
  } catch {
    return false;
  }
}

/** Ahead of need: the phone may be offline at the canteen's door. */
const aheadCategories: ReadonlySet<PublicDocument['category']> = new Set(['menu', 'planning']);

/**
 * Fetches the current menus and activity plannings through the service worker, which keeps them (its cache
 * has bounds). Skipped without a controlling service worker (nothing would keep them) or when the parent asked
 * the browser to save data.
 */
export async function saveAhead(documents: PublicDocument[]): Promise<void> {
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  if (!navigator.serviceWorker?.controller || connection?.saveData) return;
  for (const document of documents.filter((d) => aheadCategories.has(d.category))) {
    if (await isDocumentSaved(document.id)) continue;
    try {
      const response = await fetch(documentDownloadPath(document.id), { credentials: 'same-origin' });
      await response.arrayBuffer(); // read to the end, so the service worker's copy is complete
    } catch {
      return; // the network went: try again next time
    }
  }
}

/** Removes the copies of documents no longer published: a withdrawn form must not live on offline. */
export async function forgetUnpublished(documents: PublicDocument[]): Promise<void> {
  if (!hasCaches()) return;
  try {
    if (!(await caches.has(documentsCacheName))) return;
    const cache = await caches.open(documentsCacheName);
    const published = new Set(documents.map((d) => documentDownloadPath(d.id)));
    for (const request of await cache.keys()) {
      if (!published.has(new URL(request.url).pathname)) await cache.delete(request);
    }
  } catch (error) {
    console.warn('documents hors ligne : nettoyage', error);
  }
}

/** The ids of the documents on the device. */
export async function savedDocumentIds(): Promise<ReadonlySet<string>> {
  if (!hasCaches()) return new Set();
  try {
    const cache = await caches.open(documentsCacheName);
    return new Set((await cache.keys()).map((r) => new URL(r.url).pathname.split('/').pop() ?? ''));
  } catch {
    return new Set();
  }
}
