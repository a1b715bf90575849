/**
 * The answer embed: the matched question, the answer in the knowledge's words,
 * the verbatim quote it rests on, and where it comes from. Each reply also
 * carries the same answer as plain text, for channels where embeds are not allowed.
 */
import type { APIEmbed } from 'discord.js';
import type { Article, Entry, Quotation } from '../../knowledge/schema.js';
import type { Language } from '../../matching/matcher.js';
import { LIMITS, type ButtonRow, type Reply } from '../respond.js';
import { cutQuote, escapeText, truncate } from '../text.js';
import { feedbackRow, questionRow } from './components.js';
import { LABELS, sideOf, type Labels } from './labels.js';

export const ANSWER_COLOUR = 0x2f6f9f;
// The answer is short by design (the schema caps it at 1,000); the rest of the
// description is the quote's, which is where a cut, if ever needed, is marked.
const ANSWER_ROOM = 1_500;

export interface AnswerView {
  entry: Entry;
  article: Article;
  /** 0–1 from the matcher, or null when the user picked the question (a button or an autocomplete choice). */
  confidence: number | null;
  /** Entries offered as related questions, best first; the answered one is skipped. */
  related: readonly Entry[];
  ephemeral?: boolean;
  /** The language asked in (default English); an entry without that language's side is answered in English. */
  language?: Language;
}

export function renderAnswer(view: AnswerView): Reply {
  const { entry, article } = view;
  const side = sideOf(entry, view.language ?? 'en');
  const labels = LABELS[side.language];
  const title = truncate(escapeText(side.question), LIMITS.embedTitle);
  const footer =
    view.confidence === null ? labels.picked : `${labels.confidence} ${percent(view.confidence)}`;
  const quoted = { answer: side.answer, quote: entry.quote, speaker: entry.speaker, paragraph: entry.paragraph };
  const embed: APIEmbed = {
    color: ANSWER_COLOUR,
    title,
    description: answerBody(quoted, labels, LIMITS.embedDescription),
    fields: [sourceField(article, labels)],
    footer: { text: footer },
  };
  const head = `**${title}**`;
  const tail = `${labels.source}: ${escapeText(sourceLine(article))}\n-# ${footer}`;
  const plain = `${head}\n${answerBody(quoted, labels, LIMITS.content - head.length - tail.length - 2)}\n${tail}`;
  const related = questionRow(view.related.filter((r) => r.id !== entry.id), side.language);
  const components: ButtonRow[] = [feedbackRow(entry.id, labels), ...(related ? [related] : [])];
  return { embeds: [embed], plain, components, ...(view.ephemeral && { ephemeral: true }) };
}

/** A direct quotation from the article, for /quote. */
export function renderQuotation(quotation: Quotation, article: Article): Reply {
  const labels = LABELS.en;
  const attribution = attributionLine(quotation.speaker, quotation.paragraph, labels);
  const quoteRoom = LIMITS.embedDescription - attribution.length - 3;
  return {
    embeds: [
      {
        color: ANSWER_COLOUR,
        title: truncate(`${labels.quoteFrom} ${escapeText(quotation.speaker)}`, LIMITS.embedTitle),
        description: `${blockQuote(cutQuote(escapeText(oneLine(quotation.text)), quoteRoom))}\n${attribution}`,
        fields: [sourceField(article, labels)],
      },
    ],
  };
}

/** "Border Report · El Paso, Texas": the outlet and dateline, straight from the article file. */
export function sourceLine(article: Article): string {
  return `${article.outlet} · ${article.dateline}`;
}

interface Quoted {
  answer: string;
  quote: string;
  speaker: string | null;
  paragraph: number;
}

/**
 * "answer", blank line, ["original text:"], "> quote", attribution: within `room` characters.
 * The answer gets what the quote does not need, but never less than half the room.
 */
function answerBody(quoted: Quoted, labels: Labels, room: number): string {
  const attribution = attributionLine(quoted.speaker, quoted.paragraph, labels);
  const label = labels.originalText === null ? '' : `*${labels.originalText}:*\n`;
  const quote = escapeText(oneLine(quoted.quote));
  const fixed = label.length + attribution.length + 5;
  const answerRoom = Math.min(ANSWER_ROOM, Math.max(Math.floor(room / 2), room - fixed - quote.length));
  const answer = truncate(escapeText(quoted.answer), answerRoom);
  const quoteRoom = room - answer.length - fixed;
  return `${answer}\n\n${label}${blockQuote(cutQuote(quote, quoteRoom))}\n${attribution}`;
}

function sourceField(article: Article, labels: Labels): { name: string; value: string; inline: boolean } {
  return { name: labels.source, value: truncate(escapeText(sourceLine(article)), LIMITS.fieldValue), inline: true };
}

function attributionLine(speaker: string | null, paragraph: number, labels: Labels): string {
  const who = speaker === null ? labels.theArticle : truncate(escapeText(speaker), 100);
  return `— ${who}, ${labels.paragraph} ${paragraph}`;
}

/** The quote on one block-quote line: a quote lies within one paragraph, and a stray newline would end the block. */
function blockQuote(text: string): string {
  return `> ${text}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function percent(confidence: number): string {
  return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}%`;
}
