import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../command.js';
import { spanish } from './spanish.js';
import { NOTICES, notice } from '../notices.js';
import { pickQuotation, speakersMatching } from '../quotations.js';
import { renderQuotation } from '../render/answer.js';
import { LIMITS } from '../respond.js';
import { escapeText, escapeUserText } from '../text.js';

const ECHO_LENGTH = 80;

export default {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('quote')
    .setNameLocalizations(spanish('cita'))
    .setDescription('Show a direct quotation from the article')
    .setDescriptionLocalizations(spanish('Muestra una cita textual del artículo'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((option) =>
      option
        .setName('speaker')
        .setNameLocalizations(spanish('quien'))
        .setDescription('Who said it')
        .setDescriptionLocalizations(spanish('Quién lo dijo'))
        .setMaxLength(LIMITS.choiceValue)
        .setAutocomplete(true),
    )
    .addStringOption((option) =>
      option
        .setName('search')
        .setNameLocalizations(spanish('buscar'))
        .setDescription('Whole words from the quotation')
        .setDescriptionLocalizations(spanish('Palabras completas de la cita (en inglés, como el artículo)'))
        .setMaxLength(LIMITS.choiceValue),
    )
    .toJSON(),

  throttled: () => true,

  execute(interaction, context) {
    const { knowledge } = context.knowledge.current;
    const speaker = interaction.options.getString('speaker');
    const search = interaction.options.getString('search');
    const pick = pickQuotation(knowledge.quotations, { speaker, search });
    if (pick.found) return renderQuotation(pick.quotation, knowledge.article);
    // Who can be quoted is the most useful thing to know after a miss.
    const speakers = `The article quotes ${speakersMatching(knowledge.quotations, '').map(escapeText).join(', ')}.`;
    switch (pick.reason) {
      case 'unknown-speaker':
        return notice(
          `The article has no direct quotation from “${escapeUserText(speaker ?? '', ECHO_LENGTH)}”. ${speakers} ` +
            'Pick a speaker from the suggestions as you type.',
        );
      case 'no-match':
        return notice(
          `No quotation${speaker ? ` from ${escapeUserText(speaker, ECHO_LENGTH)}` : ''} matches ` +
            `“${escapeUserText(search ?? '', ECHO_LENGTH)}”. ${speakers} ` +
            'Search for whole words from the quotation, or leave `search` out for a random one.',
        );
      default:
        return notice(NOTICES.noQuotations);
    }
  },

  autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== 'speaker') return [];
    return speakersMatching(context.knowledge.current.knowledge.quotations, focused.value).map((name) => ({
      name,
      value: name,
    }));
  },
} satisfies Command;
