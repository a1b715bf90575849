import type { Analyzer } from './analyzer.js';
import { NAME_COMMAND_OBJECT, NAMED_THING_EN } from './answerKind.js';
import { TEXTING, TEXTING_PHRASES, withLetters } from './chatSpeech.js';
import { americanSpelling, isEnglishWord } from './englishWords.js';
import { stripDiscordMarkup } from './markup.js';
import { remembered } from './remembered.js';
import { ROLES } from './roles.js';
import { STOP_WORDS } from './stopwords.js';
import { termForWord } from './synonyms.js';

const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g;

// Before lower-casing, because "US" the country and "us" the pronoun differ only in case.
const CASED_ABBREVIATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bU\.?\s?S\.?(?:\s?A\.?)?(?![\p{L}])/gu, ' usa '],
  [/\bU\.?N\.?(?![\p{L}])/gu, ' un '],
  [/\bCBP\b/g, ' customs border protection '],
];

// Multi-word expressions that mean one thing; applied to questions and knowledge alike.
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bunited states(?: of america)?\b/g, 'usa'],
  [/\bunited nations\b/g, 'un'],
  [/\btl;?\s?dr\b/g, 'tldr'],
  [/\bstep(?:s|ped|ping)? down\b/g, 'resign'],
  [/\bwants? (\w+) (?:out|gone)\b|\bbow(?:s|ed)? out\b/g, '$1 resign'],
  [/\b(?:take|takes|took|taking) off\b/g, 'depart'],
  [/\bgo[\s-]fast\b/g, 'high speed'],
  [/\b(?:blow|blows|blew|blown|blowing) (?:up|out)\b|\b(?:take|takes|took|taken|taking) out\b|\bwip(?:e|es|ed|ing) out\b/g, 'destroy'],
  [/\bcommander[\s-]in[\s-]chief\b/g, 'supreme commander'],
  [/\bhow (?:many|much)\b|\bnumber of\b/g, 'qty'],
  [/\bhow long\b/g, 'howlong'],
  [/\bwhat (?:time|day|date)\b/g, 'when'],
  [/\b(?:so far|to date|up to now|until now|as of now|right now)\b/g, ' '],
  // "What made Petro cut the Americans off?" asks for a reason, as "what was he sanctioned for?" does.
  [/\bwhat (?:made|makes|make|caused|causes|cause|prompted|prompts|led|leads) (?=\w)/g, 'why '],
  // After another question word, "when" and a clause is a conjunction, not a second question:
  // "what was Pastrana implying when he said…", "how did petro clap back when ppl said…".
  [/\b(what|who|how|which|why|where)\b([^?.;]*?)\s+when\s+(?=(?:he|she|they|it|i|you|we|ppl|people|someone|critics|the|his|her|petro|trump|galan|pastrana)\b)/g, '$1$2 '],
  // So is a leading "when" clause before the question: "when Galan says X, what is he suggesting?"
  [/^\W*when\b(?=[^?]*,\W*(?:what|who|how|which|why|where|did|does|do|is|was|were)\b)/g, ' '],
  // "What was he sanctioned for?" asks for a reason.
  [/\bwhat\b(.*)\bfor\W*$/g, 'why $1'],
  // Where the question is asked from says nothing about what it asks.
  [/\b(?:in|from|of|according to|about|based on|by) (?:this|the|that|your) (?:story|article|piece|report|text|news)\b/g, ' '],
  [/\b(?:can|could|would|will) (?:you|u|someone|anyone) (?:please |pls |plz )?(?:tell|explain|remind|show|give)(?: me| us)?\b/g, ' '],
  [/\b(?:tell|explain|show|give|remind) (?:me|us)\b|\bi (?:want|need|would like) to know\b|\bdo you know\b/g, ' '],
  // Commands say how to answer, not what about: "break down the numbers on the strikes" asks
  // how many, "name the source" asks which, "summarize X" asks about X (but "summarize the
  // story" asks for the story).
  [/\b(?:break|breaks) down\b|\b(?:walk|run|take) (?:me|us) through\b|\bfill (?:me|us) in(?: on)?\b|\bspell out\b|\bgo over\b/g, ' '],
  // Alone ("recap please") the command asks for the story itself.
  [/\b(?:summari[sz]e|sum up|recap)\s+(?!(?:please|pls|plz)\b)(?!(?:(?:the|this|that) )?(?:story|article|piece|news|report|it)\b)(?=\w)/g, ' '],
  [new RegExp(String.raw`^\W*name(?=${NAME_COMMAND_OBJECT})`, 'g'), 'which'],
  // "What's the name of the news agency…" asks which agency.
  [new RegExp(String.raw`\bwhat(?:'s|s| is| was)?\s+(?:the\s+)?name\s+of\s+(?:the\s+|that\s+|this\s+)?(?=${NAMED_THING_EN})`, 'g'), 'which '],
  [/\b(?:the )?(?:numbers|figures|stats|statistics) (?:on|for|about|behind)\b/g, 'qty'],
  // "Up or down?" asks which way a number moved: the article says it rose, and "down" is no
  // word of another topic. After a number or a comma, "more or less" means "about".
  [/(?<![\d,]\s*)\b(?:up|rising|increasing|higher|more|bigger) or (?:down|falling|decreasing|dropping|lower|less|smaller)\b/g, 'rise'],
  [/(?<=[\d,]\s*)\bmore or less\b/g, ' '],
  // What someone says a country should do is what they say it needs ("Colombia needs to strengthen…").
  [/\b(?:should|ought to|must|has to|have to)\b/g, 'needs to'],
  // "What did Pastrana tell Petro to do?" asks what he urged, not what he said.
  [/\b(?:tell|tells|told|want|wants|wanted|ask|asks|asked|(?:call|calls|called|calling) on) (?!(?:me|us|you)\b)(\w+) to\b/g, 'urged $1 to'],
  // "Is the death toll below 50?" checks the article's number against another: it asks how
  // many, and 50 is no fact the article would have to state.
  [/\b(?:below|above|under|over|more than|less than|fewer than|greater than|higher than|lower than) \d[\d,.]*/g, 'qty'],
];

