import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { Matcher, type MatchResult } from '../../src/matching/matcher.js';

// Questions written for these tests, one kind of reader each (issue 9's kinds), never
// taken from the evaluation sets in eval/. Each is judged by the paragraph its answer
// quotes, so rewording an entry does not break the test while its source holds.
let matcher: Matcher;
beforeAll(async () => {
  matcher = new Matcher((await loadKnowledge('knowledge')).entries);
});

const ask = (question: string): MatchResult => matcher.match(question);
const paragraphOf = (question: string) => (ask(question).answered ? ask(question).entry?.paragraph : 'no answer');

/** One test per `[question, paragraph]`, named `title` and the question: the answer quotes that paragraph. */
function itAnswersFrom(title: string, cases: ReadonlyArray<[string, number]>): void {
  it.each(cases)(`${title}: "%s"`, (question, paragraph) => {
    expect(paragraphOf(question)).toBe(paragraph);
  });
}

describe('a reader who writes as people do in Discord', () => {
  itAnswersFrom('is answered when markup and filler surround the question', [
    ['ngl real quick, who’s the lawmaker in this story?', 9],
    ['@everyone <@123456789012345678> <:pog:123456789012345678> how many boats did the us blow up', 5],
    ['||spoiler|| hw mny ppl died cuz of the strikes', 5],
  ]);

  itAnswersFrom('is answered despite swapped letters or a wrong first letter', [
    ['why did colmobia stop sharing intel', 2],
    ['did oastrana urge petro to resign', 12],
    ['yo wat did pastrna say abt petro lol', 13],
  ]);

  it('is answered when slang stands for the article’s words', () => {
    expect(paragraphOf('how many narco boats did the americans sink')).toBe(5);
  });
});

describe('a reader who names people and outlets by their role', () => {
  itAnswersFrom('is answered about the one the article gives that role', [
    ['what did the former president ask petro to do', 12],
    ['how many boats have the feds destroyed', 5],
    ['what does the senator say colombia ought to do about its intelligence', 11],
    ['who is the presidential hopeful', 9],
    ['which wire service talked to the soldiers', 4],
    ['what did the old president urge petro to do', 12],
    ['what did the ex-prosecutor say petros move does', 7],
    ['¿qué le pidió el antiguo presidente a Petro?', 12],
    ['what did the south american president post on x', 2],
  ]);
});

describe('a reader whose question is buried in a long message', () => {
  it('is answered about the question, not the chatter', () => {
    const message =
      "ok I've been following this all weekend and the group chat is split on it, but the one thing I can't figure out is when the strikes started";
    expect(paragraphOf(message)).toBe(5);
  });

  it('is answered when its question only points back at what the chatter is about', () => {
    const message =
      'ok so my coworker keeps bringing up this colombia thing at lunch and i just nod along lol. apparently some ex president said petro needs to step down. what paper did he say that to';
    expect(paragraphOf(message)).toBe(13);
  });

  it.each([
    ['ok so i missed most of the thread while i was at practice and everyone keeps posting about the treasury sanctions on petro. who else got hit by them', 7],
    ['i was half asleep during the news this morning and they mentioned some guy who used to be president going off on petro. what paper did he talk to', 13],
  ])('reads a question that points back ("them", "he") with the chatter that says what it points at: "%s"', (message, paragraph) => {
    expect(ask(message).candidates[0]?.entry.paragraph).toBe(paragraph);
  });
});

