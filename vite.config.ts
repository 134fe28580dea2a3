import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Tests never depend on the machine's zone: pinned to UTC unless the test script picks another on purpose
// (npm run test:unit runs the suite under UTC, UTC+14 and UTC-10).
process.env.TZ ??= 'UTC';

export default defineConfig({
  plugins: [sveltekit()],
  resolve: {
    // d3-zoom needs only `interrupt` from d3-transition: see src/lib/d3/transition-shim.ts.
    alias: [
      {
        find: /^d3-transition$/,
        replacement: fileURLToPath(new URL('src/lib/d3/transition-shim.ts', import.meta.url))
      }
    ]
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
