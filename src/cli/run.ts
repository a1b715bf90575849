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
      const userError = isUserError(error);
      console.error(userError && error instanceof Error ? error.message : error);
      process.exitCode = userError ? userErrorCode : 1;
    },
  );
}

/**
 * True for problems the user can fix: bad configuration, a knowledge file that does not
 * validate, or an option the command does not have (node:util's parseArgs throws a
 * TypeError whose code starts with ERR_PARSE_ARGS, "Unknown option '--hlep'").
 */
export function isUserError(error: unknown): boolean {
  return error instanceof KnowledgeError || error instanceof ConfigError || isArgumentError(error);
}

/** True for node:util parseArgs's errors about the command line, whose `code` names the problem ("ERR_PARSE_ARGS_UNKNOWN_OPTION"). */
export function isArgumentError(error: unknown): error is TypeError & { code: string } {
  return error instanceof TypeError && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS');
}
