import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import type { Language } from '../../matching/matcher.js';
import { languageOfLocale } from '../answering.js';
import type { Command } from '../command.js';
import { ANSWER_COLOUR, sourceLine } from '../render/answer.js';
import { escapeText } from '../text.js';
import { spanish } from './spanish.js';

interface AboutText {
  title: string;
  intro: (source: string) => string;
  howToAskName: string;
  /** Written out rather than generated from the command list: it explains how to ask, which the one-line descriptions cannot. */
  howToAsk: string;
  commandsName: string;
  commands: string;
}

const ABOUT: Readonly<Record<Language, AboutText>> = {
  en: {
    title: 'About this bot',
    intro: (source) =>
      `I answer questions about one news article: **${source}**. ` +
      'Every answer quotes the article word for word; when the article does not say, I tell you so.',
    howToAskName: 'How to ask',
    howToAsk: [
      '• **Mention me** with a question: `@me why did Petro stop sharing intelligence?`',
      '• **Reply** to someone’s message and mention me: I answer the question in that message.',
      '• **Right-click a message → Apps → Ask the article** to answer the question in it.',
      '• **Direct message** me a question.',
      '• **Edit** your question and I edit my answer; **delete** it and my answer goes too.',
    ].join('\n'),
    commandsName: 'Commands',
    commands: [
      '`/ask question [private]`: ask a question; suggestions appear as you type, `private` shows the answer to you only.',
      '`/quote [speaker] [search]`: a direct quotation from the article, by speaker, by words in it, or at random.',
      '`/about`: this message.',
    ].join('\n'),
  },
  es: {
    title: 'Acerca de este bot',
    intro: (source) =>
      `Respondo preguntas sobre un artículo de prensa: **${source}**. ` +
      'Cada respuesta cita el artículo palabra por palabra, en su inglés original; si el artículo no lo dice, te lo digo.',
    howToAskName: 'Cómo preguntar',
    howToAsk: [
      '• **Mencióname** con una pregunta: `@yo ¿por qué Petro dejó de compartir inteligencia?`',
      '• **Responde** al mensaje de alguien y mencióname: respondo la pregunta de ese mensaje.',
      '• **Clic derecho en un mensaje → Apps → Preguntar al artículo** para responder la pregunta que contiene.',
      '• **Escríbeme por mensaje directo.**',
      '• **Edita** tu pregunta y edito mi respuesta; **bórrala** y mi respuesta se va con ella.',
    ].join('\n'),
    commandsName: 'Comandos',
    commands: [
      '`/preguntar pregunta [privado]`: haz una pregunta; verás sugerencias mientras escribes, `privado` te muestra la respuesta solo a ti.',
      '`/cita [quien] [buscar]`: una cita textual del artículo, por persona, por palabras o al azar.',
      '`/acerca-de`: este mensaje.',
    ].join('\n'),
  },
};

export default {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('about')
    .setNameLocalizations(spanish('acerca-de'))
    .setDescription('What this bot knows and how to ask it')
    .setDescriptionLocalizations(spanish('Qué sabe este bot y cómo preguntarle'))
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .toJSON(),

  execute(interaction, context) {
    const { article } = context.knowledge.current.knowledge;
    const text = ABOUT[languageOfLocale(interaction.locale)];
    return {
      ephemeral: true,
      embeds: [
        {
          color: ANSWER_COLOUR,
          title: text.title,
          description: text.intro(escapeText(sourceLine(article))),
          fields: [
            { name: text.howToAskName, value: text.howToAsk },
            { name: text.commandsName, value: text.commands },
          ],
        },
      ],
    };
  },
} satisfies Command;
