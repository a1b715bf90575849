/**
 * Whether to answer: one calibrated decision over all the evidence the matcher has
 * about its best entry, rather than a threshold per signal. A logistic model gives the
 * probability that the best entry is the right answer; the bot answers at or above
 * `threshold`, so silence, not a near neighbour, is what an uncovered question gets.
 *
 * Fitted by `npm run calibrate` on the tuning halves of the blind sets in eval/ (never
 * the test halves); a test fails when the committed model drifts from a fresh fit.
 */
export const FEATURES = ['confidence', 'overlap', 'lead', 'scoreLead', 'agreement', 'unknownShare', 'kindMismatch', 'negationMismatch', 'topicalTerms', 'quoted', 'inContext'] as const;
export type Feature = (typeof FEATURES)[number];

/**
 * What the matcher knows about a question's best entry; every value is 0–1 except
 * `topicalTerms`. `confidence`: how much of the question's known terms the entry
 * covers; `overlap`: how nearly it is one of the entry's own ways of asking (idf-weighted
 * Jaccard); `lead`: its lead over the best entry quoting another paragraph, and
 * `scoreLead` the same lead in BM25 score, as a share of the best score;
 * `agreement`: 1 when no other candidate covers the question better;
 * `unknownShare`: the share of the question's weight in words the knowledge never
 * uses; `kindMismatch`/`negationMismatch`: 1 when the question asks for a kind of answer
 * the entry does not give, or is negated where the entry is not; `topicalTerms`:
 * ln(1 + the number of known topical terms); `quoted`: 1 when the question quotes a
 * phrase that the entry's own answer or quote holds word for word; `inContext`: 1 when
 * the question was read as one sentence of a long message, with the rest as its context.
 * A question that points back ("what paper did he say that to?") covers every entry that
 * says anything, so its coverage and lead say less than a whole question's would; the
 * fitted weight says how much that matters.
 */
export type Evidence = Record<Feature, number>;

export interface DecisionModel {
  weights: Record<Feature, number>;
  bias: number;
  /** Answer when the probability reaches this. */
  threshold: number;
  /** Offer an entry as "did you mean" when its own confidence reaches this. */
  suggest: number;
}

export const DECISION: Readonly<DecisionModel> = Object.freeze({
  weights: {
    confidence: 1.59,
    overlap: 1.9,
    lead: 0.49,
    scoreLead: 1.09,
    agreement: 0.42,
    unknownShare: -2.01,
    kindMismatch: -3.97,
    negationMismatch: -0.91,
    topicalTerms: 1.46,
    quoted: 0.19,
    inContext: 0.55,
  },
  bias: -4.01,
  threshold: 0.82,
  suggest: 0.25,
});

/** A value per feature; the literal makes the compiler check every feature is there. */
export function perFeature(value: (feature: Feature) => number): Record<Feature, number> {
  return {
    confidence: value('confidence'),
    overlap: value('overlap'),
    lead: value('lead'),
    scoreLead: value('scoreLead'),
    agreement: value('agreement'),
    unknownShare: value('unknownShare'),
    kindMismatch: value('kindMismatch'),
    negationMismatch: value('negationMismatch'),
    topicalTerms: value('topicalTerms'),
    quoted: value('quoted'),
    inContext: value('inContext'),
  };
}

/** The probability (0–1) that the best entry answers the question. */
export function probability(model: Readonly<DecisionModel>, evidence: Evidence): number {
  let z = model.bias;
  for (const feature of FEATURES) z += model.weights[feature] * evidence[feature];
  return 1 / (1 + Math.exp(-z));
}