describe('a reader who asks for a kind of answer the article does not hold', () => {
  it.each([
    'how tall is petro',
    'what year was galan born',
    'where does pastrana live',
    'what is the name of the former prosecutor',
    'on what exact date did petro give the order to suspend communications',
    'how much cocaine has petros government seized, the actual number',
    'how much money does the us give colombia every year under the alliance',
  ])(
    'gets no answer to "%s"',
    (question) => {
      expect(ask(question).answered).toBe(false);
    },
  );

  it.each(['how many boats did petro destroy', 'how many colombian boats were sunk'])(
    'gets no answer to a count of someone the counting entry never names: "%s"',
    (question) => {
      expect(ask(question).answered).toBe(false);
    },
  );

  it.each(['how old is colombia’s leader?', '¿qué edad tiene el presidente de Colombia?'])(
    'is told that an entry giving an alliance’s age does not give a person’s: "%s"',
    (question) => {
      const result = ask(question);
      expect(result.answered).toBe(false);
      expect(result.evidence?.kindMismatch).toBe(1);
    },
  );

  itAnswersFrom('is answered when "named in the article" means only mentioned', [
    ['who is the senator named in the article', 9],
    ['who’s the ex president named in this story', 12],
  ]);

  it('still answers how old the alliance is', () => {
    expect(paragraphOf('so how old is the military alliance with the us')).toBe(8);
  });

  it.each(['who in petros family got hit by the sanctions, his brother?', 'which of petros relatives got sanctioned, his wife?'])(
    'gets no answer when it ends on a guess the article never mentions: "%s"',
    (question) => {
      expect(ask(question).answered).toBe(false);
    },
  );

  itAnswersFrom('is still answered when it ends on the article’s own words or a qualifier', [
    ['how many boats were destroyed, like 19?', 5],
    ['how many people on the boats have died, at a minimum?', 5],
    ['when did the former president say all that, recently?', 13],
  ]);

  it('still answers the count the article gives', () => {
    expect(paragraphOf('how many boats did the us destroy')).toBe(5);
  });

  it.each([
    'by what percentage has colombian coca production gone up?',
    'what % of the cocaine ends up in europe',
    'how much cocaine did the border agency seize in fiscal 2024 alone?',
    '¿cuánta cocaína incautaron solo en 2024?',
  ])('gets no answer to a percentage or one year’s part of a figure the article never gives: "%s"', (question) => {
    expect(ask(question).answered).toBe(false);
  });

  it('still answers the figure the article gives for both years', () => {
    expect(paragraphOf('how much cocaine did CBP seize in 2024 and 2025')).toBe(15);
  });

  it('gets no confident answer to a negated question', () => {
    expect(ask('which of the critics never called for petro to resign').answered).toBe(false);
  });

  it('still sees the entries it might have meant, as suggestions', () => {
    expect(ask('where does pastrana live').suggestions.map((e) => e.paragraph)).toContain(12);
  });
});

describe('a reader who quotes the article back', () => {
  itAnswersFrom('is answered from the entry whose source holds the quoted words', [
    ['who called it “a serious strategic error”?', 11],
    ["'seen Petro's announcement on social media' - who saw it?", 4],
  ]);

  it('ranks first the entry that holds a quoted phrase with an apostrophe in it', () => {
    expect(ask("who said 'I don't know what he is consuming'").candidates[0]?.entry.paragraph).toBe(13);
  });

  it('is read, when it asks what a line means, from the entry that quotes most around it', () => {
    const top = ask("what was Petro getting at with 'less so in the Caribbean against Colombians'?").candidates[0]?.entry;
    expect(top?.quote).toContain('less so in the Caribbean');
    expect(top?.quote).toContain('missile strikes against fishermen');
  });

  it('gets no answer for words the article never quotes', () => {
    expect(ask("who said 'we will never negotiate with Washington'?").answered).toBe(false);
  });
});

describe('a reader who asks for the words of someone the article never quotes', () => {
  it.each(['how did trump respond to the order', 'What did Maduro say about the strikes?', 'explain how Trump responded to the order', 'how has the Trump administration reacted to the suspension?'])('gets no answer, whatever the case of the name: "%s"', (question) => {
    expect(ask(question).answered).toBe(false);
  });

  it.each([
    'How did the Trump administration respond to Petro suspending intelligence sharing?',
    '¿Qué respondió el gobierno de Trump a la orden de Petro de suspender la cooperación?',
  ])(
    'gets no answer when asking for the words of that person’s government: "%s"',
    (question) => {
      expect(ask(question).answered).toBe(false);
    },
  );

  it.each(['did petro ever respond to pastrana saying he has a mental problem', '¿qué le respondió Petro a Pastrana?', 'did trump ever respond', 'so did trump or the white house respond at all'])(
    'gets no answer when the words asked for are not the ones an entry quotes: "%s"',
    (question) => {
      expect(ask(question).answered).toBe(false);
    },
  );

  it('is still answered about what Pastrana said of Petro', () => {
    expect(paragraphOf('did pastrana really say petro has a mental problem')).toBe(13);
  });

  it('is still answered about what the military told AFP, whom the article reports', () => {
    expect(paragraphOf('what did the military tell AFP')).toBe(4);
  });
});

