/**
 * What both Vite configs (the site and the embed) resolve differently from Node, to keep the bundles
 * small: our own stand-ins for two d3 packages whose shape defeats tree-shaking (see
 * src/lib/d3/transition-shim.ts and src/lib/d3/selection.ts), and, for the embed, dayjs's ES modules.
 * Only these aliases reach the stand-ins: a Svelte site using the package resolves the real packages.
 */
import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const aliases: Alias[] = [
  { find: /^d3-transition$/, replacement: here('../src/lib/d3/transition-shim.ts') },
  { find: /^d3-selection$/, replacement: here('../src/lib/d3/selection.ts') }
];

/**
 * dayjs's own ES modules rather than its UMD files: no CommonJS wrapper in the embed's bundle. For the
 * embed only: its ES files use extensionless imports, which Node refuses when SvelteKit prerenders.
 */
export const dayjsModules: Alias[] = [
  { find: /^dayjs$/, replacement: 'dayjs/esm/index.js' },
  { find: /^dayjs\/plugin\/(\w+)\.js$/, replacement: 'dayjs/esm/plugin/$1/index.js' },
  { find: /^dayjs\/locale\/(\w+)\.js$/, replacement: 'dayjs/esm/locale/$1.js' }
];
