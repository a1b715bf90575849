/**
 * What the bot checks before it starts, so that a setting a user can fix ends
 * the start-up with one line naming the variable, the path and what to do,
 * instead of log lines from deep inside the store and a stack trace.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from './config.js';
import { KnowledgeError, formatIssue } from './knowledge/issues.js';
import type { Logger } from './logger.js';

const FOLDER_PROBLEMS: Readonly<Record<string, string>> = {
  ENOTDIR: 'part of that path is a file, not a folder',
  EEXIST: 'it is a file, not a folder',
  EACCES: 'the bot may not create or write files there',
  EPERM: 'the bot may not create or write files there',
  EROFS: 'it is on a read-only file system',
  ENOSPC: 'the disk is full',
};

/**
 * Creates `path` if needed and writes (then removes) a probe file in it.
 * @throws ConfigError naming `variable` and `path` when the folder cannot be used; other errors unchanged.
 */
export async function checkWritableFolder(path: string, variable: string): Promise<void> {
  const probe = join(path, `.write-check-${process.pid}`);
  try {
    await mkdir(path, { recursive: true });
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const problem = FOLDER_PROBLEMS[code];
    if (!problem) throw error;
    throw new ConfigError(
      `Configuration error: ${variable} (${path}) cannot be used: ${problem} (${code}); ` +
        `set ${variable} to a folder the bot can create and write (see .env.example)`,
    );
  }
}

/**
 * The knowledge's problems said in one line for a start-up log (kb:check lists them all).
 * @returns a ConfigError for a KnowledgeError, or the error unchanged.
 */
export function explainKnowledgeError(error: unknown, knowledgeDir: string): unknown {
  if (!(error instanceof KnowledgeError)) return error;
  const [first] = error.issues;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return new ConfigError(
    `Configuration error: the knowledge in KNOWLEDGE_DIR (${knowledgeDir}) fails its checks: ` +
      `${first ? formatIssue(first) : 'unknown problem'}${more}; run \`npm run kb:check\` to see every problem`,
  );
}

/**
 * Ends the process with one structured log line on an error nothing caught: the
 * state after it is unknown, so carrying on would be worse. pino writes what it
 * buffered on exit.
 */
export function exitOnUncaughtErrors(
  logger: Logger,
  target: NodeJS.EventEmitter = process,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  target.on('uncaughtException', (error: unknown) => {
    logger.error('uncaught-exception', { error });
    exit(1);
  });
  target.on('unhandledRejection', (reason: unknown) => {
    logger.error('unhandled-rejection', { error: reason });
    exit(1);
  });
}
