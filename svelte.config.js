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
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true })
  }
};

export default config;
