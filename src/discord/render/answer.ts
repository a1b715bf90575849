/**
 * The answer embed: the matched question, the answer in the knowledge's words,
 * the verbatim quote it rests on, and where it comes from.
 */
import type { APIEmbed } from 'discord.js';
import type { Article, Entry, Quotation } from '../../knowledge/schema.js';
import { LIMITS, type ButtonRow, type Reply } from '../respond.js';
import { cutQuote, escapeText, truncate } from '../text.js';
import { feedbackRow, questionRow } from './components.js';

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
}

export function renderAnswer(view: AnswerView): Reply {
  const { entry, article } = view;
  const answer = truncate(escapeText(entry.answer), ANSWER_ROOM);
  const attribution = attributionLine(entry.speaker, entry.paragraph);
  // "answer", blank line, "> quote", newline, attribution.
  const quoteRoom = LIMITS.embedDescription - answer.length - attribution.length - 5;
  const embed: APIEmbed = {
    color: ANSWER_COLOUR,
    title: truncate(escapeText(entry.question), LIMITS.embedTitle),
    description: `${answer}\n\n${blockQuote(cutQuote(escapeText(oneLine(entry.quote)), quoteRoom))}\n${attribution}`,
    fields: [sourceField(article)],
    footer: { text: view.confidence === null ? 'You picked this question' : `Confidence ${percent(view.confidence)}` },
  };
  const related = questionRow(view.related.filter((r) => r.id !== entry.id));
  const components: ButtonRow[] = [feedbackRow(entry.id), ...(related ? [related] : [])];
  return { embeds: [embed], components, ...(view.ephemeral && { ephemeral: true }) };
}

/** A direct quotation from the article, for /quote. */
export function renderQuotation(quotation: Quotation, article: Article): Reply {
  const attribution = attributionLine(quotation.speaker, quotation.paragraph);
  const quoteRoom = LIMITS.embedDescription - attribution.length - 3;
  return {
    embeds: [
      {
        color: ANSWER_COLOUR,
        title: truncate(`Quote from ${escapeText(quotation.speaker)}`, LIMITS.embedTitle),
        description: `${blockQuote(cutQuote(escapeText(oneLine(quotation.text)), quoteRoom))}\n${attribution}`,
        fields: [sourceField(article)],
      },
    ],
  };
}

/** "Border Report · El Paso, Texas": the outlet and dateline, straight from the article file. */
export function sourceLine(article: Article): string {
  return `${article.outlet} · ${article.dateline}`;
}

function sourceField(article: Article): { name: string; value: string; inline: boolean } {
  return { name: 'Source', value: truncate(escapeText(sourceLine(article)), LIMITS.fieldValue), inline: true };
}

function attributionLine(speaker: string | null, paragraph: number): string {
  const who = speaker === null ? 'the article' : truncate(escapeText(speaker), 100);
  return `— ${who}, paragraph ${paragraph}`;
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
