// Readers name people and outlets by their role in the story ("the lawmaker", "the
// ex-prez", "the wire service"). Each rewrite puts the article's own wording of the
// role and the name it gives that role in place of the reader's words, so a question
// by role meets the entries that name the person, and the reader's role words do not
// count as words the knowledge never uses. Story-specific by nature: the article says
// who holds each role. Applied to folded, lower-case text ("usa" is the U.S.), to
// questions and knowledge alike, in this order.
export const ROLES: ReadonlyArray<[RegExp, string]> = [
  // Pastrana: the former president. Before Petro's rules, which also match "president".
  [/\b(?:former|ex|old|previous|past|onetime)\s+(?:colombian\s+|colombias?\s+)?(?:president|leader|head of state|prez|pres)\b/g, 'former colombian president pastrana'],
  // The unnamed former prosecutor who spoke to El Tiempo.
  [/\b(?:former|ex|old)\s+(?:colombian\s+)?(?:prosecutor|attorney general|da)\b|\bprosecutor (?:guy|dude|person)\b/g, 'former colombian prosecutor'],
  // Galan: the opposition senator and presidential candidate.
  [/\b(?:opposition\s+)?(?:senator|lawmaker|legislator|congressman|congresswoman|congressmember|politician)\b/g, 'opposition senator galan'],
  [/\bpresidential\s+(?:candidate|hopeful|contender|aspirant|wannabe|runner)\b|\b(?:candidate|hopeful)\s+for\s+president\b|\brunning for president\b/g, 'presidential candidate galan'],
  // Petro, named by his region: before Trump's rule, which would read "south american president" as his.
  [/\b(?:south|latin)\s+american\s+(?:president|leader|prez|pres|head of state)\b/g, 'colombian president petro'],
  // Trump: the American president.
  [/\b(?:usa|american|americas|washington)\s+(?:president|leader|prez|pres)\b|\bpresident of (?:the )?(?:usa|america)\b/g, 'president trump'],
  [/\bwhite house\b/g, 'trump administration'],
  // "The feds" are the U.S. government, whose strikes and agents the article reports.
  [/\bthe feds\b|\bfederal government\b/g, 'usa government'],
  // Petro: Colombia's president.
  [/\b(?:colombian|colombias|colombia)\s+(?:president|leader|prez|pres|head of state)\b|\bpresident of colombia\b/g, 'colombian president petro'],
  // Outlets and agencies, both ways: the article names them, readers describe them.
  [/\b(?:french\s+)?(?:news|wire|press)\s+(?:agency|service)\b|\bagence france[\s-]?presse\b/g, 'afp'],
  [/\bafp\b/g, 'news agency afp'],
  [/\bbogota(?:s)?\s+(?:newspaper|paper|daily)\b/g, 'el tiempo'],
  [/\bel (?:tiempo|colombiano)\b/g, '$& newspaper'],
  [/\bborder (?:patrol|police|agents?|officials?|authorities|officers?|guards?)\b|\bcustoms\b(?! and border)/g, 'customs border protection'],
  [/\bun (?:drug|drugs|crime) (?:agency|office|body|watchdog)\b/g, 'un office drugs crime'],
];
