// How people write in Discord, for the English analyzer. Two kinds of words:
// texting spellings that stand for a real word ("wht" is "what"), and filler that
// carries no topic at all ("ngl", "real quick"). Filler must never decide an answer,
// so it is dropped like a stop word rather than weighed as an unknown word.

/** Texting spellings and abbreviations, by the word they stand for. */
export const TEXTING: ReadonlyMap<string, string> = new Map(
  Object.entries({
    wht: 'what', wat: 'what', wut: 'what', wha: 'what', whta: 'what',
    smth: 'something', sth: 'something', smthg: 'something',
    cuz: 'because', coz: 'because', cos: 'because', bc: 'because', bcuz: 'because', bcoz: 'because', becuz: 'because',
    hw: 'how', mny: 'many', muc: 'much', abt: 'about', bout: 'about',
    u: 'you', ur: 'your', r: 'are', y: 'why', n: 'and', w: 'with', b4: 'before', thru: 'through', tho: 'though',
    ppl: 'people', ppls: 'people', govt: 'government', gov: 'government', govts: 'governments', gvt: 'government',
    prez: 'president', pres: 'president', dept: 'department', depts: 'departments', admin: 'administration',
    intel: 'intelligence', info: 'information', yrs: 'years', yr: 'year', mil: 'military', amt: 'amount',
    whos: 'who', wheres: 'where', whens: 'when', hows: 'how', whys: 'why', whats: 'what',
    dunno: 'know', gonna: 'going', wanna: 'want', gotta: 'must', kinda: 'kind', sorta: 'sort',
    shud: 'should', shld: 'should', cud: 'could', wud: 'would', wasnt: 'was not', isnt: 'is not', didnt: 'did not', doesnt: 'does not',
    dont: 'do not', wont: 'will not', cant: 'can not', havent: 'have not', hasnt: 'has not', arent: 'are not', werent: 'were not',
    sen: 'senator', cnt: 'count', num: 'number', tons: 'tons', approx: 'approximately', bn: 'billion',
  }),
);

/** Multi-word texting forms, rewritten before words are split. */
export const TEXTING_PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bw\/o\b/g, 'without'],
  [/\bw\//g, 'with '],
  [/\bb\/c\b/g, 'because'],
  [/\bhw mny\b/g, 'how many'],
  [/\bex[\s-]?(?=pres|prez|president|leader|prosecutor)/g, 'former '],
];

// Digits typed for the letters they look like ("petr0", "c0caine"): only in a word of at least
// three letters whose every digit is one of these, so "fy2024", "g7" and "covid19" stay as they are.
const LOOKALIKE_DIGITS: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** A word with look-alike digits for letters, spelled with the letters; any other word unchanged. */
export function withLetters(word: string): string {
  if (!/\d/.test(word) || !/^[a-z014357]+$/.test(word) || (word.match(/[a-z]/g) ?? []).length < 3) return word;
  return word.replace(/[014357]/g, (digit) => LOOKALIKE_DIGITS[digit] ?? digit);
}

/** Chat filler: words that say how someone asks, never what about. */
export const FILLER: readonly string[] = `ngl fr frfr tbh tbf honestly honest lol lmao lmfao rofl bruh bro bros fam yall ya guys folks
  dude dudes man yo sup heya hiya rn btw hmm hmmm um umm uh uhh er wait omg wtf tf smh idk idc imo imho lowkey highkey
  literally legit quick quickly real dumb stupid silly question questions sorry srry sry curious wondering wonder
  anyone anybody someone somebody ty thx tysm tyvm cheers thanks thank help helpful confused confusing
  understand figure explain explaining elaborate clarify clarification remind
  okay ok alright aight kk pls plz please mate buddy friend friends chat chatting guess im ive id
  anyway anyways though tho also yeah yea yep nope nah like tryna trying try asking ask wanna gonna gotta
  whatever stuff lot lots bit little much pretty super totally basically apparently seriously supposedly
  heard hear follow following followed update updates type types besides else deal huge
  imply implying implied suggest suggesting suggested point spoiler spoilers`
  .split(/\s+/)
  .filter(Boolean);
