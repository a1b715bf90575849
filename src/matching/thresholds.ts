/**
 * When the matcher answers. A question is answered when its best entry's confidence
 * reaches `answer` and either reaches `confident` or leads the runner-up by `margin`;
 * entries above `suggest` are offered as "did you mean".
 *
 * Calibrated with `npm run calibrate` on knowledge/calibration.jsonl (questions
 * written independently of the knowledge file); see that command's output for the
 * sweep. Re-run it after changing the matcher or the knowledge substantially.
 */
export interface Thresholds {
  answer: number;
  confident: number;
  margin: number;
  suggest: number;
}

export const THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  answer: 0.58,
  confident: 0.83,
  margin: 0.06,
  suggest: 0.25,
});
