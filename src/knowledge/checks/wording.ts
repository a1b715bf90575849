/**
 * How an answer reads: the bot shows one answer for every phrasing of its entry, alone in an embed,
 * so it must not open on a yes/no that another phrasing turns backwards, on a pronoun with nothing
 * to refer to, or talk about "the article" instead of saying what the article says.
 */
import type { KnowledgeIssue } from '../issues.js';
import type { Article, Entry } from '../schema.js';
import { foldForComparison } from '../verbatim.js';
import { clip } from './clip.js';
import { contentWords } from './text.js';

const YES_NO_OPENER = /^\s*(yes|no)\b/i;
// An auxiliary or modal verb first is what makes an English question a yes/no question.
const YES_NO_QUESTION =
  /^\s*(is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|shall|should|may|might|must)(n['’]t)?\b/i;
// Words that point back at something named earlier, which an answer shown alone does not have.
const POINTING_BACK = new Set('he she it they him her them his its their'.split(' '));
const PERSONAL = new Set('he she him her his hers'.split(' '));
// "Petro stopped it as…": an object pronoun right after the subject's verb, before anything it could mean.
const EARLY_OBJECT = /^\s*\S+\s+\S+\s+(it|them)\b/i;
// "The spike has…": a definite noun phrase whose lowercase head names nothing by itself.
// "The president of Colombia…" and "The U.S. …" do name what they mean.
const BARE_DEFINITE = /^\s*[Tt]he\s+([a-z][a-z-]*)\b(?!\s+of\b)/;
const META = /\bthe (article|story|report|piece|text)\s+(calls|called|says|said|counts|describes|mentions|notes|puts|refers)\b/i;
// Two all-capital words in a row ("EL PASO") are a dateline's typography, not a sentence's.
const SHOUTED = /\b\p{Lu}{2,}\s+\p{Lu}{2,}\b/u;

/**
 * A "Yes"/"No" opener checked against every phrasing: one error `{ file, id, message }` per phrasing that is
 * not a yes/no question, since the bot shows the same answer to it and would answer it backwards.
 */
export function openerErrors(entry: Entry, file: string): KnowledgeIssue[] {
  const opener = YES_NO_OPENER.exec(entry.answer)?.[1];
  if (!opener) return [];
  const open = [entry.question, ...entry.alternates].filter((p) => !YES_NO_QUESTION.test(p));
  return open.map((phrasing) => ({
    file,
    id: entry.id,
    message: `answer opens with "${opener}", but "${clip(phrasing)}" is not a yes/no question`,
  }));
}

/**
 * Warnings `{ file, id, message }` for an answer that leans on context the reader does not see (a pronoun
 * or a bare "the spike"), talks about the article, or copies a dateline's capitals, and for each phrasing
 * with no topic word.
 */
export function wordingWarnings(entry: Entry, article: Article, file: string): KnowledgeIssue[] {
  const warn = (message: string): KnowledgeIssue => ({ file, id: entry.id, message });
  const warnings: KnowledgeIssue[] = [];
  const pronoun = pronounBeforeName(entry.answer, namesIn(article)) ?? EARLY_OBJECT.exec(entry.answer)?.[1];
  if (pronoun) {
    warnings.push(warn(`answer says "${pronoun}" before naming anyone it could mean: name who or what it is`));
  }
  const definite = BARE_DEFINITE.exec(entry.answer);
  if (definite && !META.test(entry.answer)) {
    warnings.push(warn(`answer opens with "${definite[0].trim()}", which names nothing by itself: say which`));
  }
  const meta = META.exec(entry.answer);
  if (meta) warnings.push(warn(`answer talks about the article ("${meta[0]}"): state what it says, attributed`));
  const shouted = SHOUTED.exec(entry.answer);
  if (shouted) warnings.push(warn(`answer copies capitals ("${shouted[0]}"): write it as a sentence would`));
  for (const phrasing of [entry.question, ...entry.alternates]) {
    if (contentWords(phrasing).length === 0) {
      warnings.push(warn(`"${clip(phrasing)}" names no topic, so it cannot say which entry it asks about`));
    }
  }
  return warnings;
}

// The first pronoun of the answer with nothing before it to mean: "he" and "his" need a person's name
// first; "it" and "they" at least a noun ("Engineers found cracks, and they…"), so any content word.
function pronounBeforeName(answer: string, names: ReadonlySet<string>): string | null {
  let named = false;
  let worded = false;
  for (const word of answer.match(/[\p{L}'’.-]+/gu) ?? []) {
    const bare = word.replace(/['’]s$/, '');
    const lower = word.toLowerCase();
    if (PERSONAL.has(lower) && !named) return word;
    if (POINTING_BACK.has(lower) && !worded) return word;
    named ||= names.has(bare);
    worded ||= contentWords(word).length > 0;
  }
  return null;
}

// Names are the words the article capitalises inside a sentence ("Petro", "Colombia", "AFP"), so
// "Political rivals…" does not count as naming anyone while "Petro stopped…" does.
function namesIn(article: Article): ReadonlySet<string> {
  const known = namesCache.get(article);
  if (known) return known;
  const names = new Set<string>();
  for (const paragraph of article.paragraphs) {
    for (const m of foldForComparison(paragraph).matchAll(/(?<=[\p{L}\p{N},)]\s+)\p{Lu}[\p{L}.-]*/gu)) {
      names.add(m[0].replace(/'s$/, '').replace(/[.-]+$/, ''));
    }
  }
  namesCache.set(article, names);
  return names;
}

// Every entry is checked against the same article, so its names are gathered once per article.
const namesCache = new WeakMap<Article, ReadonlySet<string>>();
