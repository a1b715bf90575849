/**
 * One /kb subcommand: its definition (kb/index.ts adds it to the command) and its
 * handler. Handlers run only after the moderator check in kb/index.ts, and
 * return their reply like every other command.
 */
import type { ChatInputCommandInteraction, SlashCommandStringOption, SlashCommandSubcommandBuilder } from 'discord.js';
import type { BotContext } from '../../context.js';
import type { Response } from '../../respond.js';
import { ENTRY_LIMITS } from '../../../knowledge/schema.js';

export interface KbSubcommand {
  data: SlashCommandSubcommandBuilder;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Response | Promise<Response>;
}

/** The `id` option of the subcommands about one entry: suggested as the moderator types. */
export function idOption(required: boolean) {
  return (option: SlashCommandStringOption) =>
    option
      .setName('id')
      .setDescription('The entry (pick from the suggestions as you type)')
      .setRequired(required)
      .setMaxLength(ENTRY_LIMITS.id)
      .setAutocomplete(true);
}
