import { SlashCommandSubcommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../../../matching/matcher.js';
import { escapeUserText } from '../../text.js';
import { entryName, KB_COLOUR, percent } from './replies.js';
import type { KbSubcommand } from './subcommand.js';

const CANDIDATES = 3;

const REASONS = {
  answered: 'answered',
  empty: 'the question has no words the matcher uses',
  'too-long': 'the question is too long',
  'not-covered': 'no entry is close enough',
  ambiguous: 'two entries from different paragraphs are too close to call',
} as const;

// A dry run: the matcher only. Nothing is recorded, so testing does not fill the review queue or the stats.
export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('test')
    .setDescription('Dry run: what the bot would answer to a question (records nothing)')
    .addStringOption((option) =>
      option.setName('question').setDescription('The question to try').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    ),

  execute(interaction, context) {
    const question = interaction.options.getString('question', true);
    const result = context.knowledge.current.matcher.match(question, { limit: CANDIDATES });
    const verdict =
      result.answered && result.entry
        ? `✅ **Would answer** with ${entryName(result.entry)} (confidence ${percent(result.confidence)}).`
        : `🚫 **Would not answer:** ${REASONS[result.reason]}.`;
    const candidates = result.candidates
      .slice(0, CANDIDATES)
      .map((c, n) => `${n + 1}. ${entryName(c.entry)}: ${percent(c.confidence)}`);
    return {
      embeds: [
        {
          color: KB_COLOUR,
          title: 'Dry run',
          description: [
            `**Question:** ${escapeUserText(question, 300)}`,
            verdict,
            '',
            candidates.length ? `**Top candidates**\n${candidates.join('\n')}` : 'No entry shares a word with it.',
          ].join('\n'),
          footer: { text: 'Nothing was recorded.' },
        },
      ],
      ephemeral: true,
    };
  },
} satisfies KbSubcommand;
