import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { Matcher } from '../../src/matching/matcher.js';
import { asksWhichNamed, namesIn } from '../../src/matching/naming.js';
import { englishAnalyzer } from '../../src/matching/normalise.js';

describe('a question that asks which of some named things', () => {
  it.each([
    ['which caribbean islands did petro mean', 'en'],
    ['What political party is the senator in?', 'en'],
    ['which european countries get the cocaine', 'en'],
    ['cuales son las islas de colombia', 'es'],
    ['¿en qué partido está Galán?', 'es'],
    ['a q paises d europa va la coca', 'es'],
    ['what are the names of the islands petro mentioned', 'en'],
    ['como se llaman las islas de colombia en el caribe', 'es'],
  ] as const)('is told from its words: "%s"', (question, language) => {
    expect(asksWhichNamed(question, language)).toBe(true);
  });

  it.each([
    ['which news agency did the soldiers talk to', 'en'],
    ['what did the islands mean to petro', 'en'],
    ['which country did colombia cut off', 'en'],
    ['por q los politicos rivales atacan a petro', 'es'],
  ] as const)('is not seen where the thing asked is named by the article or no name is asked: "%s"', (question, language) => {
    expect(asksWhichNamed(question, language)).toBe(false);
  });
});

describe('the names a text gives', () => {
  it('are runs of capitalised words, a sentence’s first word only when it is no English word', () => {
    const names = namesIn('The senator Juan Manuel Galan told El Tiempo. Colombia has its islands.', englishAnalyzer);
    expect(names).toHaveLength(3);
    expect(names[0]).toEqual(['juan', 'manuel', 'galan']);
    expect(names[1]).toContain('tiempo');
    expect(names[2]).toEqual(['colombia']);
  });

  it('leave out weekdays and months, which name a time and not what a "which" asks for', () => {
    expect(namesIn('On Tuesday, members of the military told AFP.', englishAnalyzer).flat()).not.toContain(englishAnalyzer.term('tuesday'));
  });
});

describe('a reader who asks which islands, countries or party the article never names', () => {
  let matcher: Matcher;
  beforeAll(async () => {
    matcher = new Matcher((await loadKnowledge('knowledge')).entries);
  });

  it.each([
    'Which of Colombia’s Caribbean islands did Petro mention in the video?',
    'which political party does the opposition senator Juan Manuel Galan belong to',
    'oye cuales islas del caribe son las que menciona petro',
    '¿a qué países de Europa dice Petro que va la cocaína?',
    'whats the name of the party galan belongs to',
    'which colombian officers exactly talked to afp',
    'what is the name of the former prosecutor',
    'cómo se llama el exfiscal',
  ])('gets no answer to "%s"', (question) => {
    expect(matcher.match(question).answered).toBe(false);
  });

  it.each([
    ['which news agency did the colombian soldiers talk to', 4],
    ['which newspaper did Pastrana talk to', 13],
    ["what's the name of the newspaper the ex-prosecutor talked to", 7],
    ['cómo se llama la agencia de noticias que habló con los militares', 4],
    ['cual es el nombre del diario donde hablo pastrana', 13],
  ])('is still answered where the answer names it: "%s"', (question, paragraph) => {
    const result = matcher.match(question);
    expect(result.answered ? result.entry?.paragraph : 'no answer').toBe(paragraph);
  });
});
