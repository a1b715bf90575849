import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    // Discord tests log in a real client against a local fake; give them room on a 2-core CI machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Vitest leaves a core free by default, which on a 2-core machine runs every file in turn; most files here
    // wait on sockets and child processes rather than the CPU, so two at a time nearly halves the run.
    maxWorkers: 2,
    // Files share a worker's loaded modules (discord.js, the matcher's word lists) instead of importing them
    // afresh for each of the hundred files: 217 s → 102 s. Every test builds its own state; none relies on a fresh module.
    isolate: false,
  },
});
