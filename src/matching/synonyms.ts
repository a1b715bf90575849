import { stemmer } from 'stemmer';

// Words readers use for the same idea, each group folded onto its first word.
// Groups are about this story's vocabulary: they widen what a question may say,
// never what the bot may claim, because answers still come from curated entries.
const GROUPS: readonly string[] = [
  'usa us america american americans washington',
  'colombia colombian colombians',
  'petro gustavo',
  'trump donald',
  'suspend suspension stop stopped halt halted cut freeze froze pause paused cease end ended sever severed',
  'ties relations relationship dealings communications communication contact contacts',
  // Galan calls the intelligence-sharing "cooperation"; readers use both.
  'share sharing exchange exchanging cooperation cooperate cooperating collaboration collaborate partnership',
  'intelligence intel information info spy spies spying espionage',
  'drug drugs narcotics narcotic',
  'boat boats vessel vessels ship ships speedboat speedboats',
  'strike strikes bomb bombing bombings bombed airstrike airstrikes attack attacks attacked missile missiles',
  'kill killed killing dead death deaths died die fatalities casualties',
  'destroy destroyed sink sank sunk',
  'military army armed forces troops soldiers generals',
  // Who does what to whom: the U.S. sanctioned Petro; Petro took punitive action against the U.S.
  'sanction sanctions sanctioned penalize penalized penalties',
  'punitive punish punished punishing punishment retaliate retaliated retaliation retaliating payback revenge',
  'resign resignation quit',
  'urge urged urges urging demand demanded demands',
  'feud spat spate conflict clash row fight quarrel rift tension tensions standoff beef feuding squabble dispute bickering drama',
  'worried worry worries concern concerns concerned fear fears afraid scared scare nervous anxious',
  'benefit benefits benefited winner winners win wins gain gains profit profits',
  'criminal criminals crime crimes gang gangs cartel cartels',
  'seize seized seizes seizure seizures confiscate confiscated',
  'cocaine coke',
  'rise rising increase increased increasing spike surge growth grow grew grown jump soar',
  'fishermen fisherman fishers fisher fishing',
  'say said saying says tell told write wrote written post posted posts tweet tweeted claim claimed respond responded response reply replied statement talk talked speak spoke spoken remark remarks comment comments describe described call called',
  'notify notified notice notification inform informed',
  'official officially formal formally',
  'consult consulting consulted confer',
  'mental crazy insane sanity mentally',
  'europe european',
  'mexico mexican',
  'ton tons tonne tonnes',
  'funding fund funds aid money assistance financing',
  'prosecutor attorney',
  // Not the DEA, CIA or FBI: the article names no agency, so those names must stay unknown words.
  'agency agencies agent agents department',
  'order decree directive',
  'rely relies relying depend depends dependent',
  'speed fast',
  'depart leave leaves departing launch launches',
  'occupants occupant crew crews passengers passenger',
  'weapon weapons arms',
  'innocent civilian civilians',
  // "Other politicians" are the article's political rivals; one politician is Galan (roles.ts).
  'rival rivals opponent opponents opposition adversary adversaries politicians',
  'former ex',
  'commander chief',
  'announcement announce announced',
  'twitter x platform',
  'story article piece news summary summarize summarise gist overview tldr recap',
  'newspaper paper outlet press publication interview',
  'threaten threatens threatened threat hurt harm damage endanger jeopardize undermine risk',
  'defend defends defending justify justifies justified',
  'start started begin began beginning since',
  'people ppl persons',
  'government govt gov administration admin',
  'president pres prez leader',
  'un unodc',
  'production produce produced cultivation cultivate cultivated crop crops harvest plant plants',
  'place placed impose imposed slap slapped',
  'strengthen boost bolster reinforce improve',
  'weaken undermine weakening',
  'stand stands remain remains last lasts keep continue continues until',
];

// Keyed by each word and by its stem, so inflections the list does not spell out
// ("leaving", "sanctioning") still find their group.
const canonical = new Map<string, string>();
for (const group of GROUPS) {
  const [head, ...rest] = group.split(' ');
  if (!head) continue;
  const term = stemmer(head);
  for (const word of [head, ...rest]) {
    canonical.set(word, term);
    if (!canonical.has(stemmer(word))) canonical.set(stemmer(word), term);
  }
}

/** The term a word stands for: its group's head, stemmed, or else its own stem. */
export function termForWord(word: string): string {
  const direct = canonical.get(word);
  if (direct) return direct;
  const stem = stemmer(word);
  return canonical.get(stem) ?? stem;
}

/** Every word that appears in a synonym group: part of the vocabulary typos are corrected to. */
export const SYNONYM_WORDS: readonly string[] = [...canonical.keys()];
