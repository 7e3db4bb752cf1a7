/**
 * Debian's Chromium (Playwright cannot download its own here, see STACK-NOTES.md) and its flags, for the
 * end-to-end tests and the client benchmarks alike: without the networking flags Chromium calls home on a
 * closed network, many times over; the features disabled below are desktop chrome no test or phone needs.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Chromium 156 starts its omnibox popup (a WebUI page, hundreds of files) in its own renderer even headless:
  // a core busy for the first second of every browser, which the client benchmarks measured as the app's start.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];
