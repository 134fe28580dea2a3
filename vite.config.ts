import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { d3Aliases } from './scripts/d3-aliases.js';

// Tests never depend on the machine's zone: pinned to UTC unless the test script picks another on purpose
// (npm run test:unit runs the suite under UTC, UTC+14 and UTC-10).
process.env.TZ ??= 'UTC';

export default defineConfig({
  plugins: [sveltekit()],
  resolve: {
    // Stand-ins for d3-transition and d3-selection that keep unused d3 code out: see scripts/d3-aliases.ts.
    alias: d3Aliases
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
