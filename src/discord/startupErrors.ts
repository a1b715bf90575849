/**
 * Turns the failures a user can fix (a wrong token, a missing intent, a bot not
 * in the guild) into one ConfigError line, which the CLI prints without a stack.
 */
import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, GatewayCloseCodes } from 'discord.js';
import { ConfigError } from '../config.js';

const TOKEN_REJECTED =
  'Configuration error: DISCORD_TOKEN was rejected by Discord; ' +
  'copy the token again from the Bot page of your application (see .env.example)';
// Discord's JSON error code for "Missing Access", e.g. registering commands in a guild the bot is not in.
const MISSING_ACCESS = 50001;

/** A ConfigError for a failure the user can fix, or the error unchanged. */
export function explainStartupError(error: unknown): unknown {
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
