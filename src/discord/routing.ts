/**
 * Which handler answers an interaction: commands by name and kind, buttons and
 * forms by the owner that declared their custom-id prefix. Nothing is routed by
 * a prefix that merely happens to equal a command's name.
 */
import type { Interaction } from 'discord.js';
import type { Command, ComponentOwner, NamedComponentOwner } from './command.js';
import type { BotContext } from './context.js';
import { optionProblem } from './commandOptions.js';
import { malformedCommand, NOTICES, notice, throttled } from './notices.js';
import type { Reply, Response } from './respond.js';

export interface Routes {
  /** The command registered under `name`, if any. */
  command(name: string): Command | undefined;
  /** The owner of a custom id (`kb:list:2` → whoever declared `kb`), or null for an id nobody owns. */
  ownerOf(customId: string): ComponentOwner | null;
  /** The handler's response to `interaction`, or null when there is nothing to answer. */
  reply(interaction: Interaction): Promise<Response | null>;
}

/**
 * Builds the routes once, at start.
 * @throws Error when two owners (commands, or `owners` such as the answer buttons) declare the same prefix.
 */
export function createRoutes(
  context: BotContext,
  commands: readonly Command[],
  owners: readonly NamedComponentOwner[],
): Routes {
  const byName = new Map(commands.map((command) => [command.data.name, command]));
  const byPrefix = new Map<string, NamedComponentOwner>();
  const slashOwners = commands.flatMap((c) => (c.kind === 'slash' ? [{ ...c, name: `/${c.data.name}` }] : []));
  for (const owner of [...slashOwners, ...owners]) {
    for (const prefix of owner.customIdPrefixes ?? []) {
      const taken = byPrefix.get(prefix);
      if (taken) throw new Error(`custom-id prefix "${prefix}:" is declared by both ${taken.name} and ${owner.name}`);
      byPrefix.set(prefix, owner);
    }
  }
  const ownerOf = (customId: string): ComponentOwner | null =>
    byPrefix.get(customId.slice(0, customId.indexOf(':'))) ?? null;

  const cooldownNotice = (counts: boolean | undefined, userId: string): Reply | null => {
    if (!counts) return null;
    const decision = context.cooldown.take(userId);
    if (decision.allowed) return null;
    context.logger.info('throttled', { userId, retryAfterMs: decision.retryAfterMs });
    return notice(throttled(decision.retryAfterMs));
  };

  const reply = async (interaction: Interaction): Promise<Response | null> => {
    if (interaction.isButton()) {
      const button = ownerOf(interaction.customId)?.button;
      return button ? button(interaction, context) : notice(NOTICES.staleButton);
    }
    if (interaction.isModalSubmit()) {
      const modalSubmit = ownerOf(interaction.customId)?.modalSubmit;
      return modalSubmit ? modalSubmit(interaction, context) : notice(NOTICES.staleForm);
    }
    if (!interaction.isCommand()) return interaction.isRepliable() ? notice(NOTICES.staleButton) : null;
    const command = byName.get(interaction.commandName);
    // Dispatch on the pair, not the name alone: a forged payload could pair a known name with the wrong kind.
    if (interaction.isChatInputCommand() && command?.kind === 'slash') {
      const problem = optionProblem(command.data.options, interaction.options.data);
      if (problem) {
        context.logger.warn('malformed-command', { name: interaction.commandName, problem, userId: interaction.user.id });
        return notice(malformedCommand(problem));
      }
      return cooldownNotice(command.throttled?.(interaction), interaction.user.id) ?? command.execute(interaction, context);
    }
    if (interaction.isMessageContextMenuCommand() && command?.kind === 'message-menu') {
      return cooldownNotice(command.throttled?.(interaction), interaction.user.id) ?? command.execute(interaction, context);
    }
    context.logger.warn('unknown-command', { name: interaction.commandName, type: interaction.commandType });
    return notice(NOTICES.unknownCommand);
  };

  return { command: (name) => byName.get(name), ownerOf, reply };
}
