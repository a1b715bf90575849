/**
 * Turns the failures a user can fix (a wrong token, a missing intent, a bot not
 * in the guild, a Discord API that cannot be reached) into one ConfigError line,
 * which the CLI prints without a stack.
 */
import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, GatewayCloseCodes } from 'discord.js';
import { ConfigError } from '../config.js';

const TOKEN_REJECTED =
  'Configuration error: DISCORD_TOKEN was rejected by Discord; ' +
  'copy the token again from the Bot page of your application (see .env.example)';
// Discord's JSON error code for "Missing Access", e.g. registering commands in a guild the bot is not in.
const MISSING_ACCESS = 50001;
// Connection failures: nothing Discord said, so the network or DISCORD_API_URL is at fault.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * A ConfigError for a failure the user can fix, or the error unchanged.
 * `apiUrl` is DISCORD_API_URL when set, named in the message when Discord cannot be reached.
 */
export function explainStartupError(error: unknown, apiUrl?: string): unknown {
  const code = connectionCode(error);
  if (code) {
    return new ConfigError(
      `Configuration error: cannot reach Discord at ${apiUrl ?? 'https://discord.com/api'} (${code}); ` +
        'check the network, or DISCORD_API_URL if it is set (see .env.example)',
    );
  }
  const tokenInvalid = error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid;
  if (tokenInvalid || (error instanceof DiscordAPIError && error.status === 401)) return new ConfigError(TOKEN_REJECTED);
  if (error instanceof DiscordAPIError && error.code === MISSING_ACCESS) {
    return new ConfigError(
      'Configuration error: Discord refused access; check that DISCORD_CLIENT_ID is this bot’s application ' +
        'and that the bot was invited to GUILD_ID with the applications.commands scope (see .env.example)',
    );
  }
  return error;
}

/** Why Discord closed the gateway for good (discord.js does not reconnect after these codes). */
export function explainFatalClose(code: number): ConfigError {
  switch (code) {
    case GatewayCloseCodes.AuthenticationFailed:
      return new ConfigError(TOKEN_REJECTED);
    case GatewayCloseCodes.DisallowedIntents:
      return new ConfigError(
        'Configuration error: QA_CHANNEL_IDS needs the privileged Message Content intent; ' +
          'enable it on the Bot page of your application, or leave QA_CHANNEL_IDS empty (see .env.example)',
      );
    default:
      return new ConfigError(`Discord closed the gateway connection for good (close code ${code}); cannot continue`);
  }
}

// undici puts the system error on `cause` ("fetch failed"); other clients throw it as it is.
function connectionCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 3; e = e.cause, depth++) {
    if ('code' in e && typeof e.code === 'string' && UNREACHABLE.has(e.code)) return e.code;
  }
  return undefined;
}
