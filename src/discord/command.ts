/**
 * The shape of a command: its definition as Discord receives it, beside the
 * handler. Handlers return the reply rather than sending it, so every message
 * goes out through respond.ts and a handler can be tested without Discord.
 */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './context.js';
import type { Choice, Reply } from './respond.js';

export interface SlashCommand {
  kind: 'slash';
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether this use counts against the per-user cooldown: true for replies the whole channel sees. */
  throttled?(interaction: ChatInputCommandInteraction): boolean;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Reply | Promise<Reply>;
  /** Choices for the focused option; a command without it gets no suggestions. */
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): readonly Choice[];
}

export interface MessageMenuCommand {
  kind: 'message-menu';
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  throttled?(interaction: MessageContextMenuCommandInteraction): boolean;
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Reply | Promise<Reply>;
}

export type Command = SlashCommand | MessageMenuCommand;
