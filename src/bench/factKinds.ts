/**
 * The kinds of fact a generated entry states, each with the ways readers ask for
 * it, the answer, and the sentence its quote stands for. Several ways of asking
 * per fact give generated entries alternates shaped like the real ones.
 */
export interface Person {
  first: string;
  last: string;
  title: string;
}

/** The words one fact is told with, from which its questions, answer and quote are written. */
export interface Fact {
  topic: string;
  place: string;
  agency: string;
  person: Person;
  name: string;
  action: string;
  past: string;
  n: number;
  unit: string;
  outcome: string;
  date: string;
}

export interface FactKind {
  name: string;
  questions: ReadonlyArray<(f: Fact) => string>;
  answer: (f: Fact) => string;
  quote: (f: Fact) => string;
  quotesPerson: boolean;
}

export const FACT_KINDS: readonly FactKind[] = [
  {
    name: 'reason',
    questions: [
      (f) => `Why did the ${f.agency} ${f.action} the ${f.topic}?`,
      (f) => `why was the ${f.topic} ${f.past}`,
      (f) => `reason the ${f.agency} ${f.past} the ${f.topic}`,
      (f) => `what made ${f.place} ${f.action} the ${f.topic}?`,
      (f) => `${f.topic} ${f.past} why`,
      (f) => `why is the ${f.topic} in ${f.place} being ${f.past}?`,
    ],
    answer: (f) => `The ${f.agency} ${f.past} the ${f.topic} because ${f.n} ${f.unit} ${f.outcome}, according to ${f.name}.`,
    quote: (f) => `“We ${f.past} the ${f.topic} because ${f.n} ${f.unit} ${f.outcome},” said ${f.person.title} ${f.name}.`,
    quotesPerson: true,
  },
  {
    name: 'count',
    questions: [
      (f) => `How many ${f.unit} ${f.outcome} because of the ${f.topic}?`,
      (f) => `number of ${f.unit} hit by the ${f.topic} in ${f.place}`,
      (f) => `how many ${f.unit} did the ${f.topic} affect?`,
      (f) => `how bad was the ${f.topic} for ${f.unit}?`,
      (f) => `${f.topic} ${f.unit} count`,
    ],
    answer: (f) => `${f.n} ${f.unit} ${f.outcome}, the ${f.agency} said.`,
    quote: (f) => `The ${f.agency} said ${f.n} ${f.unit} ${f.outcome} during the ${f.topic} in ${f.place}.`,
    quotesPerson: false,
  },
  {
    name: 'date',
    questions: [
      (f) => `When will the ${f.agency} ${f.action} the ${f.topic}?`,
      (f) => `date for the ${f.topic}`,
      (f) => `when does the ${f.topic} start in ${f.place}?`,
      (f) => `what day is the ${f.topic} vote?`,
      (f) => `is there a deadline for the ${f.topic}?`,
    ],
    answer: (f) => `On ${f.date}, the ${f.agency} said.`,
    quote: (f) => `The ${f.agency} will ${f.action} the ${f.topic} on ${f.date}, officials in ${f.place} said.`,
    quotesPerson: false,
  },
  {
    name: 'reaction',
    questions: [
      (f) => `What did ${f.name} say about the ${f.topic}?`,
      (f) => `${f.person.last} on the ${f.topic}`,
      (f) => `${f.person.title} ${f.person.last} reaction`,
      (f) => `how did ${f.name} respond to the ${f.topic}?`,
      (f) => `does ${f.person.last} support the ${f.topic}?`,
    ],
    answer: (f) => `${f.name} said the ${f.topic} would hurt ${f.unit} in ${f.place}.`,
    quote: (f) => `“This ${f.topic} will hurt ${f.unit} across ${f.place},” ${f.name} told reporters on ${f.date}.`,
    quotesPerson: true,
  },
  {
    name: 'who',
    questions: [
      (f) => `Who ${f.past} the ${f.topic} in ${f.place}?`,
      (f) => `which agency ${f.past} the ${f.topic}?`,
      (f) => `who is behind the ${f.topic} decision?`,
      (f) => `who is responsible for the ${f.topic}?`,
    ],
    answer: (f) => `The ${f.agency}, led by ${f.person.title} ${f.name}.`,
    quote: (f) => `The ${f.agency}, led by ${f.person.title} ${f.name}, ${f.past} the ${f.topic} last week.`,
    quotesPerson: false,
  },
  {
    name: 'cost',
    questions: [
      (f) => `How much will the ${f.topic} cost?`,
      (f) => `price of the ${f.topic}`,
      (f) => `${f.topic} cost ${f.place}`,
      (f) => `what is the budget for the ${f.topic}?`,
      (f) => `who pays for the ${f.topic} in ${f.place}?`,
    ],
    answer: (f) => `About ${f.n} million dollars, paid by the ${f.agency}.`,
    quote: (f) => `The ${f.topic} will cost about ${f.n} million dollars, the ${f.agency} in ${f.place} estimated.`,
    quotesPerson: false,
  },
  {
    name: 'next',
    questions: [
      (f) => `What happens next with the ${f.topic}?`,
      (f) => `next steps for the ${f.topic} in ${f.place}`,
      (f) => `will the ${f.agency} vote on the ${f.topic}?`,
      (f) => `is the ${f.topic} final?`,
    ],
    answer: (f) => `The ${f.agency} will review the ${f.topic} again on ${f.date}.`,
    quote: (f) => `The ${f.agency} is expected to ${f.action} the ${f.topic} again on ${f.date}, ${f.name} said.`,
    quotesPerson: true,
  },
];