/** Question words that survive as terms: they tell what kind of answer is wanted. */
export const QUESTION_TERMS: ReadonlySet<string> = new Set(['who', 'when', 'where', 'why', 'how', 'qty', 'howlong']);

/**
 * Folds text to the form both questions and knowledge are indexed in: no markup,
 * no diacritics (Galán = Galan), lower case, abbreviations spelled one way.
 */
export function foldText(input: string): string {
  let text = input.normalize('NFKD').replace(/\p{M}/gu, '').replace(ZERO_WIDTH, '');
  text = stripDiscordMarkup(text).replace(/[\u2018\u2019\u201b\u2032`]/g, "'");
  for (const [pattern, replacement] of CASED_ABBREVIATIONS) text = text.replace(pattern, replacement);
  text = text.toLowerCase();
  for (const [pattern, replacement] of TEXTING_PHRASES) text = text.replace(pattern, replacement);
  text = text.replace(/[\p{L}\p{N}]+/gu, (word) => TEXTING.get(word) ?? withLetters(word));
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  for (const [pattern, replacement] of ROLES) text = text.replace(pattern, replacement);
  return text;
}

/** The words of a text, after folding, in order; possessive 's is dropped. */
export function wordsOf(input: string): string[] {
  return foldText(input).replace(/'s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The indexing term for a word, or null for a word that carries no meaning. */
export function termOf(word: string): string | null {
  if (STOP_WORDS.has(word)) return null;
  if (QUESTION_TERMS.has(word)) return word;
  const term = termForWord(americanSpelling(word));
  // "giving" is as empty as "give": a stop word's inflections are stop words too.
  return STOP_WORDS.has(term) ? null : term;
}

/** The distinct terms of a text, in first-seen order. */
export function termsOf(input: string): string[] {
  const terms = new Set<string>();
  for (const word of wordsOf(input)) {
    const term = termOf(word);
    if (term) terms.add(term);
  }
  return [...terms];
}

/** The English analyzer: the functions above, behind the interface every language shares. */
export const englishAnalyzer: Analyzer = {
  language: 'en',
  fold: foldText,
  words: wordsOf,
  term: remembered(termOf),
  isDictionaryWord: isEnglishWord,
};
