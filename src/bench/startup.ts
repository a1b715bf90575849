/**
 * Part 3 of the bench: start-up against the floor, `node -e 0` measured in the same
 * run (so a busy machine skews both alike). The offline answer (`npm run ask`) is
 * timed compiled (dist/, what the script runs) and through tsx (src/, for comparison).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface StartupFigures {
  /** `node -e 0`: wall-clock ms (best of the runs) and resident memory in bytes. */
  floorMs: number;
  floorRssBytes: number;
  /** `node dist/cli/ask.js "…"` and the same through tsx: wall-clock ms, best of the runs. */
  askCompiledMs: number;
  askTsxMs: number | null;
}

export const STARTUP_TARGETS = Object.freeze({ askRatio: 3, readyRssBytes: 110 * 1024 * 1024 });
const RUNS = 7;
const QUESTION = 'Who is Gustavo Petro?';

/** Times each command RUNS times, interleaved so that load on the machine falls on all of them. */
export async function measureStartup(root: string): Promise<StartupFigures> {
  const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
  const commands = {
    floor: ['-e', 'process.stdout.write(String(process.memoryUsage.rss()))'],
    compiled: [join(root, 'dist/cli/ask.js'), QUESTION],
    tsx: existsSync(tsx) ? [tsx, join(root, 'src/cli/ask.ts'), QUESTION] : null,
  };
  const best = { floor: Infinity, compiled: Infinity, tsx: Infinity };
  let floorRss = Number.NaN;
  for (let i = 0; i < RUNS; i++) {
    const floor = await timed(root, commands.floor);
    best.floor = Math.min(best.floor, floor.ms);
    floorRss = Number(floor.stdout);
    best.compiled = Math.min(best.compiled, (await timed(root, commands.compiled)).ms);
    if (commands.tsx) best.tsx = Math.min(best.tsx, (await timed(root, commands.tsx)).ms);
  }
  return {
    floorMs: best.floor,
    floorRssBytes: floorRss,
    askCompiledMs: best.compiled,
    askTsxMs: commands.tsx ? best.tsx : null,
  };
}

function timed(cwd: string, args: readonly string[]): Promise<{ ms: number; stdout: string }> {
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd }, (error, stdout) => {
      if (error) reject(error);
      else resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, stdout });
    });
  });
}