describe('a reader who gives a command', () => {
  itAnswersFrom('is answered on what the command is about, not its verb', [
    ['Name the newspaper Pastrana spoke to.', 13],
    ['Walk me through the figures on the cocaine seized at the border.', 15],
    ['Summarize the Treasury sanctions.', 7],
  ]);

  it.each(['recap please', 'summarize', 'sum up the story'])('is given the story itself when the command has no object: "%s"', (question) => {
    expect(ask(question).entry?.id).toBe('story-summary');
  });
});

describe('a reader learning English', () => {
  itAnswersFrom('is answered in the words a learner knows', [
    ['the politicians in colombia, they are afraid of what?', 8],
    ['the border police take how much cocaine?', 15],
    ['coca plants is growing in colombia?', 14],
  ]);
});

describe('a reader who asks which way a number went', () => {
  itAnswersFrom('is answered with the article’s trend or number', [
    ['is the coca harvest in colombia going up or down', 14],
    ['la produccion de coca sube o baja?', 14],
    ['how many boats were destroyed, more or less?', 5],
  ]);
});

describe('a reader who checks a number against the article', () => {
  itAnswersFrom('is answered with the article’s own number', [
    ['Were more than 100 boats destroyed?', 5],
    ['Did the U.S. seize over 50 tons of cocaine at the border?', 15],
  ]);

  it('gets no answer about a year the article never mentions', () => {
    expect(ask('how many boats were destroyed in 2019').answered).toBe(false);
  });

  itAnswersFrom('is answered with the article’s own day or count when a yes/no question gets it wrong', [
    ['did petro answer his critics on a friday?', 2],
    ['were 90 boats destroyed by the us?', 5],
  ]);

  it('is read in British spelling too', () => {
    expect(paragraphOf('who criticised petro for not consulting the military')).toBe(2);
  });
});

describe('a reader who asks in another form', () => {
  itAnswersFrom('is answered', [
    ['did the senator say petro is playing with fire?', 9],
    ['who called on petro to quit', 12],
    ['who said "playing with fire"?', 9],
    ['According to the military sources, is it accurate that they were notified through official channels?', 4],
    ['why colombia president stop give information to america?', 2],
  ]);

  it('is answered on the part the article covers when two questions come in one', () => {
    expect(paragraphOf("when did the strikes start and what is petro's favourite food?")).toBe(5);
  });
});

describe('a reader who asks in Spanish', () => {
  it.each([
    ['¿qué agencia de noticias habló con los militares?', 4],
    ['¿cuántas lanchas destruyó EE.UU.?', 5],
    ['¿qué tiene que hacer Colombia con su inteligencia, según el senador?', 11],
  ])('is answered in Spanish: "%s"', (question, paragraph) => {
    const result = ask(question);
    expect(result.language).toBe('es');
    expect(result.entry?.paragraph).toBe(paragraph);
  });

  it.each([
    ['¿por qué fue sancionado el presidente por EE.UU.?', 7],
    ['¿por qué Petro castigó a EE.UU.?', 2],
  ])('is told who did what to whom: the sanctions on Petro are not his punishment of the U.S.: "%s"', (question, paragraph) => {
    expect(ask(question).entry?.paragraph).toBe(paragraph);
  });

  it('gets no answer, in Spanish, to what the article does not say', () => {
    const result = ask('¿cuántos años tiene Petro?');
    expect(result).toMatchObject({ answered: false, language: 'es' });
  });

  it.each(['quien gano con la pelea', 'xq petro corto la info con los gringos', 'parce q paso con petro'])(
    'is read as Spanish in chat Spanish without accents, from the words the Spanish knowledge holds: "%s"',
    (question) => {
      expect(ask(question).language).toBe('es');
    },
  );

  it('is read as English when a Spanish locale asks in English', () => {
    expect(matcher.match('how many boats were destroyed', { locale: 'es-ES' }).language).toBe('en');
  });
});
