/**
 * Builds the embed into build/embed/: `news-timeline.js` (the custom element, styles inlined), `resize.js`
 * (sizes iframes on a host page), and the curated dataset beside them (`timeline.json` and the archived
 * texts in `sources/`). Runs after the SvelteKit build, which writes the iframe page to the same folder.
 */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { aliases, dayjsModules } from './scripts/aliases.js';
import { curatedBundle } from './scripts/dataset-files.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const PLACEHOLDER = '__NEWS_TIMELINE_CSS__';

/**
 * Moves the bundle's CSS into the script as a string, for a constructed stylesheet: a strict CSP blocks
 * `<style>` elements and style attributes but not `CSSStyleSheet.replaceSync`, and one file means one
 * request and no flash of unstyled content.
 */
function inlineCss(): Plugin {
  return {
    name: 'news-timeline:inline-css',
    apply: 'build',
    // After Vite's own CSS plugin has emitted the stylesheet.
    enforce: 'post',
    generateBundle(_options, bundle) {
      let css = '';
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'asset' && name.endsWith('.css')) {
          css += String(file.source);
          delete bundle[name];
        }
      }
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.code.includes(PLACEHOLDER)) {
          file.code = file.code.replaceAll(PLACEHOLDER, JSON.stringify(css));
        }
      }
    }
  };
}

/**
 * Removes the chunks of the previous build: the folder is shared with the SvelteKit build (the iframe
 * page), so it is not emptied as a whole, and stale chunks would be served and counted.
 */
function cleanChunks(): Plugin {
  return {
    name: 'news-timeline:clean-chunks',
    apply: 'build',
    buildStart() {
      rmSync(`${root}build/embed/chunks`, { recursive: true, force: true });
    },
    // The build's manifest is for scripts/size.mjs, not for readers: out of the served folder.
    closeBundle() {
      renameSync(`${root}build/embed/.vite/manifest.json`, `${root}build/embed-manifest.json`);
      rmSync(`${root}build/embed/.vite`, { recursive: true, force: true });
    }
  };
}

/**
 * Writes into the script the reader's and the validator's chunks and the chunks they import, other than
 * the script itself (the files `preloadReader` in src/embed/trusted.ts asks for as the element connects),
 * in place of `__NEWS_TIMELINE_READER_IMPORTS__`.
 */
function readerImports(): Plugin {
  const READERS = ['src/lib/data/read.ts', 'src/lib/core/data/validate.ts'];
  return {
    name: 'news-timeline:reader-imports',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const readers = chunks.filter((chunk) =>
        READERS.some((path) => chunk.facadeModuleId === `${root}${path}`)
      );
      if (readers.length !== READERS.length) {
        this.error(`the reader's or the validator's chunk is missing: ${READERS.join(', ')}`);
      }
      const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
      const files = [...new Set(readers.flatMap((chunk) => [chunk.fileName, ...chunk.imports]))].filter(
        (file) => !entries.has(file)
      );
      for (const chunk of chunks) {
        if (chunk.code.includes(READER_IMPORTS)) {
          chunk.code = chunk.code.replaceAll(READER_IMPORTS, JSON.stringify(files.map((f) => `./${f}`)));
        }
      }
    }
  };
}
const READER_IMPORTS = '__NEWS_TIMELINE_READER_IMPORTS__';

/** The curated dataset, validated, as one file with its sources inline, and its fingerprint. */
const curated = await curatedBundle(`${root}data/events.json`);

/** The curated dataset as one file, the archived texts it names, and the types. */
function curatedData(): Plugin {
  return {
    name: 'news-timeline:curated-data',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'timeline.json', source: curated.json });
      // The element's TypeScript declarations ship beside it.
      this.emitFile({
        type: 'asset',
        fileName: 'news-timeline.d.ts',
        source: readFileSync(`${root}src/embed/news-timeline.d.ts`)
      });
      for (const [name, text] of Object.entries(curated.texts)) {
        this.emitFile({ type: 'asset', fileName: `sources/${name}`, source: text });
      }
    }
  };
}

export default defineConfig({
  plugins: [
    // No `window.__svelte` version marker: the embed leaves the host's globals alone.
    svelte({
      compilerOptions: {
        discloseVersion: false,
        // Short scoping classes: each appears in the stylesheet and the markup once per rule and element.
        cssHash: ({ hash, filename }) => `n${hash(filename).slice(0, 5)}`
      }
    }),
    cleanChunks(),
    inlineCss(),
    readerImports(),
    curatedData()
  ],
  resolve: {
    // Stand-ins that keep unused d3 code out, and dayjs as ES modules: see scripts/aliases.ts.
    alias: [...aliases, ...dayjsModules]
  },
  define: {
    // The embed trusts the dataset beside it when it is, byte for byte, the one validated here.
    __NEWS_TIMELINE_TRUSTED__: JSON.stringify(curated.fingerprint)
  },
  publicDir: false,
  build: {
    outDir: 'build/embed',
    emptyOutDir: false,
    target: 'es2022',
    // Library builds keep whitespace by default; this file ships to readers.
    minify: 'terser',
    // Terser's output, minified again by Rolldown, is 1 KB (gzipped) smaller than either alone.
    terserOptions: { compress: { passes: 3 }, module: true },
    cssCodeSplit: false,
    // What each chunk imports, statically and on demand: scripts/size.mjs reads the budgets from it
    // (moved out of the served folder by cleanChunks).
    manifest: true,
    lib: {
      entry: {
        'news-timeline': `${root}src/embed/element.svelte.ts`,
        resize: `${root}src/embed/resize.ts`
      },
      formats: ['es']
    },
    sourcemap: process.env.EMBED_SOURCEMAP === '1',
    rollupOptions: {
      preserveEntrySignatures: 'allow-extension',
      // No annotation comments in what ships: they served the bundler, not the reader (0.1 KB).
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false }
      }
    }
  }
});
