/**
 * Debian's Chromium, never a downloaded browser build, with the flags this machine's closed
 * network needs (background services would try to reach Google's hosts). Shared by the
 * Playwright suite and the Lighthouse script.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
