import { ApplicationCommandType, ContextMenuCommandBuilder, InteractionContextType } from 'discord.js';
import { answerQuestion, type Asked } from '../answering.js';
import type { Command } from '../command.js';
import { spanish } from './spanish.js';
import { NOTICES, notice } from '../notices.js';

export default {
  kind: 'message-menu',
  data: new ContextMenuCommandBuilder()
    .setName('Ask the article')
    .setNameLocalizations(spanish('Preguntar al artículo'))
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .toJSON(),

  throttled: () => true,

  async execute(interaction, context) {
    // Discord includes the target's content for message commands, even without the Message Content intent.
    const text = interaction.targetMessage.content.trim();
    if (!text) return notice(NOTICES.emptyTargetMessage);
    const asked: Asked = {
      source: 'context-menu',
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      ephemeral: false,
      locale: interaction.locale,
    };
    return (await answerQuestion(text, context, asked)).reply;
  },
} satisfies Command;
