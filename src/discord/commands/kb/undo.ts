import { SlashCommandSubcommandBuilder } from 'discord.js';
import { actorOf } from './access.js';
import { inlineCode, orRefusal, say } from './replies.js';
import type { KbSubcommand } from './subcommand.js';

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('undo')
    .setDescription('Revert the latest change (recorded as a change itself; undo again to go further back)'),

  execute(interaction, context) {
    return orRefusal(async () => {
      const { change, entry } = await context.knowledge.undo(actorOf(interaction));
      const id = change?.entryId ? `\`${inlineCode(change.entryId)}\`` : 'the entry';
      const now = entry ? `${id} is back as it was.` : `${id} is gone again, as before the change.`;
      return say(`↩️ Undone: qa.yaml is byte for byte what it was before the latest change. ${now}`);
    });
  },
} satisfies KbSubcommand;
