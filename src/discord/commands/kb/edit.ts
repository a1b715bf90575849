import { SlashCommandSubcommandBuilder } from 'discord.js';
import { entryForm, valuesOf } from './entryForm.js';
import { entryById, notFound, say } from './replies.js';
import { idOption, type KbSubcommand } from './subcommand.js';

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('edit')
    .setDescription('Edit an entry (opens a form filled in with it)')
    .addStringOption(idOption(true)),

  execute(interaction, context) {
    const id = interaction.options.getString('id', true);
    const entry = entryById(context, id);
    const version = context.knowledge.versionOf(id);
    if (!entry || !version) return say(notFound(id));
    // The form carries the version it shows: saving it over someone else's later change is refused.
    return entryForm({ kind: 'edit', entryId: entry.id, version }, `Edit ${entry.id}`, valuesOf(entry));
  },
} satisfies KbSubcommand;
