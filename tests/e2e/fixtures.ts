/**
 * The `test` and `expect` every browser test imports, instead of '@playwright/test'.
 *
 * Two rules are checked for every test, with nothing to call: each is an automatic fixture that watches the
 * browser while the test runs and fails the test at the end if the rule was broken, naming what broke it.
 */
import { test as base, expect } from '@playwright/test';

export type Options = {
  /**
   * Lets a test pass although the page logged errors, for tests that provoke them on purpose (a broken data
   * file, a failed request). Turn it on for a file or a describe block:
   *
   *     test.use({ allowConsoleErrors: true });
   */
  allowConsoleErrors: boolean;
  /**
   * Host names other than the site's that a test may load from: a blog on another origin
   * (tests/e2e/blog-server.ts serves one on `localhost`, the site being on `127.0.0.1`).
   *
   *     test.use({ otherHosts: ['localhost'] });
   */
  otherHosts: string[];
};

type Rules = {
  noConsoleErrors: void;
  noRequestsToOtherOrigins: void;
};

/** Where a console message or an uncaught error came from, for the failure message. */
function where(location: { url: string; lineNumber?: number; line?: number }): string {
  const line = location.lineNumber ?? location.line;
  return location.url ? ` (${location.url}${line ? `:${line}` : ''})` : '';
}

/** URLs that never leave the page: inline data, object URLs and blank frames. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export const test = base.extend<Options & Rules>({
  allowConsoleErrors: [false, { option: true }],
  otherHosts: [[], { option: true }],

  // Rule: no console errors and no uncaught exceptions.
  // Why: a page can look right in a test while a component threw or a resource failed to load, and a
  // reader of the published page would hit the broken part. An error in the console is a bug until a test
  // says otherwise (see allowConsoleErrors).
  noConsoleErrors: [
    async ({ context, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      // On the context, not the page: popups and pages a test opens itself are watched too.
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        errors.push(`console.error: ${message.text()}${where(message.location())}`);
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        errors.push(`uncaught ${error.name}: ${error.message}${where(webError.location())}`);
      });

      await use();

      if (errors.length > 0 && !allowConsoleErrors) {
        throw new Error(`The page logged ${errors.length} error(s):\n  ${errors.join('\n  ')}`);
      }
    },
    { auto: true }
  ],

  // Rule: every request stays on the site's own origin.
  // Why: the site is a self-contained static folder that must work offline, embedded and on any host. A
  // request elsewhere (a web font, a CDN script, an analytics beacon) is a dependency it must not have, leaks
  // readers' visits to a third party, and on these machines, which have no internet, would just hang.
  noRequestsToOtherOrigins: [
    async ({ context, baseURL, otherHosts }, use) => {
      const origin = baseURL ? new URL(baseURL).origin : undefined;
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (LOCAL_SCHEMES.has(url.protocol)) return;
        if (url.origin !== origin && !otherHosts.includes(url.hostname))
          foreign.push(`${request.method()} ${request.url()}`);
      });

      await use();

      if (foreign.length > 0) {
        throw new Error(
          `${foreign.length} request(s) left the site's origin (${origin ?? 'no baseURL is configured'}):\n  ` +
            foreign.join('\n  ')
        );
      }
    },
    { auto: true }
  ]
});

export { expect };
