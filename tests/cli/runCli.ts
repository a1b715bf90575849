import { execFile } from 'node:child_process';
import { ROOT, dist } from '../support/built.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's compiled CLI scripts as `npm run` would, feeding `input` on standard input. */
export function runCli(script: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [dist(`cli/${script}`), ...args],
      { cwd: ROOT, env: { ...process.env, ...options.env }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr }),
    );
    child.stdin?.end(options.input ?? '');
  });
}
