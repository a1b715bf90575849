/**
 * Clicks on the buttons under the bot's replies: votes and "ask this" buttons.
 */
import type { ButtonInteraction } from 'discord.js';
import { answerEntry, type Asked } from './answering.js';
import type { BotContext } from './context.js';
import { NOTICES, notice } from './notices.js';
import { parseCustomId } from './render/components.js';
import type { Reply } from './respond.js';
import { findEntry } from '../knowledge/schema.js';

export async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<Reply> {
  const action = parseCustomId(interaction.customId);
  if (!action) return notice(NOTICES.staleButton);
  const entry = findEntry(context.knowledge.current.knowledge.entries, action.entryId);
  // The knowledge may have changed since the button was drawn, or the id was forged.
  if (!entry) return notice(NOTICES.entryGone);

  if (action.kind === 'ask') {
    // Shown to the clicker only: one person exploring related questions should not fill the channel.
    const asked: Asked = {
      source: 'button',
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      ephemeral: true,
    };
    return answerEntry(entry.id, context, asked) ?? notice(NOTICES.entryGone);
  }

  const { firstVote } = await context.feedback.recordVote({
    entryId: entry.id,
    question: entry.question,
    helpful: action.helpful,
    userId: interaction.user.id,
    time: new Date().toISOString(),
  });
  context.logger.info('vote', { entryId: entry.id, helpful: action.helpful, counted: firstVote });
  if (!firstVote) return notice(NOTICES.alreadyVoted);
  return notice(action.helpful ? NOTICES.votedHelpful : NOTICES.votedNotHelpful);
}
