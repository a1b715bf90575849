import { SlashCommandSubcommandBuilder } from 'discord.js';
import { LIMITS } from '../../respond.js';
import { escapeText, truncate } from '../../text.js';
import { entryById, inlineCode, KB_COLOUR, notFound, say } from './replies.js';
import { idOption, type KbSubcommand } from './subcommand.js';

export default {
  data: new SlashCommandSubcommandBuilder()
    .setName('show')
    .setDescription('Show an entry as it is in qa.yaml')
    .addStringOption(idOption(true)),

  execute(interaction, context) {
    const id = interaction.options.getString('id', true);
    const entry = entryById(context, id);
    if (!entry) return say(notFound(id));
    const alternates = entry.alternates.map((a) => `• ${escapeText(a)}`).join('\n');
    const field = (name: string, value: string) => ({ name, value: truncate(value || '—', LIMITS.fieldValue) });
    return {
      embeds: [
        {
          color: KB_COLOUR,
          title: entry.id,
          description: `**${escapeText(entry.question)}**\n\n${escapeText(entry.answer)}`,
          fields: [
            field(`Other ways of asking (${entry.alternates.length})`, alternates),
            field('Quote', `> ${escapeText(entry.quote.replace(/\s+/g, ' '))}`),
            field('Speaker', escapeText(entry.speaker ?? 'the article')),
            field('Paragraph', String(entry.paragraph)),
          ],
          footer: { text: `Version ${context.knowledge.versionOf(entry.id) ?? '?'} · /kb edit ${inlineCode(entry.id)}` },
        },
      ],
      ephemeral: true,
    };
  },
} satisfies KbSubcommand;
