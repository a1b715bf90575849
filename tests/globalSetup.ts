/**
 * Builds dist/ once before the tests, as `npm run build` does: the tests that start
 * the bot, its shards or the CLI as processes run the compiled JavaScript, as
 * production does, and skip loading tsx in every child.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
