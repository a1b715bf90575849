import type { Analyzer } from './analyzer.js';

// "Did Petro post his defence on a Monday?", "were 175 people killed?", "¿las lanchas
// destruidas fueron 12, verdad?": a yes/no question that checks a detail against the
// article. A weekday, month or count the knowledge never uses is then the detail being
// checked, not a sign that the question asks about something else: the entry that states
// the article's own weekday, month or count answers it. A year stays unknown, since "in
// 2019" asks about another time rather than getting this one wrong.
const CHECKING = new RegExp(
  [
    String.raw`^\W*(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b`,
    String.raw`\b(?:is it|it is|it's) (?:true|accurate|correct|right) that\b`,
    String.raw`\b(?:es|era) (?:verdad|cierto) que\b`,
    String.raw`,?\s*(?:right|correct|true|no|verdad|cierto)\s*\?+\s*$`,
  ].join('|'),
  'iu',
);

const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo';
const MONTHS =
  'january february march april may june july august september october november december enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre';
const COUNT = /^\d+$/;
const YEAR = /^(?:19|20)\d\d$/;

type DetailKind = 'weekday' | 'month' | 'count';

/** What a yes/no question may check against an entry, as one language's terms. */
export class DetailChecks {
  private readonly kinds = new Map<string, DetailKind>();
  /** The kinds of detail each entry text states, read on its first yes/no question. */
  private readonly stated = new Map<string, ReadonlySet<DetailKind>>();

  constructor(private readonly analyzer: Analyzer) {
    for (const word of WEEKDAYS.split(' ')) this.add(word, 'weekday');
    for (const word of MONTHS.split(' ')) this.add(word, 'month');
  }

  /**
   * The unknown terms of a yes/no question that check a detail the entry's text states
   * in its own value of the same kind (a weekday for a weekday, a count for a count).
   * Empty for any other question.
   */
  checked(question: string, unknownTerms: readonly string[], entryText: string): Set<string> {
    if (!CHECKING.test(question.trim())) return new Set();
    const stated = this.statedIn(entryText);
    return new Set(unknownTerms.filter((term) => {
      const kind = this.kindOf(term);
      return kind !== null && stated.has(kind);
    }));
  }

  private statedIn(entryText: string): ReadonlySet<DetailKind> {
    let kinds = this.stated.get(entryText);
    if (!kinds) {
      kinds = new Set(this.analyzer.words(entryText).flatMap((word) => this.kindOf(this.analyzer.term(word) ?? word) ?? []));
      this.stated.set(entryText, kinds);
    }
    return kinds;
  }

  private kindOf(term: string): DetailKind | null {
    if (COUNT.test(term)) return YEAR.test(term) ? null : 'count';
    return this.kinds.get(term) ?? null;
  }

  private add(word: string, kind: DetailKind): void {
    const term = this.analyzer.term(word);
    if (term) this.kinds.set(term, kind);
  }
}
