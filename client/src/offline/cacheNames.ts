/** The service worker's cache of downloaded documents (vite.config.ts `runtimeCaching`), read by the app too. */
export const documentsCacheName = 'portail-documents';

/**
 * A document's download address (`documentDownloadPath`), as the service worker's route matches it: Workbox
 * tests a regular expression against the whole URL, so it is not anchored at the start.
 */
export const documentsUrlPattern = /\/files\/documents\/[0-9a-f-]{36}$/;
