import { describe, expect, it } from 'vitest';
import { DetailChecks } from '../../src/matching/checkedDetail.js';
import { americanSpelling } from '../../src/matching/englishWords.js';
import { englishAnalyzer } from '../../src/matching/normalise.js';

const checks = new DetailChecks(englishAnalyzer);
const term = (word: string) => englishAnalyzer.term(word) ?? word;
const entry = 'In a Wednesday post on X, Petro said at least 75 people were killed since September 2025.';

describe('a detail a yes/no question checks against an entry', () => {
  it('is a weekday, month or count of the kind the entry states', () => {
    expect(checks.checked('Did Petro post on a Monday?', [term('monday')], entry)).toEqual(new Set([term('monday')]));
    expect(checks.checked('were 175 people killed?', ['175'], entry)).toEqual(new Set(['175']));
    expect(checks.checked('is it true that it began in august?', [term('august')], entry)).toEqual(new Set([term('august')]));
  });

  it('is nothing when the question asks rather than checks, or names a year', () => {
    expect(checks.checked('how many people were killed on monday', [term('monday')], entry).size).toBe(0);
    expect(checks.checked('were 175 people killed in 2019?', ['2019'], entry).size).toBe(0);
  });

  it('is nothing when the entry states no value of that kind', () => {
    expect(checks.checked('Did Petro post on a Monday?', [term('monday')], 'Petro posted on X.').size).toBe(0);
  });
});

describe('British spelling', () => {
  it('is read as the American spelling the knowledge uses', () => {
    expect(['defence', 'criticised', 'organisation', 'colour', 'centre', 'programme', 'analyse'].map(americanSpelling)).toEqual([
      'defense', 'criticized', 'organization', 'color', 'center', 'program', 'analyze',
    ]);
  });

  it('keeps words that only look British', () => {
    for (const word of ['fence', 'advise', 'four', 'hours', 'science', 'promise']) expect(americanSpelling(word)).toBe(word);
  });
});
