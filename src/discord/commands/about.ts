import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';
import { ANSWER_COLOUR, sourceLine } from '../render/answer.js';
import { escapeText } from '../text.js';

// Written out rather than generated from the command list: it explains how to
// ask, which the one-line command descriptions cannot.
const HOW_TO_ASK = [
  '• **Mention me** with a question: `@me why did Petro stop sharing intelligence?`',
  '• **Reply** to someone’s message and mention me: I answer the question in that message.',
  '• **Right-click a message → Apps → Ask the article** to answer the question in it.',
  '• **Direct message** me a question.',
].join('\n');

const COMMANDS = [
  '`/ask question [private]`: ask a question; suggestions appear as you type, `private` shows the answer to you only.',
  '`/quote [speaker] [search]`: a direct quotation from the article, by speaker, by words in it, or at random.',
  '`/about`: this message.',
].join('\n');

export default {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('about')
    .setDescription('What this bot knows and how to ask it')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .toJSON(),

  execute(_interaction, context) {
    const { article } = context.knowledge.current.knowledge;
    return {
      ephemeral: true,
      embeds: [
        {
          color: ANSWER_COLOUR,
          title: 'About this bot',
          description:
            `I answer questions about one news article: **${escapeText(sourceLine(article))}**. ` +
            'Every answer quotes the article word for word; when the article does not say, I tell you so.',
          fields: [
            { name: 'How to ask', value: HOW_TO_ASK },
            { name: 'Commands', value: COMMANDS },
          ],
        },
      ],
    };
  },
} satisfies Command;
