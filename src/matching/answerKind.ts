import type { Entry } from '../knowledge/schema.js';

/**
 * The kind of answer a question asks for, from its question words: a person, a time,
 * a place, a number, a reason or a length of time. Terms are the shared answer-kind
 * terms every analyzer produces (see analyzer.ts).
 */
export type AnswerKind = 'who' | 'when' | 'where' | 'why' | 'qty' | 'howlong';

const KINDS: ReadonlySet<string> = new Set<AnswerKind>(['who', 'when', 'where', 'why', 'qty', 'howlong']);

function isKind(term: string): term is AnswerKind {
  return KINDS.has(term);
}

/** The kinds a question's terms ask for (usually none or one). */
export function kindsAsked(terms: readonly string[]): AnswerKind[] {
  return terms.filter(isKind);
}

// Words that show an answer holds a time, whatever its phrasings ask.
const TIME_WORDS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|month|week|year|years|decades?|since|until|ago|fiscal|lunes|martes|miercoles|jueves|viernes|septiembre|mes|semana|anos?|desde)\b|\b(?:19|20)\d\d\b/i;

// A number, or a word that states a share ("most", "half"); "record amounts" gives no figure.
const AMOUNT = /\d|\b(?:most|majority|half|all|dozens?|hundreds?|thousands?|millions?|billions?)\b/i;

/**
 * The kinds of answer an entry gives: what its phrasings ask for (but an amount only when
 * its text states one), plus a time when its answer states one. Computed from the entry's
 * own text, so a new entry needs no extra field.
 */
export function kindsGiven(entry: Entry, phrasingTerms: ReadonlyArray<ReadonlySet<string>>): Set<AnswerKind> {
  const given = new Set<AnswerKind>();
  const text = `${entry.answer} ${entry.es?.answer ?? ''}`;
  // An amount is given only where the entry's text states one: a phrasing that asks "how much
  // does the alliance matter" does not make the entry hold a figure for U.S. funding.
  for (const terms of phrasingTerms) for (const term of terms) if (isKind(term) && term !== 'qty') given.add(term);
  if (AMOUNT.test(`${text} ${entry.quote}`)) given.add('qty');
  // Someone's words answer "who said…"; a name after the first word answers "who…".
  if (entry.speaker || namesSomeone(entry.answer)) given.add('who');
  if (/\b(?:in|on|at|off|from|to|toward|near|en|desde)\s+(?:the\s+|el\s+|la\s+)?[A-Z]/.test(text)) given.add('where');
  if (TIME_WORDS.test(text)) {
    given.add('when');
    given.add('howlong');
  }
  return given;
}

/** True for a weekday, a month or another word that states a time ("Tuesday", "septiembre"). */
export function isTimeWord(word: string): boolean {
  return TIME_WORDS.test(word);
}

/** True when a text names someone: a capitalised word after its first that is no month or weekday ("since September"). */
function namesSomeone(text: string): boolean {
  return [...text.matchAll(/\s([A-Z][a-z]+)/g)].some((m) => !TIME_WORDS.test(m[1] ?? ''));
}

// Negation in English and Spanish: "who hasn't commented", "which critic never called", "quién no ha dicho".
const NEGATION = /\b(?:not|never|no one|nobody|none|neither|nor|without|nunca|nadie|ningun[oa]?|sin)\b|n't\b|\bno\s+(?!one\b)\w+/i;

/** True when a text is negated ("who hasn't…", "never", "no ha…"). */
export function isNegated(text: string): boolean {
  return NEGATION.test(text.replace(/[\u2018\u2019]/g, "'"));
}

/** The words after which "name" is a command ("name the source", "name all the critics"): it asks which, not what anyone is called. */
export const NAME_COMMAND_OBJECT = String.raw`\s+(?:the|a|an|all|each|every|one|two|three|some|any)\b`;

// Things, not people: "the name of the news agency" and "¿cómo se llama el periódico?" ask which
// agency or paper, as "which agency" does; "the name of the prosecutor" asks what a person is called.
export const NAMED_THING_EN = String.raw`(?:news\s+|wire\s+)?(?:agenc(?:y|ies)|newspapers?|papers?|dail(?:y|ies)|outlets?|(?:web)?sites?|networks?|platforms?|social\s+(?:network|media)|department|dept|office|program(?:me)?|organi[sz]ations?|bod(?:y|ies)|islands?|countr(?:y|ies)|cit(?:y|ies)|part(?:y|ies)|groups?)\b`;
export const NAMED_THING_ES = String.raw`(?:agencias?|peri[oó]dicos?|diarios?|medios?|sitios?|p[aá]ginas?|red(?:es)?\s+social(?:es)?|plataformas?|departamentos?|oficinas?|programas?|organizaci[oó]n(?:es)?|organismos?|islas?|pa[ií]s(?:es)?|ciudad(?:es)?|partidos?|grupos?)(?!\p{L})`;
const THE_THING = String.raw`\s+of\s+(?:the\s+|that\s+|this\s+)?${NAMED_THING_EN}`;
const LA_COSA = String.raw`\s+(?:(?:de|del)\s+)?(?:el\s+|la\s+|los\s+|las\s+)?${NAMED_THING_ES}`;

