/**
 * The flags every headless Chromium of this project starts with: the browser tests, the screenshots and
 * the benchmark. One list, so a flag the machines need is never missing from one of them.
 */
export const CHROMIUM_ARGS = [
  // Tests run as root in containers, where Chromium's sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  // No network but the local server: without these Chromium keeps calling Google's services.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
];
