/**
 * Registers the bot's commands with Discord: the same list the dispatcher uses,
 * in one guild (instant, for development) or globally.
 */
import { REST, Routes } from 'discord.js';
import type { RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from './command.js';
import { explainStartupError } from './startupErrors.js';

export interface DeployTarget {
  token: string;
  clientId: string;
  /** Register in this guild only; otherwise globally. */
  guildId?: string | undefined;
  /** REST base URL (DISCORD_API_URL), for a proxy or a fake Discord. */
  apiUrl?: string | undefined;
}

export interface DeployResult {
  scope: 'guild' | 'global';
  count: number;
}

export function commandPayload(commands: readonly Command[]): RESTPutAPIApplicationCommandsJSONBody {
  return commands.map((command) => command.data);
}

/** PUTs the whole list, which replaces whatever was registered before (removed commands disappear). */
export async function deployCommands(target: DeployTarget, commands: readonly Command[]): Promise<DeployResult> {
  const rest = new REST(target.apiUrl ? { api: target.apiUrl } : {}).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.clientId, target.guildId)
    : Routes.applicationCommands(target.clientId);
  const body = commandPayload(commands);
  try {
    await rest.put(route, { body });
  } catch (error) {
    throw explainStartupError(error, target.apiUrl);
  }
  return { scope: target.guildId ? 'guild' : 'global', count: body.length };
}
