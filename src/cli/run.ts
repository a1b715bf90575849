import { ConfigError } from '../config.js';
import { KnowledgeError } from '../knowledge/issues.js';

/**
 * Runs a command-line entry point: problems a user can fix print one clear
 * message and exit with `userErrorCode` (default 1); anything else is a bug,
 * keeps its stack trace and exits 1.
 */
export function runCli(main: () => Promise<number | void>, userErrorCode = 1): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const userError = error instanceof KnowledgeError || error instanceof ConfigError;
      console.error(userError ? error.message : error);
      process.exitCode = userError ? userErrorCode : 1;
    },
  );
}
