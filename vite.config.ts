import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { aliases } from './scripts/aliases.js';

// Tests never depend on the machine's zone: pinned to UTC unless the test script picks another on purpose
// (npm run test:unit runs the suite under UTC, UTC+14 and UTC-10).
process.env.TZ ??= 'UTC';

export default defineConfig({
  plugins: [sveltekit()],
  resolve: {
    // Stand-ins that keep unused d3 code out: see scripts/aliases.ts.
    alias: aliases
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // d3-zoom and d3-drag go through Vite rather than straight to Node, so that their imports of
    // d3-selection and d3-transition meet the aliases above, as in the bundles (d3-stand-ins.test.ts).
    server: { deps: { inline: ['d3-zoom', 'd3-drag'] } }
  }
});
