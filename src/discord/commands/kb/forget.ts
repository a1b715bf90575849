/**
 * Deletes one reader's votes on request, as Discord's developer policy expects.
 * Votes are the only thing kept that can be tied to a user (through a hash of
 * their id); questions are stored without who asked them.
 */
import { SlashCommandSubcommandBuilder } from 'discord.js';
import { say } from './replies.js';
import type { KbSubcommand } from './subcommand.js';

const SNOWFLAKE = /^\d{17,20}$/;

/** A user id from what a moderator pasted: the id itself or a mention (<@id>, <@!id>); null otherwise. */
export function userIdFrom(text: string): string | null {
  const id = text.trim().replace(/^<@!?(\d+)>$/, '$1');
  return SNOWFLAKE.test(id) ? id : null;
}

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('forget')
    .setDescription('Delete every vote a reader made, at their request')
    .addStringOption((option) =>
      option.setName('user').setDescription('The reader: their user id, or a mention').setRequired(true).setMaxLength(40),
    ),

  async execute(interaction, context) {
    const userId = userIdFrom(interaction.options.getString('user', true));
    if (!userId) return say('That is not a user: give their user id (17–20 digits, from Copy User ID) or a mention.');
    const deleted = await context.feedback.forgetUser(userId);
    const votes = `${deleted} vote${deleted === 1 ? '' : 's'}`;
    return say(`🗑️ Deleted ${votes} by <@${userId}>. Nothing else stored names them: questions are kept without who asked.`);
  },
} satisfies KbSubcommand;
