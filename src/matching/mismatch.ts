import type { Entry } from '../knowledge/schema.js';
import { asksForMissingDate, attributesAsked, speakerAsked, speakersOf, type AnswerKind } from './answerKind.js';
import type { QueryTerm } from './coverage.js';
import { asksForMissingPercentage, asksForPartOfTotal } from './figures.js';
import type { IndexedEntry, KnowledgeIndex } from './knowledgeIndex.js';
import type { LanguageSupport } from './languages.js';
import { guessAtEnd } from './guess.js';
import { asksWhichNamed, namesIn } from './naming.js';
import { outcomePatterns } from './urged.js';
import { QUESTION_TERMS } from './normalise.js';

// Whose words "what did he say" asks for is in the words before it, not in the pronoun.
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'el', 'ella', 'ellos', 'ellas']);

// A term this common (idf weight below it) is one of the story's actors.
const COMMON_QUALIFIER = 1;

/** What a question asks about its best entry, as read in one language. */
export interface Asking {
  text: string;
  /** The rest of the long message the text was asked in ('' for a whole question). */
  context: string;
  /** Every term of the question, known or not. */
  terms: readonly QueryTerm[];
  /** The question's own terms the knowledge uses (not those of its context). */
  own: readonly QueryTerm[];
  asked: readonly AnswerKind[];
}

/** What an entry's answer says: the names it gives (as terms), and the forms that ask whether a call it reports came about. */
interface Said {
  names: readonly string[][];
  outcomes: readonly RegExp[];
  /** Whose words the entry gives. */
  speakers: ReadonlySet<string>;
}

/**
 * Whether a question asks for something an entry does not give: another kind of answer,
 * a personal attribute, date, percentage or one year's part of a figure it never states, whether what it reports
 * someone urging came about, names it does not give, the words of someone it never quotes, a number it never
 * mentions, or a count of someone else.
 */
export class Mismatch {
  /** Everyone the knowledge gives words to: a question about anyone else's words has no answer. */
  private readonly speakers: ReadonlySet<string>;
  /** Common terms that qualify no count: the answer kinds, and saying ("how many did he say…"). */
  private readonly plain: ReadonlySet<string>;
  /** The terms of every name the entries give, read on first use. */
  private names: ReadonlySet<string> | undefined;
  /** What each entry's answer says that the shape checks need, read on first use. */
  private readonly said = new Map<IndexedEntry, Said>();

  constructor(
    entries: readonly Entry[],
    private readonly index: KnowledgeIndex,
    private readonly language: LanguageSupport,
  ) {
    this.speakers = speakersOf(entries);
    this.plain = new Set([...QUESTION_TERMS, ...['say', 'decir'].flatMap((w) => language.analyzer.term(w) ?? [])]);
  }

  /** True when the question asks the entry for something it does not give. */
  of(asking: Asking, indexed: IndexedEntry): boolean {
    return (
      this.inWordsAnalysisDrops(asking, indexed) ||
      asksForOther(asking.asked, indexed) ||
      this.asksForAttribute(asking, indexed) ||
      asking.terms.some((t) => /^\d+$/.test(t.term) && !indexed.allTerms.has(t.term)) ||
      this.guessesWhatItDoesNotSay(asking, indexed) ||
      this.countsOther(asking, indexed)
    );
  }

  /**
   * The mismatches told by words analysis drops: "which islands…" (which), "did Petro
   * end up resigning" (no "to") and "did Petro respond to Pastrana" (who speaks). A question
   * with the terms of one of the entry's own phrasings ("islands Petro mentioned", "Pastrana
   * wants Petro to resign") may still ask for what the entry does not give, so these
   * overrule a curated phrasing.
   */
  inWordsAnalysisDrops(asking: Asking, indexed: IndexedEntry): boolean {
    const said = this.saidBy(indexed);
    return (
      this.namesNothingNew(asking, said.names) ||
      // Whether it came about may be asked anywhere in a long message ("so did he resign after
      // the ex-president asked him to, or is he still in office").
      said.outcomes.some((pattern) => pattern.test(asking.text) || pattern.test(asking.context)) ||
      this.asksWordsOfAnother(asking.text, said.speakers)
    );
  }

  /**
   * "Did Petro respond to Pastrana's claim?" asks for Petro's words, with the terms of "did
   * Pastrana say Petro has a mental problem": an entry giving only Pastrana's words does not
   * hold them, and no entry holds the words of someone the knowledge never quotes.
   */
  private asksWordsOfAnother(text: string, speakers: Said['speakers']): boolean {
    const speaker = speakerAsked(text);
    if (speaker === null || PRONOUNS.has(speaker.name)) return false;
    // Someone the knowledge never gives words to ("how did Trump respond"): no entry holds them.
    if (!this.speakers.has(speaker.name)) return speaker.capitalised || this.isKnownName(speaker.name);
    return speakers.size > 0 && !speakers.has(speaker.name);
  }

