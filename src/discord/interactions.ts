/**
 * The interaction dispatcher and its one error boundary: whatever a handler
 * throws is logged and answered with an ephemeral "something went wrong", and
 * never reaches the client (where it would be an unhandled rejection).
 */
import type { AutocompleteInteraction, Interaction } from 'discord.js';
import { replyInTime } from './acknowledgement.js';
import type { Command, NamedComponentOwner } from './command.js';
import { ANSWER_BUTTONS } from './commands/index.js';
import type { BotContext } from './context.js';
import { optionProblem, oneFocused } from './commandOptions.js';
import { NOTICES, notice } from './notices.js';
import { replyToInteraction, respond, respondWithChoices } from './respond.js';
import { createRoutes } from './routing.js';

export type InteractionHandler = (interaction: Interaction) => Promise<void>;

/**
 * The handler for every interaction: routes it (routing.ts), acknowledges it in time
 * when its handler is slow (acknowledgement.ts), sends the response, and is the error boundary.
 * @throws Error at creation when two owners declare the same custom-id prefix.
 */
export function createInteractionHandler(
  context: BotContext,
  commands: readonly Command[],
  owners: readonly NamedComponentOwner[] = [ANSWER_BUTTONS],
): InteractionHandler {
  const routes = createRoutes(context, commands, owners);

  const repliesPrivately = (interaction: Interaction): boolean => {
    if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
      return routes.ownerOf(interaction.customId)?.privateReplies === true;
    }
    const command = interaction.isCommand() ? routes.command(interaction.commandName) : undefined;
    return command?.kind === 'slash' && command.privateReplies === true;
  };

  const autocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const command = routes.command(interaction.commandName);
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
      const pending = routes.reply(interaction);
      const response = await replyInTime(interaction, pending, repliesPrivately(interaction), context.logger);
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
