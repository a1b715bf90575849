import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    // Discord tests log in a real client against a local fake; give them room on a 2-core CI machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
