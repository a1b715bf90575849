// Readers name people and outlets by their role in the story ("the senator", "the
// ex-president", "the wire service"). Each rewrite adds the name the article gives
// that role, keeping the role words too, so a question by role meets the entries that
// name the person. Story-specific by nature: the article says who holds each role.
// Applied to folded, lower-case text ("usa" is the U.S.), longest forms first.
export const ROLES: ReadonlyArray<[RegExp, string]> = [
  // Pastrana: the former president. Before Petro's rules, which also match "president".
  [/\b(?:former|ex)\s+(?:colombian\s+|colombia\s+|colombias\s+)?(?:president|leader|head of state)\b/g, '$& pastrana'],
  [/\bformer colombian president\b/g, '$& pastrana'],
  // Galan: the opposition senator and presidential candidate.
  [/\b(?:opposition\s+)?(?:senator|lawmaker|legislator|congressman|congressmember|politician)\b/g, '$& galan'],
  [/\bpresidential\s+(?:candidate|hopeful|contender|aspirant|wannabe)\b/g, '$& galan'],
  [/\b(?:candidate|hopeful)\s+(?:for|to be)\s+president\b/g, '$& galan'],
  [/\bsomeone running for president\b|\brunning for president\b/g, '$& galan'],
  // Trump: the American president.
  [/\b(?:usa|american|americas|washington)\s+(?:president|leader|prez)\b/g, '$& trump'],
  [/\bpresident of (?:the )?(?:usa|america)\b/g, '$& trump'],
  [/\bwhite house\b/g, '$& trump administration'],
  // Petro: Colombia's president.
  [/\b(?:colombian|colombias|colombia)\s+(?:president|leader|prez|head of state)\b/g, '$& petro'],
  [/\bpresident of colombia\b/g, '$& petro'],
  // Outlets and agencies.
  [/\b(?:french\s+)?(?:news|wire|press)\s+(?:agency|service)\b|\bwire service\b|\bagence france[\s-]?presse\b/g, '$& afp'],
  [/\bbogota(?:s)?\s+(?:newspaper|paper|daily)\b/g, '$& el tiempo'],
  // And the other way: the outlets the article names are newspapers and a news agency.
  [/\bel (?:tiempo|colombiano)\b/g, '$& newspaper'],
  [/\bafp\b/g, '$& news agency'],
  [/\bmedellin(?:s)?\s+(?:newspaper|paper|daily)\b/g, '$& el colombiano'],
  [/\bborder (?:patrol|agents?|officials?|authorities|officers?)\b|\bcustoms\b/g, '$& customs border protection'],
  [/\bun (?:drug|drugs|crime) (?:agency|office|body|watchdog)\b/g, '$& un office drugs crime'],
];
