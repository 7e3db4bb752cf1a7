import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { precompress } from './build/precompress.ts';
import { documentsCacheName, documentsUrlPattern } from './src/offline/cacheNames.ts';

const themeColor = '#000091';

/** The server serves the built app; in `npm run dev -w client`, Vite forwards the API to `npm run dev`'s port. */
const serverUrl = 'http://localhost:3000';

/** One per build: data an older build kept offline is not trusted by a newer one (src/offline/reads.ts). */
const buildId = Date.now().toString(36);

export default defineConfig({
  plugins: [
    solid(),
    VitePWA({
      registerType: 'prompt',
      strategies: 'generateSW',
      // Registration happens in app/UpdatePrompt.tsx through `virtual:pwa-register/solid`: CSP forbids inline scripts.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Portail Famille',
        short_name: 'Portail Famille',
        description:
          'Inscriptions aux accueils de loisirs, factures, paiements et documents du Service Enfance Jeunesse.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: themeColor,
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        // These are answered by the server, never by the app shell.
        navigateFallbackDenylist: [/^\/trpc/, /^\/files\//, /^\/healthz/, /^\/banque/, /^\/paiement\/retour/],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Documents (guide §1): one opened (or fetched ahead, src/offline/files.ts) opens offline. The copy
            // shows at once; the background check costs a 304 (the server's ETag is the document's id).
            urlPattern: documentsUrlPattern,
            handler: 'StaleWhileRevalidate',
            options: {
              cacheName: documentsCacheName,
              expiration: { maxEntries: 40, maxAgeSeconds: 60 * 24 * 3600, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
    precompress(),
  ],
  define: { __BUILD_ID__: JSON.stringify(buildId) },
  build: { target: 'es2022' },
  server: {
    proxy: {
      '/trpc': { target: serverUrl, ws: true },
      '/files': serverUrl,
      '/healthz': serverUrl,
      '/banque': serverUrl,
      '/paiement/retour': serverUrl,
    },
  },
});
