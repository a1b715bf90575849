import { SlashCommandSubcommandBuilder } from 'discord.js';
import { statsChartFile } from '../../render/statsChartFile.js';
import { escapeUserText } from '../../text.js';
import { entryById, entryName, inlineCode, KB_COLOUR, percent } from './replies.js';
import type { KbSubcommand } from './subcommand.js';

const TOP = 5;

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('stats')
    .setDescription('Questions asked, share answered, most asked entries and unanswered questions, ratings'),

  async execute(_interaction, context) {
    const stats = await context.feedback.stats(TOP);
    const chart = await statsChartFile(context, stats);
    const topEntries = stats.topEntries.map(({ entryId, count }) => {
      const entry = entryById(context, entryId);
      return `${count} × ${entry ? entryName(entry) : `\`${inlineCode(entryId)}\` (removed)`}`;
    });
    const topUnanswered = stats.topUnanswered.map(({ question, count }) => `${count} × “${escapeUserText(question, 120)}”`);
    const list = (lines: string[]) => lines.join('\n') || 'none yet';
    return {
      embeds: [
        {
          color: KB_COLOUR,
          title: 'Questions and ratings',
          description: `**${stats.asked}** questions asked, **${percent(stats.answeredShare)}** answered (${stats.answered}).`,
          fields: [
            { name: 'Most asked entries', value: list(topEntries) },
            { name: 'Most frequent unanswered questions', value: list(topUnanswered) },
            { name: 'Ratings', value: `👍 ${stats.helpful} helpful · 👎 ${stats.notHelpful} not helpful` },
          ],
          footer: { text: '/kb review lists the unanswered and unhelpful questions with fixes' },
          ...(chart && { image: { url: `attachment://${chart.name}` } }),
        },
      ],
      ...(chart && { files: [chart] }),
      ephemeral: true,
    };
  },
} satisfies KbSubcommand;
