import { ConfigError } from '../config.js';
import { KnowledgeError } from '../knowledge/issues.js';

/**
 * Runs a command-line entry point: problems a user can fix print one clear
 * message and exit 1; anything else is a bug and keeps its stack trace.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      if (error instanceof KnowledgeError || error instanceof ConfigError) console.error(error.message);
      else console.error(error);
      process.exitCode = 1;
    },
  );
}
