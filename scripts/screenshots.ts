/**
 * The README's screenshots, taken from the built site as a reader would see it.
 *
 *   npm run screenshots   (builds first; writes docs/screenshots/*.png)
 *
 * Run through scripts/ensure-chromium.mjs, which puts a browser in CHROMIUM_PATH.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-args.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = 4179;
const base = `http://127.0.0.1:${PORT}`;

const server = spawn(process.execPath, ['scripts/serve.mjs', '--host', '127.0.0.1', '--port', String(PORT)], {
  cwd: root,
  stdio: 'ignore'
});

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the preview server did not start on ${base}`);
}

async function shoot(page: Page, path: string, name: string) {
  await page.goto(`${base}${path}`);
  // The timeline drawn across, or, on a phone, the story read top to bottom.
  await page.getByRole('region', { name: /^(Timeline|Linimasa)$/ }).waitFor();
  // An event opened by the link: its details (a chunk of their own) are in the picture.
  if (path.includes('#event='))
    await page.locator('.nt-panel, .nt-card-details blockquote').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${root}docs/screenshots/${name}.png` });
  console.log(`wrote docs/screenshots/${name}.png`);
}

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: CHROMIUM_ARGS
  });
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await shoot(desktop, '/', 'desktop');
  await shoot(desktop, '/#event=kim-departs-pyongyang-by-train-2019', 'desktop-open');
  const dark = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
  await shoot(dark, '/#event=hanoi-summit-2019', 'desktop-dark');
  const phone = await browser.newPage({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true
  });
  await shoot(phone, '/#event=putin-kim-summit-vladivostok-2019&lang=id', 'phone');
  await browser.close();
} finally {
  server.kill();
}
