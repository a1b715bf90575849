import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import type { Knowledge } from '../../knowledge/load.js';
import { MAX_QUESTION_LENGTH, type Matcher } from '../../matching/matcher.js';
import { foldText } from '../../matching/normalise.js';
import { answerEntry, answerQuestion, type Asked } from '../answering.js';
import type { Command } from '../command.js';
import { NOTICES, notice } from '../notices.js';
import { LIMITS, type Choice } from '../respond.js';

export default {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the article')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question (pick a suggestion or type your own)')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) => option.setName('private').setDescription('Show the answer to you only'))
    .toJSON(),

  throttled: (interaction) => !isPrivate(interaction),

  async execute(interaction, context) {
    const value = interaction.options.getString('question', true);
    const asked: Asked = {
      source: 'slash',
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      ephemeral: isPrivate(interaction),
    };
    // An autocomplete choice carries its entry's id: answer exactly what the user picked.
    const picked = context.knowledge.current.knowledge.entries.some((e) => e.id === value);
    if (picked) return answerEntry(value, context, asked) ?? notice(NOTICES.entryGone);
    return (await answerQuestion(value, context, asked)).reply;
  },

  autocomplete(interaction, context) {
    const { knowledge, matcher } = context.knowledge.current;
    return suggestQuestions(interaction.options.getFocused(), knowledge, matcher);
  },
} satisfies Command;

function isPrivate(interaction: ChatInputCommandInteraction): boolean {
  return interaction.options.getBoolean('private') ?? false;
}

/**
 * Up to 25 entries for what has been typed so far: the matcher's ranking, then
 * questions containing the text (the matcher needs whole words, the user is mid-word),
 * and with nothing typed, the first entries, which open with the story's basics.
 */
export function suggestQuestions(typed: string, knowledge: Knowledge, matcher: Matcher): Choice[] {
  const text = typed.trim();
  const chosen = new Set<string>();
  const add = (ids: readonly string[]) => ids.forEach((id) => chosen.size < LIMITS.choices && chosen.add(id));
  if (text) {
    add(matcher.rank(text, LIMITS.choices).map((c) => c.entry.id));
    const folded = foldText(text);
    add(knowledge.entries.filter((e) => foldText(e.question).includes(folded)).map((e) => e.id));
  } else {
    add(knowledge.entries.map((e) => e.id));
  }
  const byId = new Map(knowledge.entries.map((e) => [e.id, e]));
  return [...chosen].flatMap((id) => {
    const entry = byId.get(id);
    return entry ? [{ name: entry.question, value: entry.id }] : [];
  });
}
