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

/**
 * Buttons and forms that one owner answers: every custom id whose text before the
 * first colon is one of `customIdPrefixes` (`kb` owns `kb:list:2`). The dispatcher
 * refuses to start when two owners declare the same prefix.
 * Custom ids come from the client and may be stale or forged: handlers check them.
 */
export interface ComponentOwner {
  customIdPrefixes?: readonly string[];
  /**
   * Every reply (to the command, its buttons and its forms) is ephemeral, so a slow
   * one is acknowledged with a private "thinking…" rather than a public one.
   */
  privateReplies?: boolean;
  button?(interaction: ButtonInteraction, context: BotContext): Response | Promise<Response>;
  modalSubmit?(interaction: ModalSubmitInteraction, context: BotContext): Reply | Promise<Reply>;
}

/** A ComponentOwner that is not a command, e.g. the buttons under answers; named in a collision error. */
export interface NamedComponentOwner extends ComponentOwner {
  name: string;
}

export interface SlashCommand extends ComponentOwner {
  kind: 'slash';
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether this use counts against the per-user cooldown: true for replies the whole channel sees. */
  throttled?(interaction: ChatInputCommandInteraction): boolean;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Response | Promise<Response>;
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
