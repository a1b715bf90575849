import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import type { Knowledge } from '../../knowledge/load.js';
import { MAX_QUESTION_LENGTH, type Language, type Matcher } from '../../matching/matcher.js';
import { foldText } from '../../matching/normalise.js';
import { answerEntry, answerQuestion, languageOfLocale, type Asked } from '../answering.js';
import type { Command } from '../command.js';
import { spanish } from './spanish.js';
import { NOTICES, notice } from '../notices.js';
import { sideOf } from '../render/labels.js';
import { LIMITS, type Choice } from '../respond.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('ask')
    .setNameLocalizations(spanish('preguntar'))
    .setDescription('Ask a question about the article')
    .setDescriptionLocalizations(spanish('Haz una pregunta sobre el artículo'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((option) =>
      option
        .setName('question')
        .setNameLocalizations(spanish('pregunta'))
        .setDescription('Your question (pick a suggestion or type your own)')
        .setDescriptionLocalizations(spanish('Tu pregunta (elige una sugerencia o escribe la tuya)'))
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) =>
      option
        .setName('private')
        .setNameLocalizations(spanish('privado'))
        .setDescription('Show the answer to you only')
        .setDescriptionLocalizations(spanish('Mostrar la respuesta solo a ti')),
    )
    .toJSON(),

  throttled: (interaction) => !isPrivate(interaction),

  async execute(interaction, context) {
    const value = interaction.options.getString('question', true);
    const asked: Asked = {
      source: 'slash',
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      ephemeral: isPrivate(interaction),
      locale: interaction.locale,
    };
    // An autocomplete choice carries its entry's id: answer exactly what the user picked.
    const picked = context.knowledge.current.knowledge.entries.some((e) => e.id === value);
    if (picked) return answerEntry(value, context, asked) ?? notice(NOTICES.entryGone);
    return (await answerQuestion(value, context, asked)).reply;
  },

  autocomplete(interaction, context) {
    const { knowledge, matcher } = context.knowledge.current;
    return suggestQuestions(interaction.options.getFocused(), knowledge, matcher, languageOfLocale(interaction.locale));
  },
} satisfies Command;

function isPrivate(interaction: ChatInputCommandInteraction): boolean {
  return interaction.options.getBoolean('private') ?? false;
}

/**
 * Up to 25 entries for what has been typed so far: the matcher's candidates by coverage, then
 * questions containing the text (the matcher needs whole words, the user is mid-word),
 * and with nothing typed, the first entries, which open with the story's basics. Shown in
 * `language` where an entry has it.
 */
export function suggestQuestions(typed: string, knowledge: Knowledge, matcher: Matcher, language: Language = 'en'): Choice[] {
  const text = typed.trim();
  const chosen = new Set<string>();
  const add = (ids: readonly string[]) => ids.forEach((id) => chosen.size < LIMITS.choices && chosen.add(id));
  if (text) {
    // While typing, the entries that cover the most of the typed words come first.
    const ranked = matcher.rank(text, LIMITS.choices).sort((a, b) => b.confidence - a.confidence);
    add(ranked.map((c) => c.entry.id));
    const folded = foldText(text);
    add(knowledge.entries.filter((e) => foldText(sideOf(e, language).question).includes(folded)).map((e) => e.id));
  } else {
    add(knowledge.entries.map((e) => e.id));
  }
  const byId = new Map(knowledge.entries.map((e) => [e.id, e]));
  return [...chosen].flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [{ name: sideOf(entry, language).question, value: entry.id }] : [];
  });
}
