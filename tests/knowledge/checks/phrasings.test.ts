import { describe, expect, it } from 'vitest';
import { phrasingErrors, unansweredErrors } from '../../../src/knowledge/checks/phrasings.js';
import { Matcher } from '../../../src/matching/matcher.js';
import type { Entry } from '../../../src/knowledge/schema.js';
import { entries } from '../../fixtures/knowledge.js';

const [closed, cracks, reaction] = entries as [Entry, Entry, Entry];

describe('checking phrasings through the matcher', () => {
  it('passes when every question and alternate is answered by its own entry', () => {
    expect(phrasingErrors(entries, new Matcher(entries), 'qa.yaml')).toEqual([]);
  });

  it('reports a phrasing that another entry answers, with the entry that took it', () => {
    const stray = { ...cracks, alternates: [...cracks.alternates, closed.question] };
    expect(phrasingErrors([closed, stray, reaction], new Matcher([closed, stray, reaction]), 'qa.yaml')).toEqual([
      { file: 'qa.yaml', id: 'cracks-found', message: `"${closed.question}" is answered by bridge-closed, not this entry` },
    ]);
  });

  it('reports a phrasing that gets no answer at all', () => {
    const lost = { ...reaction, alternates: ['what is it?'] };
    expect(phrasingErrors([closed, cracks, lost], new Matcher([closed, cracks, lost]), 'qa.yaml')).toEqual([
      { file: 'qa.yaml', id: 'alvarez-reaction', message: expect.stringMatching(/^"what is it\?" gets no answer \(empty/) },
    ]);
  });

  it('reports a question the article leaves open that an entry answers, saying why it should not', () => {
    const questions = [
      { question: 'How many cracks did engineers find?', why: 'pretend the article gives no count' },
      { question: 'How tall is the mayor?', why: 'the article gives no height' },
    ];
    expect(unansweredErrors(new Matcher(entries), questions, 'unanswered.yaml')).toEqual([
      {
        file: 'unanswered.yaml',
        id: null,
        message: '"How many cracks did engineers find?" is answered by cracks-found, but pretend the article gives no count',
      },
    ]);
  });
});
