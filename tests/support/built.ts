import { fileURLToPath } from 'node:url';

/** The project root, where the tests start child processes. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The absolute path of a compiled entry point, e.g. `dist('index')` for dist/index.js (built by tests/globalSetup.ts). */
export function dist(entry: string): string {
  return fileURLToPath(new URL(`../../dist/${entry}.js`, import.meta.url));
}