  private saidBy(indexed: IndexedEntry): Said {
    let said = this.said.get(indexed);
    if (!said) {
      said = { names: namesIn(indexed.source, this.language.analyzer), outcomes: outcomePatterns(indexed.source), speakers: speakersOf([indexed.entry]) };
      this.said.set(indexed, said);
    }
    return said;
  }

  /**
   * A count qualified by one of the story's actors that the entry never names is another
   * count: "how many of the dead were Colombian", "how many boats did Petro destroy". The
   * actors are the terms most entries use (the countries, their presidents).
   */
  private countsOther({ asked, own }: Asking, indexed: IndexedEntry): boolean {
    return asked.includes('qty') && own.some((t) => t.weight < COMMON_QUALIFIER && !this.plain.has(t.term) && !indexed.allTerms.has(t.term));
  }

  /**
   * "Which islands did Petro mention?" asks for names; an entry that names nothing the
   * question does not (its islands, Colombia, the Caribbean, Petro) cannot answer it. The
   * story's actors (the terms most entries use) name no islands, parties or countries asked
   * about: "not the U.S." does not say which European countries.
   */
  private namesNothingNew({ text, terms }: Asking, names: Said['names']): boolean {
    if (!asksWhichNamed(text, this.language.code)) return false;
    const asked = new Set(terms.map((t) => t.term));
    return !names.some((name) => name.every((term) => !asked.has(term)) && name.some((term) => this.index.weight(term) >= COMMON_QUALIFIER));
  }

  private asksForAttribute(asking: Asking, indexed: IndexedEntry): boolean {
    const { text } = asking;
    return (
      attributesAsked(text).some((attribute) => !this.givesAttribute(attribute, asking, indexed)) ||
      asksForMissingDate(text, indexed.source) ||
      asksForMissingPercentage(text, indexed.source) ||
      asksForPartOfTotal(text, indexed.source)
    );
  }

  /**
   * An entry gives an attribute ("how old", "named") when its answer states it, or when one of
   * its ways of asking asks it about something the question names too: "how old is the
   * alliance?" makes the alliance entry give an age, not Petro's. The story's actors (the
   * terms most entries use) say nothing about whose attribute it is.
   */
  private givesAttribute(attribute: string, { text, own }: Asking, indexed: IndexedEntry): boolean {
    if (indexed.source.toLowerCase().includes(attribute)) return true;
    // The terms the attribute's words make ("cuántos años tiene" is "edad") are what is asked, not about whom.
    const termsOf = (words: string) => this.language.analyzer.words(words).flatMap((w) => this.language.analyzer.term(w) ?? []);
    const without = new Set(termsOf(text.toLowerCase().replace(attribute, ' ')));
    const itself = new Set(termsOf(text).filter((t) => !without.has(t)));
    const about = own.filter((t) => !QUESTION_TERMS.has(t.term) && !itself.has(t.term) && this.index.weight(t.term) >= COMMON_QUALIFIER);
    return indexed.phrasings.some((p) => p.text.includes(attribute) && about.some((t) => p.terms.has(t.term)));
  }

  /** A guess the question ends on ("…, his son?") that the entry's answer and quote say none of the words of: it cannot confirm it. */
  private guessesWhatItDoesNotSay({ text, context }: Asking, indexed: IndexedEntry): boolean {
    const guess = guessAtEnd(text, context);
    if (guess === null) return false;
    const { analyzer } = this.language;
    const terms = analyzer.words(guess).flatMap((w) => analyzer.term(w) ?? []).filter((t) => !QUESTION_TERMS.has(t) && !/^\d+$/.test(t));
    return terms.length > 0 && terms.every((t) => !indexed.sourceTerms.has(t));
  }

  /**
   * True for a name the knowledge gives, as a lower-case name in chat is ("trump"); "he", and
   * a word in the name's place that no entry writes as a name ("exactamente", "playing"), are not.
   */
  private isKnownName(word: string): boolean {
    const term = this.language.analyzer.term(word);
    return term !== null && this.isNameTerm(term);
  }

  /** True for a term of a name the entries give ("pastrana", "colombia", "afp"). */
  isNameTerm(term: string): boolean {
    this.names ??= new Set(this.index.entries.flatMap((indexed) => this.saidBy(indexed).names.flat()));
    return this.names.has(term);
  }
}

/** True when the question asks for kinds of answer (a who, a when…) of which the entry gives none. */
export function asksForOther(asked: readonly AnswerKind[], indexed: IndexedEntry): boolean {
  return asked.length > 0 && !asked.some((k) => indexed.kinds.has(k));
}
