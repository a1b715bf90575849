import { SlashCommandSubcommandBuilder } from 'discord.js';
import { entryForm, valuesOf } from './entryForm.js';
import { notFound, say, versionedEntry } from './replies.js';
import { idOption, type KbSubcommand } from './subcommand.js';

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('edit')
    .setDescription('Edit an entry (opens a form filled in with it)')
    .addStringOption(idOption(true)),

  execute(interaction, context) {
    const id = interaction.options.getString('id', true);
    const found = versionedEntry(context, id);
    if (!found) return say(notFound(id));
    const { entry, version } = found;
    // The form carries the version it shows: saving it over someone else's later change is refused.
    return entryForm({ kind: 'edit', entryId: entry.id, version }, `Edit ${entry.id}`, valuesOf(entry));
  },
} satisfies KbSubcommand;
