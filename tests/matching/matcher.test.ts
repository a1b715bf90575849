import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { MAX_QUESTION_LENGTH, Matcher } from '../../src/matching/matcher.js';
import { entries } from '../fixtures/knowledge.js';

const fixture = new Matcher(entries);
const answerOf = (matcher: Matcher, question: string) => matcher.match(question).entry?.id ?? 'no answer';

describe('matching a small fixture knowledge', () => {
  it('answers the canonical question with its entry', () => {
    expect(answerOf(fixture, 'Why did the mayor close the bridge?')).toBe('bridge-closed');
  });

  it('answers a paraphrase that shares only the key words', () => {
    expect(answerOf(fixture, 'how many cracks did the engineers find in the bridge')).toBe('cracks-found');
  });

  it('answers despite typos in the key words', () => {
    expect(answerOf(fixture, 'how many crakcs did enginers find')).toBe('cracks-found');
  });

  it('answers a name typed with or without its accent', () => {
    expect(answerOf(fixture, 'What did Álvarez say about the closure?')).toBe('alvarez-reaction');
    expect(answerOf(fixture, 'what did alvarez say about the closure')).toBe('alvarez-reaction');
  });

  it('stays silent on a question about something else', () => {
    const result = fixture.match('What is the capital of France?');
    expect(result).toMatchObject({ answered: false, entry: null, reason: 'not-covered' });
  });

  it('stays silent on a question about the story that the knowledge does not answer', () => {
    expect(answerOf(fixture, 'How old is the mayor?')).toBe('no answer');
  });

  it('stays silent when a question is only a question word', () => {
    expect(answerOf(fixture, 'why?')).toBe('no answer');
  });

  it.each([
    ['an empty question', ''],
    ['white space', '   \n\t '],
    ['punctuation only', '?!...'],
    ['stop words only', 'what is the'],
  ])('says there is no question for %s', (_, input) => {
    const result = fixture.match(input);
    expect(result).toMatchObject({ answered: false, reason: 'empty', suggestions: [], candidates: [] });
  });

  it('declines a 10,000-character question without looking at every entry', () => {
    const result = fixture.match('bridge '.repeat(1500).slice(0, 10_000));
    expect(result).toMatchObject({ answered: false, reason: 'too-long', candidates: [], suggestions: [] });
  });

  it('offers near entries as suggestions when it does not answer', () => {
    const result = fixture.match('bridge');
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('never suggests the entry it answered with', () => {
    const result = fixture.match('Why did the mayor close the bridge?');
    expect(result.suggestions.map((e) => e.id)).not.toContain('bridge-closed');
  });

  it('ranks candidates best first with confidences between 0 and 1', () => {
    const ranked = fixture.rank('cracks in the bridge', 3).map((c) => c.confidence);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    for (const confidence of ranked) expect(confidence).toBeGreaterThanOrEqual(0), expect(confidence).toBeLessThanOrEqual(1);
  });
});

describe('matching any input', () => {
  it('never throws, never answers past the length limit, and keeps confidence within 0 and 1', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 800 }), (input) => {
        const result = fixture.match(input);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        expect(result.suggestions.length).toBeLessThanOrEqual(3);
        if (input.length > MAX_QUESTION_LENGTH) expect(result.answered).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('matching the curated knowledge', () => {
  let matcher: Matcher;
  beforeAll(async () => {
    matcher = new Matcher((await loadKnowledge('knowledge')).entries);
  });

  it.each([
    ['Why did Petro stop sharing intelligence with the U.S.?', [1, 2, 5]],
    ['how many ppl died in the boat strikes', [5]],
    ['how many boats has america destroyed', [5]],
    ['what did galán say about petro playing with fire', [9]],
    ['did pastrana tell petro to step down', [12]],
    ['Which US agency sanctioned Petro?', [7]],
    ['where does petro say most of the illegal cocaine exports go', [16]],
    ['what did pertro say about the fishermen', [17]],
  ])('answers "%s" from paragraph %j', (question, paragraphs) => {
    expect(paragraphs).toContain(matcher.match(question).entry?.paragraph);
  });

  it('calls an unrelated question that shares a word with two entries not covered, not ambiguous between them', () => {
    expect(matcher.match("what's the weather like in Bogota today?").reason).toBe('not-covered');
  });

  it('does not take an entry quoting the same paragraph that covers more words for a rival', () => {
    const result = matcher.match('what does petro claim about cocaine');
    const best = result.candidates[0];
    expect(result.candidates.some((c) => c.entry.paragraph === best?.entry.paragraph && c.confidence > best.confidence)).toBe(true);
    expect(result.evidence?.agreement).toBe(1);
  });

  it.each([
    'What is the capital of France?',
    'When was Gustavo Petro born?',
    'How tall is Gustavo Petro?',
    'Who is the mayor of Medellin?',
    'what time is it',
    'How many tons of cocaine did CBP seize in 2019?',
    'lol',
  ])('stays silent on "%s"', (question) => {
    expect(matcher.match(question).answered).toBe(false);
  });
});
