/**
 * The interaction dispatcher and its one error boundary: whatever a handler
 * throws is logged and answered with an ephemeral "something went wrong", and
 * never reaches the client (where it would be an unhandled rejection).
 */
import type { AutocompleteInteraction, Interaction } from 'discord.js';
import { handleButton } from './buttons.js';
import type { Command } from './command.js';
import type { BotContext } from './context.js';
import { NOTICES, notice, throttled } from './notices.js';
import { replyToInteraction, respondWithChoices, type Reply } from './respond.js';

export type InteractionHandler = (interaction: Interaction) => Promise<void>;

export function createInteractionHandler(context: BotContext, commands: readonly Command[]): InteractionHandler {
  const byName = new Map(commands.map((command) => [command.data.name, command]));

  const reply = async (interaction: Interaction): Promise<Reply | null> => {
    if (interaction.isButton()) return handleButton(interaction, context);
    if (!interaction.isCommand()) return interaction.isRepliable() ? notice(NOTICES.staleButton) : null;
    const command = byName.get(interaction.commandName);
    // Dispatch on the pair, not the name alone: a forged payload could pair a known name with the wrong kind.
    if (interaction.isChatInputCommand() && command?.kind === 'slash') {
      return (
        cooldownNotice(command.throttled?.(interaction), interaction.user.id) ?? command.execute(interaction, context)
      );
    }
    if (interaction.isMessageContextMenuCommand() && command?.kind === 'message-menu') {
      return (
        cooldownNotice(command.throttled?.(interaction), interaction.user.id) ?? command.execute(interaction, context)
      );
    }
    context.logger.warn('unknown-command', { name: interaction.commandName, type: interaction.commandType });
    return notice(NOTICES.unknownCommand);
  };

  const cooldownNotice = (counts: boolean | undefined, userId: string): Reply | null => {
    if (!counts) return null;
    const decision = context.cooldown.take(userId);
    if (decision.allowed) return null;
    context.logger.info('throttled', { userId, retryAfterMs: decision.retryAfterMs });
    return notice(throttled(decision.retryAfterMs));
  };

  const autocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const command = byName.get(interaction.commandName);
    // An empty list is Discord's "no suggestions": the right answer for a command that has none.
    const choices = command?.kind === 'slash' && command.autocomplete ? command.autocomplete(interaction, context) : [];
    await respondWithChoices(interaction, choices);
  };

  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) return await autocomplete(interaction);
      const response = await reply(interaction);
      if (response && interaction.isRepliable()) await replyToInteraction(interaction, response);
    } catch (error) {
      context.logger.error('interaction-failed', { ...describe(interaction), error });
      await apologise(interaction, context);
    }
  };
}

async function apologise(interaction: Interaction, context: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await respondWithChoices(interaction, []);
    } else if (interaction.isRepliable()) {
      await replyToInteraction(interaction, notice(NOTICES.somethingWentWrong));
    }
  } catch (error) {
    // Discord may be unreachable or the interaction expired: nothing left to tell the user.
    context.logger.error('apology-failed', { ...describe(interaction), error });
  }
}

function describe(interaction: Interaction): Record<string, unknown> {
  return {
    interactionId: interaction.id,
    type: interaction.type,
    ...(interaction.isCommand() || interaction.isAutocomplete() ? { command: interaction.commandName } : {}),
    ...(interaction.isMessageComponent() ? { customId: interaction.customId } : {}),
    userId: interaction.user.id,
    guildId: interaction.guildId,
  };
}