// Personal attributes readers ask about that a news story rarely states: a question
// about one is answered only by an entry whose answer states it, or whose own way of asking
// asks it about what the question names ("how old is the alliance?"). "Who called
// it a strategic error" asks who said it, and "name the source" which source.
const ATTRIBUTES = new RegExp(
  String.raw`\bhow (?:old|tall|rich|short)\b|\ba[nñ]os tiene\b|\b(?:name(?!${NAME_COMMAND_OBJECT})(?!${THE_THING})|named(?!\s+in\s+(?:the|this)\s+(?:story|article|piece|report|text)\b)|names|(?<!who\s)called|identity|nombre(?!${LA_COSA})|llaman?(?!${LA_COSA})|llamo|age|aged|born|birth\w*|height|weight|married|wife|husband|children|kids|salary|net worth|lives|address|religion|hometown|nationality|edad|nacio|naci\w+|esposa|hijos|salario|estatura|vive)\b`,
  'giu',
);

// A weekday answers "what day"; a calendar date ("what date", "la fecha") needs a month
// or a year. "Last month" answers neither.
const DAY_ASKED = /\b(?:which day|what day|qu[eé] d[ií]a)\b/i;
const DATE_ASKED = /\b(?:date|exact day|what year|which year|fecha|qu[eé] a[nñ]o)\b/i;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes)\b/i;
const CALENDAR = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|septiembre)\b|\b(?:19|20)\d\d\b/i;

/** True when a question asks for a day or a date that the entry's text does not give. */
export function asksForMissingDate(question: string, entryText: string): boolean {
  if (DATE_ASKED.test(question)) return !CALENDAR.test(entryText);
  return DAY_ASKED.test(question) && !WEEKDAY.test(entryText) && !CALENDAR.test(entryText);
}

/** The attributes a question asks about ("how old", "born", "married"), folded to lower case. */
export function attributesAsked(question: string): string[] {
  return [...question.matchAll(ATTRIBUTES)].map((m) => m[0].toLowerCase());
}

// "What did Trump say…", "how did galan react…", "¿qué dijo Trump…?", and a leader's government
// for the leader ("how did the Trump administration respond", "qué respondió el gobierno de Trump"):
// who the question wants words from.
// The one whose words are asked for: a name, or a leader's government.
const SUBJECT = String.raw`(?:the\s+(\p{L}+)\s+(?:administration|government)|(\p{L}+))`;
const WORDS_OF = [
  new RegExp(
    String.raw`\b(?:did|does|has|had|have)\s+${SUBJECT}(?:\s+(?:or|and)\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?\s+(?:(?:ever|even|actually|really|already|just|also|yet)\s+)?(?:say|said|write|wrote|written|tweet(?:ed)?|post(?:ed)?|tell|told|respond(?:ed)?|react(?:ed)?|repl(?:y|ied)|comment(?:ed)?|answer(?:ed)?)\b`,
    'iu',
  ),
  // "explain how Trump responded", with no auxiliary.
  new RegExp(String.raw`\bhow\s+${SUBJECT}\s+(?:responded|reacted|replied|answered)\b`, 'iu'),
  /\b(?:qu[eé]|c[oó]mo)\s+(?:(?:le|les|lo|la)\s+)?(?:dijo|respondi[oó]|escribi[oó]|opin[oó]|reaccion[oó]|contest[oó])\s+(?:(?:el\s+gobierno|la\s+administraci[oó]n)\s+de\s+)?(\p{L}+)/iu,
];

// A country or its capital "responds" by acting, and the article says how Colombia did.
const PLACES = /^(?:colombia|bogot[aá]|washington|america|eeuu|us)$/i;

/** Whose words a question asks for: the word in the name's place, lower case and unaccented, and whether it was capitalised. */
export interface SpeakerAsked {
  name: string;
  capitalised: boolean;
}

/**
 * The person whose words a question asks for, or null. Chat writes names in lower case
 * ("how did trump respond"), where "he" or "colombia" may stand in the same place: the
 * caller decides which lower-case words are names.
 */
export function speakerAsked(question: string): SpeakerAsked | null {
  for (const pattern of WORDS_OF) {
    const match = question.match(pattern);
    const name = match?.[1] ?? match?.[2];
    if (name && !PLACES.test(name)) return { name: name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(), capitalised: /^\p{Lu}/u.test(name) };
  }
  return null;
}

// "Petro wrote", "Galan said", "told AFP": the names an entry's text gives words to.
const ATTRIBUTED = /\b(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)*\s+(?:said|wrote|told|says|writes|responded|urged|disputed|dijo|escribi[oó]|respondi[oó])\b/gu;

/** Everyone the entries quote or report as saying something, lower case and unaccented. */
export function speakersOf(entries: readonly Entry[]): Set<string> {
  const names = new Set<string>();
  const add = (name: string) => names.add(name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
  for (const entry of entries) {
    for (const part of (entry.speaker ?? '').split(/\s+/)) if (part) add(part);
    for (const text of [entry.answer, entry.quote, entry.es?.answer ?? '']) {
      for (const match of text.matchAll(ATTRIBUTED)) for (const part of match[0].split(/\s+/).slice(0, -1)) add(part);
    }
  }
  return names;
}
