import { ButtonStyle, SlashCommandSubcommandBuilder } from 'discord.js';
import type { ButtonInteraction } from 'discord.js';
import type { BotContext } from '../../context.js';
import type { Reply } from '../../respond.js';
import { actorOf } from './access.js';
import { kbButton, row } from './components.js';
import type { KbButton } from './customIds.js';
import { entryById, entryName, notFound, orRefusal, say, versionedEntry } from './replies.js';
import { idOption, type KbSubcommand } from './subcommand.js';

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('remove')
    .setDescription('Remove an entry (asks you to confirm)')
    .addStringOption(idOption(true)),

  execute(interaction, context) {
    const id = interaction.options.getString('id', true);
    const found = versionedEntry(context, id);
    if (!found) return say(notFound(id));
    const { entry, version } = found;
    return {
      content: `Remove ${entryName(entry)}? Readers will no longer get its answer. \`/kb undo\` brings it back.`,
      // The button carries the version shown here: if the entry changes before the click, nothing is removed.
      components: [
        row(
          kbButton({ kind: 'remove', entryId: entry.id, version }, 'Remove', ButtonStyle.Danger),
          kbButton({ kind: 'cancel' }, 'Cancel'),
        ),
      ],
      ephemeral: true,
    };
  },
} satisfies KbSubcommand;

export function confirmRemoval(
  action: Extract<KbButton, { kind: 'remove' }>,
  interaction: ButtonInteraction,
  context: BotContext,
): Promise<Reply> {
  return orRefusal(async () => {
    const before = entryById(context, action.entryId);
    if (!before) return { ...say(notFound(action.entryId)), components: [], update: true };
    await context.knowledge.remove(action.entryId, actorOf(interaction), action.version);
    return { ...say(`🗑️ Removed ${entryName(before)}. \`/kb undo\` brings it back.`), components: [], update: true };
  });
}

export function cancelled(): Reply {
  return { ...say('Cancelled: nothing was changed.'), components: [], update: true };
}
