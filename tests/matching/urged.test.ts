import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { Matcher } from '../../src/matching/matcher.js';
import { asksWhetherUrgedHappened } from '../../src/matching/urged.js';

const english = 'Former Colombian President Andres Pastrana urged him to resign.';
const spanish = 'Andres Pastrana, expresidente colombiano, instó a Petro a renunciar.';

describe('a question about what someone was urged to do', () => {
  it.each(['did petro end up resigning?', 'has Petro resigned yet', 'is he gonna resign or nah', 'is he going to resign', 'will petro resign', 'he resigned after that, right?'])(
    'asks whether it happened: "%s"',
    (question) => {
      expect(asksWhetherUrgedHappened(question, english)).toBe(true);
    },
  );

  it.each(['who urged petro to resign', 'did pastrana tell petro to resign?', 'did pastrana say petro should resign', 'Did Pastrana call for Petro’s resignation?', 'pastrana petro resign'])(
    'asks about the call itself: "%s"',
    (question) => {
      expect(asksWhetherUrgedHappened(question, english)).toBe(false);
    },
  );

  it('is read in Spanish too: the outcome, not the call', () => {
    for (const question of ['¿Petro renunció?', '¿va a renunciar Petro?', '¿Petro renunciará?']) expect(asksWhetherUrgedHappened(question, spanish)).toBe(true);
    for (const question of ['¿quién le pidió a Petro que renunciara?', '¿quién instó a Petro a renunciar?']) expect(asksWhetherUrgedHappened(question, spanish)).toBe(false);
  });

  it('is read for a condition too: whether the U.S. stopped, not what the order waits for', () => {
    const condition = 'The order stands until the Trump administration stops bombing drug boats.';
    for (const question of ['did the us stop bombing the boats?', 'has the U.S. stopped the strikes yet']) expect(asksWhetherUrgedHappened(question, condition)).toBe(true);
    for (const question of ['does the order stand until the us stops bombing?', 'what does the us have to stop doing for the order to end']) expect(asksWhetherUrgedHappened(question, condition)).toBe(false);
  });

  it('means nothing for an entry that reports no call', () => {
    expect(asksWhetherUrgedHappened('did petro resign?', 'Petro wrote on X.')).toBe(false);
  });
});

describe('a reader who asks whether Petro resigned', () => {
  let matcher: Matcher;
  beforeAll(async () => {
    matcher = new Matcher((await loadKnowledge('knowledge')).entries);
  });

  it.each(['so did petro actually resign after the ex-president told him to?', 'is petro gonna resign like pastrana wants', '¿y Petro al final renunció?'])(
    'gets no answer, since the article reports only the call: "%s"',
    (question) => {
      expect(matcher.match(question).answered).toBe(false);
    },
  );

  it.each([
    'ok so i was offline all week and apparently the ex president told petro to step down. he actually resigned after that, right? or is he still in charge',
    'llevo días sin leer nada de esto y mi tía no para de hablar. al final petro renunció dsp de q el expresidente se lo pidiera o sigue ahí',
  ])('gets no answer when a long message asks it outside the sentence read as its question: "%s"', (message) => {
    expect(matcher.match(message).answered).toBe(false);
  });

  it('is still told who urged him to resign', () => {
    expect(matcher.match('who urged petro to resign').entry?.paragraph).toBe(12);
  });
});
