import { describe, expect, it } from 'vitest';
import { attributionWarnings, claimantOf, speakerWarnings } from '../../../src/knowledge/checks/attribution.js';
import type { Article, Entry } from '../../../src/knowledge/schema.js';
import { article, entries } from '../../fixtures/knowledge.js';

const [closed, cracks, reaction] = entries as [Entry, Entry, Entry];
const attribution = (entry: Entry, source: Article = article) =>
  attributionWarnings(entry, source, 'qa.yaml').map((w) => w.message);

describe('checking who said what', () => {
  it('warns when the speaker set on a quote is not the one the paragraph says said it', () => {
    const misattributed = { ...cracks, speaker: 'Mayor Quimby' };
    expect(speakerWarnings(misattributed, article, 'qa.yaml')).toEqual([
      { file: 'qa.yaml', id: 'cracks-found', message: 'speaker is Mayor Quimby, but paragraph 3 does not say Mayor Quimby said or wrote it' },
    ]);
  });

  it('finds the speaker by any part of the name, next to a verb of saying, accents or not', () => {
    expect(speakerWarnings(closed, article, 'qa.yaml')).toEqual([]);
    expect(speakerWarnings({ ...reaction, speaker: 'Lisa Alvarez' }, article, 'qa.yaml')).toEqual([]);
  });

  it('ties "he said" to the speaker named in the paragraph before', () => {
    const told: Article = { ...article, paragraphs: ['Mayor Quimby spoke on Monday.', '“It will reopen in May,” he said.'] };
    expect(speakerWarnings({ id: 'reopen', speaker: 'Mayor Quimby', paragraph: 2 }, told, 'quotations.yaml')).toEqual([]);
    expect(speakerWarnings({ id: 'reopen', speaker: 'Lisa Álvarez', paragraph: 2 }, told, 'quotations.yaml')).toHaveLength(1);
  });

  it('says whose claim a quote is: a lead-in "told … that", a tag after it, or "according to"', () => {
    const told = 'A former engineer told the Gazette that the bridge was never safe.';
    expect(claimantOf(told, 'the bridge was never safe')).toBe('A former engineer told the Gazette');
    expect(claimantOf('“It is safe,” Quimby wrote on X.', 'It is safe')).toBe('Quimby wrote');
    expect(claimantOf(article.paragraphs[2] ?? '', 'Engineers found 12 cracks')).toBe("according to the city's report");
    expect(claimantOf(article.paragraphs[0] ?? '', 'The mayor of Springfield is defending')).toBeNull();
  });

  it('warns when the answer states as fact what the article attributes to someone', () => {
    expect(attribution({ ...cracks, answer: 'Engineers found 12 cracks since March.' })).toEqual([
      expect.stringContaining('attributes this ("according to the city'),
    ]);
    expect(attribution({ ...cracks, answer: 'Engineers found 12 cracks since March, according to the city.' })).toEqual([]);
  });

  it("warns when the answer repeats a speaker's words without quotation marks", () => {
    expect(attribution({ ...closed, answer: 'Mayor Quimby wrote that the bridge is not safe.' })).toEqual([
      'answer repeats a speaker\'s words without quotation marks: "the bridge is not safe"',
    ]);
    expect(attribution({ ...closed, answer: 'Mayor Quimby wrote: “The bridge is not safe.”' })).toEqual([]);
  });
});
