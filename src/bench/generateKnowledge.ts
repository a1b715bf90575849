import type { Entry } from '../knowledge/schema.js';
import { FACT_KINDS, type Fact, type Person } from './factKinds.js';
import { integer, mulberry32, pick, shuffled, zipf, type Random } from './random.js';
import {
  ACTIONS, AGENCIES, FIRST_NAMES, MONTHS, OUTCOMES, PLACES, SURNAMES, TITLES, TOPICS, UNITS, WEEKDAYS,
} from './wordPools.js';

/**
 * Generated knowledge for the benchmark: the real entries plus plausible entries
 * from other, made-up news articles, as a bot holding several articles' worth of
 * knowledge would have. Same seed, same entries, on any machine.
 *
 * Generated quotes are not in any article, so these entries are for building a
 * Matcher directly; they would not pass `kb:check`, and are not meant to.
 */
export function generateKnowledge(real: readonly Entry[], count: number, seed: number): Entry[] {
  if (count < real.length) throw new Error(`cannot generate ${count} entries: the real knowledge alone has ${real.length}`);
  const random = mulberry32(seed);
  const taken = new Set(real.map((e) => e.id));
  // Generated articles number their paragraphs after the real article's, so the matcher
  // never takes an entry of another article for a second source of the same paragraph.
  let nextParagraph = Math.max(0, ...real.map((e) => e.paragraph)) + 1;
  const generated: Entry[] = [];
  while (generated.length < count - real.length) {
    const article = newArticle(random, nextParagraph);
    nextParagraph += article.paragraphs;
    const size = Math.min(integer(random, 20, 60), count - real.length - generated.length);
    for (let i = 0; i < size; i++) generated.push(newEntry(random, article, taken));
  }
  // Real entries sit among the others, not first, so no tie-break favours them; they
  // keep their own order, as their file would have it.
  const slots = Array.from({ length: real.length }, () => integer(random, 0, generated.length)).sort((a, b) => a - b);
  const mixed: Entry[] = [];
  let next = 0;
  generated.forEach((entry, i) => {
    while (next < real.length && slots[next] === i) mixed.push(real[next++] as Entry);
    mixed.push(entry);
  });
  return [...mixed, ...real.slice(next)];
}

interface Article {
  place: string;
  agency: string;
  people: readonly Person[];
  topics: readonly string[];
  firstParagraph: number;
  paragraphs: number;
}

function newArticle(random: Random, firstParagraph: number): Article {
  const person = (): Person => ({ first: zipf(random, FIRST_NAMES), last: zipf(random, SURNAMES), title: zipf(random, TITLES) });
  return {
    place: zipf(random, PLACES),
    agency: zipf(random, AGENCIES),
    people: Array.from({ length: integer(random, 1, 3) }, person),
    topics: Array.from({ length: integer(random, 1, 4) }, () => zipf(random, TOPICS)),
    firstParagraph,
    paragraphs: integer(random, 8, 25),
  };
}

function newEntry(random: Random, article: Article, taken: Set<string>): Entry {
  const [action, past] = zipf(random, ACTIONS);
  const person = pick(random, article.people);
  // Most facts are about the article's own subjects; some mention other places and topics in passing.
  const fact: Fact = {
    topic: random() < 0.8 ? pick(random, article.topics) : zipf(random, TOPICS),
    place: random() < 0.85 ? article.place : zipf(random, PLACES),
    agency: random() < 0.8 ? article.agency : zipf(random, AGENCIES),
    person,
    name: `${person.first} ${person.last}`,
    action,
    past,
    n: Math.round(10 ** (random() * 4)),
    unit: zipf(random, UNITS),
    outcome: zipf(random, OUTCOMES),
    date: `${pick(random, WEEKDAYS)}, ${pick(random, MONTHS)} ${integer(random, 1, 28)}`,
  };
  const kind = pick(random, FACT_KINDS);
  const [question, ...others] = shuffled(random, kind.questions).map((ask) => ask(fact));
  const base = `${slug(fact.topic)}-${kind.name}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return {
    id,
    question: question ?? '',
    alternates: others.slice(0, integer(random, 1, others.length)),
    answer: kind.answer(fact),
    quote: kind.quote(fact),
    speaker: kind.quotesPerson ? fact.name : null,
    paragraph: article.firstParagraph + integer(random, 0, article.paragraphs - 1),
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
