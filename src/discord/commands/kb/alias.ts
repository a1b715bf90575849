import { SlashCommandSubcommandBuilder } from 'discord.js';
import { actorOf } from './access.js';
import { entryName, orRefusal, probe, say, warningLines } from './replies.js';
import { idOption, type KbSubcommand } from './subcommand.js';
import { ENTRY_LIMITS } from '../../../knowledge/schema.js';

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('alias')
    .setDescription('Add another way of asking to an entry: the quickest fix for a missed question')
    .addStringOption(idOption(true))
    .addStringOption((option) =>
      option.setName('question').setDescription('The question as people ask it').setRequired(true).setMaxLength(ENTRY_LIMITS.question),
    ),

  execute(interaction, context) {
    const id = interaction.options.getString('id', true);
    const question = interaction.options.getString('question', true);
    return orRefusal(async () => {
      const result = await context.knowledge.addAlternate(id, question, actorOf(interaction));
      const entry = result.entry;
      if (!entry) return say('The entry is gone.');
      const done = result.change ? `✅ Added to ${entryName(entry)}.` : `${entryName(entry)} already has that way of asking.`;
      return say(`${done}\n${probe(question, entry.id, context)}${warningLines(result.warnings)}`);
    });
  },
} satisfies KbSubcommand;
