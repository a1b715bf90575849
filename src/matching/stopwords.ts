// Words that carry no information about which fact a question is after. Question
// words (who, when, where, why, how) are deliberately absent: they say what kind
// of answer is wanted, and the matcher keeps them as terms of their own.
import { FILLER } from './chatSpeech.js';

export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FILLER,
  ...
  `a about above actually after again all also am an and any anyone anything are as at be
  because been being both but by can could d did do does doing done don dont each else even
  ever for from further get gets getting give go going got had has have having he her here
  hers him himself his i if in into is isn it its itself just know let like ll m me might mine
  more most my myself nor no not now o of off ok okay on once only or other our ours out over own
  please pls plz re really s same she should so some such t than thank thanks that
  the their theirs them then there these they thing things this those through to too
  u up very ve was we were what whats which while will with would y yeah yes you your yours
  hi hey hello bot exactly basically kind sort mean means meant
  goes went gone put puts use used uses using gets make makes made take takes took taken
  give gives gave given happen happens happened come comes came want wants wanted let lets
  become became seem seems seemed currently already still ever anyway overall`
    .split(/\s+/)
    .filter(Boolean),
]);
