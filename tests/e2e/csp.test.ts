/**
 * The site defends itself: every page carries a strict Content-Security-Policy (svelte.config.js,
 * `kit.csp`: scripts from this origin and SvelteKit's start-up script by its hash, no 'unsafe-inline'
 * for scripts, `object-src 'none'`, `base-uri 'self'`), and using each route breaks none of it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Records every CSP violation the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`
      )
    );
  });
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
    ...logged
  ];
}

for (const [route, ready] of [
  ['/', 'Zoom in'],
  ['/embed/', 'Zoom in'],
  ['/make/', null],
  ['/hosting/', 'Hosting the embed'],
  ['/#event=no-such-event', 'Zoom in'],
  ['/event/hanoi-summit-2019/', 'Zoom in'],
  ['/id/event/hanoi-summit-2019/', 'Perbesar']
] as const) {
  test(`${route} carries a strict policy and breaks none of it`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(route);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'self'/);
    if (route === '/hosting/') {
      // A page of text: nothing to use but its link home.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ready!);
    } else if (ready) {
      // Open the first mark (an event's panel, or a cluster zoomed into), then zoom: the panel's and the
      // gestures' chunks load, with their styles.
      await page
        .getByRole('group', { name: /^(Events|Peristiwa)$/ })
        .getByRole('button')
        .first()
        .click();
      const zoomIn = page.getByRole('button', { name: ready, exact: true }).first();
      if (await zoomIn.isEnabled()) await zoomIn.click();
    } else {
      await page.getByRole('textbox', { name: /^Dataset/ }).fill('{"events": [');
      await expect(page.getByRole('status')).toContainText('invalid JSON');
    }
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
}
