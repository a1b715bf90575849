/**
 * The interaction dispatcher and its one error boundary: whatever a handler
 * throws is logged and answered with an ephemeral "something went wrong", and
 * never reaches the client (where it would be an unhandled rejection).
 */
import type { AutocompleteInteraction, Interaction } from 'discord.js';
import { handleButton } from './buttons.js';
import type { Command, SlashCommand } from './command.js';
import type { BotContext } from './context.js';
import { optionProblem, oneFocused } from './commandOptions.js';
import { malformedCommand, NOTICES, notice, throttled } from './notices.js';
import { acknowledgePrivately, replyToInteraction, respond, respondWithChoices, type Reply, type Response } from './respond.js';

export type InteractionHandler = (interaction: Interaction) => Promise<void>;

// Discord drops an interaction not answered within three seconds; leave room for the round trip.
const ACKNOWLEDGE_AFTER_MS = 2_000;

export function createInteractionHandler(context: BotContext, commands: readonly Command[]): InteractionHandler {
  const byName = new Map(commands.map((command) => [command.data.name, command]));

  // A command's own buttons and forms carry its name before the first colon ("kb:list:2").
  const ownerOf = (customId: string): SlashCommand | null => {
    const owner = byName.get(customId.slice(0, customId.indexOf(':')));
    return owner?.kind === 'slash' ? owner : null;
  };

  const reply = async (interaction: Interaction): Promise<Response | null> => {
    if (interaction.isButton()) {
      const owner = ownerOf(interaction.customId);
      return owner?.button ? owner.button(interaction, context) : handleButton(interaction, context);
    }
    if (interaction.isModalSubmit()) {
      const owner = ownerOf(interaction.customId);
      return owner?.modalSubmit ? owner.modalSubmit(interaction, context) : notice(NOTICES.staleForm);
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

  // Commands whose replies are all private may be acknowledged before their reply is ready.
  const mayAcknowledge = (interaction: Interaction): boolean => {
    if (interaction.isButton()) {
      const owner = ownerOf(interaction.customId);
      // The buttons under answers (votes, "did you mean") all reply privately; a vote waits for the feedback log.
      return owner?.button ? owner.privateReplies === true : true;
    }
    if (interaction.isModalSubmit()) return ownerOf(interaction.customId)?.privateReplies === true;
    if (!interaction.isChatInputCommand()) return false;
    const command = byName.get(interaction.commandName);
    return command?.kind === 'slash' && command.privateReplies === true;
  };

  const replyInTime = async (interaction: Interaction): Promise<Response | null> => {
    const pending = reply(interaction);
    if (!interaction.isRepliable() || !mayAcknowledge(interaction)) return pending;
    let acknowledged: Promise<void> | null = null;
    const timer = setTimeout(() => {
      acknowledged = acknowledgePrivately(interaction).catch((error: unknown) => {
        // The reply that follows will fail too, and the error boundary hears of it.
        context.logger.warn('acknowledge-failed', { ...describe(interaction), error });
      });
    }, ACKNOWLEDGE_AFTER_MS);
    try {
      return await pending;
    } finally {
      clearTimeout(timer);
      await acknowledged;
    }
  };

  const autocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const command = byName.get(interaction.commandName);
    // An empty list is Discord's "no suggestions": the right answer for a command that has none.
    // A request naming options the command lacks, or typing into none, has nothing to suggest.
    const { data } = interaction.options;
    const fits = command?.kind === 'slash' && !optionProblem(command.data.options, data, true) && oneFocused(data);
    const choices = fits && command.autocomplete ? command.autocomplete(interaction, context) : [];
    await respondWithChoices(interaction, choices);
  };

  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) return await autocomplete(interaction);
      const response = await replyInTime(interaction);
      if (response && interaction.isRepliable()) await respond(interaction, response);
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
