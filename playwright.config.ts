import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium-args.js';

// Browser tests: `npm run test:e2e` (add a file or a -g pattern after `--` to run fewer).
// That script runs scripts/ensure-chromium.mjs first, which finds or installs a Chromium and passes its path
// here in CHROMIUM_PATH: Playwright cannot download its own browsers on these machines.

// E2E_PORT lets a second run go on beside another (each serves its own build).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;

/** CHROMIUM_PATH from the npm script; else Debian's Chromium if present; else Playwright's own browser. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.test.ts',
  fullyParallel: true,
  // The machines have 2 cores, and the preview server needs some of them too.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // A stray test.only must not silently skip the rest of the suite on CI.
  forbidOnly: !!process.env.CI,
  // Console output only: no HTML report (artifacts of failures go to test-results/, which git ignores).
  reporter: 'list',
  use: {
    baseURL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS
    }
  },
  projects: [
    {
      name: 'chromium',
      // Not devices['Desktop Chrome']: its user agent names Playwright's Chrome build, not the one running.
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } }
    }
  ],
  // The production build, served as a static host would (scripts/serve.mjs): built once per run, shared by
  // every test.
  webServer: {
    command: `npm run build && node scripts/serve.mjs --host 127.0.0.1 --port ${PORT}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe'
  }
});
