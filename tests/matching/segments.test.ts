import { describe, expect, it } from 'vitest';
import { questionInContext } from '../../src/matching/segments.js';

describe('finding the question in a long message', () => {
  it('takes the last sentence that asks, from its question word, and keeps the rest as context', () => {
    const message = 'my feed has been nothing but the boat strikes all week and i am so lost. anyway, when did they start';
    expect(questionInContext(message)).toEqual({
      text: 'when did they start',
      context: 'my feed has been nothing but the boat strikes all week and i am so lost. anyway,',
    });
  });

  it('takes a sentence that opens with a verb as a yes/no question', () => {
    const message = 'people in here keep saying different things about the order and nobody agrees on anything. is it permanent';
    expect(questionInContext(message)?.text).toBe('is it permanent');
  });

  it('reads a short message whole', () => {
    expect(questionInContext('when did the strikes start')).toBeNull();
  });

  it.each([
    ['On what exact date did Petro issue the order to suspend dealings with U.S. agencies?', 'what exact date did Petro issue the order to suspend dealings with U.S. agencies?'],
    ['no entiendo nada de esto la verdad, todo el mundo habla de lo mismo: los EE.UU. bombardean lanchas. quien cuenta los muertos', 'quien cuenta los muertos'],
    ['ok so Mr. Petro said something on x and everyone in here is arguing about it nonstop lol, what did he say', 'what did he say'],
  ])('does not end a sentence at an abbreviation’s full stop: "%s"', (message, question) => {
    expect(questionInContext(message)?.text).toBe(question);
  });
});
