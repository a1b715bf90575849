/**
 * `npm run build`: compiles src/ to dist/, one JavaScript file per TypeScript
 * file, so dist/ mirrors src/ and paths computed from import.meta.url (the
 * project root, the shard entry point) hold in both. esbuild only strips types,
 * in about a second; `npm run typecheck` (tsc) is what checks them.
 * Runs on `npm ci` (the prepare script) and before the tests (vitest's globalSetup).
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes dist/ afresh from src/; rejects with esbuild's errors (already printed) when a file does not parse. */
export async function buildDist() {
  // A file removed from src/ must not live on in dist/.
  await rm(`${root}dist`, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/**/*.ts'],
    outdir: 'dist',
    outbase: 'src',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDist();
