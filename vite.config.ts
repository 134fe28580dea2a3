import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Tests never depend on the machine's zone: pinned to UTC unless the test script picks another on purpose
// (npm run test:unit runs the suite under UTC, UTC+14 and UTC-10).
process.env.TZ ??= 'UTC';

export default defineConfig({
  plugins: [sveltekit()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
