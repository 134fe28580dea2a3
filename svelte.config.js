import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Runes everywhere: no legacy reactivity, so every component reads the same way.
    runes: true
  },
  kit: {
    // Every page is prerendered to plain HTML: the site is a folder any static host can serve.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    // The site defends itself: a strict Content-Security-Policy, in a <meta> tag of each prerendered
    // page (a static host sends no headers of ours). Scripts only from this origin, plus SvelteKit's
    // inline start-up script by its hash; never 'unsafe-inline' or 'unsafe-eval' for scripts. Styles
    // keep 'unsafe-inline' because the prerendered HTML carries style attributes (Svelte's `style:`
    // directives and the timeline's geometry variables), which CSP treats as inline styles; no hash
    // can allow an attribute without 'unsafe-hashes'. tests/e2e/csp.test.ts visits every route and
    // fails on any violation.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        // An event's media may be an image from its own host, shown only when the page is asked to
        // (`?media=remote`, Media.svelte); images only: no frame, script or connection elsewhere.
        'img-src': ['self', 'data:', 'blob:', 'https:', 'http:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
