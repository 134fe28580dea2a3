/**
 * The stand-ins both Vite configs (the site and the embed) put in place of two d3 packages whose shape
 * defeats tree-shaking: see src/lib/d3/transition-shim.ts and src/lib/d3/selection.ts. A Svelte site
 * using the package resolves the real packages.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
/** d3-selection's src/ folder, wherever npm put the package. */
const selectionSource = dirname(createRequire(import.meta.url).resolve('d3-selection'));

export const d3Aliases: Alias[] = [
  { find: /^d3-transition$/, replacement: here('../src/lib/d3/transition-shim.ts') },
  { find: /^d3-selection$/, replacement: here('../src/lib/d3/selection.ts') },
  { find: /^d3-selection-src\//, replacement: `${selectionSource}/` }
];
