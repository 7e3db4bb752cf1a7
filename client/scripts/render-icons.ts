/**
 * Renders the PWA icons (PNG) from public/favicon.svg with the machine's Chromium, so that the icons have one
 * source. Run after editing the SVG, then commit the PNGs: `node client/scripts/render-icons.ts`.
 */
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const publicDir = new URL('../public/', import.meta.url);
const svg = await readFile(new URL('favicon.svg', publicDir), 'utf8');
// The artwork without the title and the rounded background square.
const artwork = svg
  .replace(/^[\s\S]*?<svg[^>]*>/, '')
  .replace(/<\/svg>\s*$/, '')
  .replace(/<title>.*?<\/title>/, '')
  .replace(/<rect[^>]*\/>/, '');

/** Full-bleed background, artwork shrunk into the safe zone that launchers may crop to a circle. */
const fullBleed = (scale: number) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" fill="#000091"/>
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)">${artwork}</g>
</svg>`;

const icons: { file: string; size: number; source: string }[] = [
  { file: 'pwa-192x192.png', size: 192, source: svg },
  { file: 'pwa-512x512.png', size: 512, source: svg },
  { file: 'maskable-512x512.png', size: 512, source: fullBleed(0.78) },
  { file: 'apple-touch-icon.png', size: 180, source: fullBleed(0.86) },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  for (const { file, size, source } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
    await page.locator('svg').screenshot({ path: new URL(file, publicDir).pathname, omitBackground: true });
    console.log(`écrit : public/${file}`);
  }
} finally {
  await browser.close();
}
