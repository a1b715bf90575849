/**
 * The shape of a command: its definition as Discord receives it, beside the
 * handler. Handlers return the reply rather than sending it, so every message
 * goes out through respond.ts and a handler can be tested without Discord.
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './context.js';
import type { Choice, Reply, Response } from './respond.js';

export interface SlashCommand {
  kind: 'slash';
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /**
   * Every reply (to the command, its buttons and its forms) is ephemeral. Such a
   * command's slow handlers (queued edits) are acknowledged privately before
   * Discord's three seconds run out, and their reply replaces the placeholder.
   */
  privateReplies?: boolean;
  /** Whether this use counts against the per-user cooldown: true for replies the whole channel sees. */
  throttled?(interaction: ChatInputCommandInteraction): boolean;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Response | Promise<Response>;
  /** Choices for the focused option; a command without it gets no suggestions. */
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): readonly Choice[];
  /**
   * Clicks on this command's buttons and submits of its forms: the dispatcher sends
   * it every custom id that starts with the command's name and a colon (`kb:...`).
   * Custom ids come from the client and may be stale or forged: handlers check them.
   */
  button?(interaction: ButtonInteraction, context: BotContext): Response | Promise<Response>;
  modalSubmit?(interaction: ModalSubmitInteraction, context: BotContext): Reply | Promise<Reply>;
}

export interface MessageMenuCommand {
  kind: 'message-menu';
  data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  throttled?(interaction: MessageContextMenuCommandInteraction): boolean;
  execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Reply | Promise<Reply>;
}

export type Command = SlashCommand | MessageMenuCommand;
