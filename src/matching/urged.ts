// "Pastrana urged him to resign" (or "the order stands until the U.S. stops bombing") reports
// a call for something, not what came of it: "did Petro end up resigning?", "is he gonna
// resign?" and "¿Petro renunció?" ask whether it happened, which the article does not say.
// Asking about the call itself ("who urged Petro to resign", "¿quién le pidió que
// renunciara?") is answered as before.

interface Urged {
  verb: string;
  spanish: boolean;
}

/** The verbs an entry's text reports someone urging: "urged Petro to resign" → resign, "instó a Petro a renunciar" → renunciar. */
function urgedIn(text: string): Urged[] {
  const english = [
    ...text.matchAll(/\burged\s+(?:[\p{L}.]+\s+){1,3}?to\s+(\p{L}+)/giu),
    // A condition is a call too: "the order stands until the Trump administration stops bombing".
    ...text.matchAll(/\buntil\s+(?:[\p{L}.]+\s+){1,4}?(\p{L}+?)(?<!s)s\s/giu),
  ].map((m) => ({ verb: m[1] ?? '', spanish: false }));
  const spanish = [
    ...[...text.matchAll(/\binst[oó]\s+a\s+(?:[\p{L}.]+\s+){1,3}?a\s+(\p{L}+(?:ar|er|ir))(?!\p{L})/giu)].map((m) => m[1] ?? ''),
    // "hasta que el gobierno de Trump deje de bombardear": whether it stopped.
    ...[...text.matchAll(/\bhasta\s+que\s+(?:[\p{L}.]+\s+){1,5}?dejen?\s+de\s/giu)].map(() => 'dejar'),
  ].map((verb) => ({ verb, spanish: true }));
  return [...english, ...spanish].filter((u) => u.verb.length > 2).map((u) => ({ ...u, verb: u.verb.toLowerCase() }));
}

// English: "did he resign", "has he resigned", "is he gonna / going to resign", "will he resign",
// "he resigned, right?"; a verb right after "to", "should" or "must" is the call ("urged him to
// resign"), unless it is "going to".
function englishOutcome(verb: string): RegExp {
  // "stop" doubles its last consonant: "stopped", "stopping".
  const stem = `${verb.replace(/e$/, '')}${/[^aeiou][aeiou][bdgmnpt]$/.test(verb) ? verb.slice(-1) : ''}`;
  const past = `${stem}ed`;
  const forms = `${verb}(?:s|d)?|${stem}(?:ed|ing)`;
  // "Does the order stand until (or end when, or if) the U.S. stops bombing?" restates the
  // condition; it does not ask whether it was met.
  const notCondition = String.raw`(?<!\b(?:until|when|if|once|unless)\s+(?:[\p{L}.]+\s+){0,6})`;
  return new RegExp(
    String.raw`\b(?:did|does|has|have|had|is|was|will|would)\b.*(?:(?<!\b(?:to|should|must)\s)|(?<=\bgoing\sto\s))${notCondition}\b(?:${forms})\b|\bgonna\s+(?:${forms})\b|${notCondition}\b${past}\b`,
    'iu',
  );
}

// Spanish: "renunció", "ha renunciado", "renunciará", "va a renunciar"; never "que renunciara"
// or "que renuncie", which are the call.
function spanishOutcome(verb: string): RegExp {
  const stem = verb.slice(0, -2);
  const past = verb.endsWith('ar') ? '(?:[oó]|ado)' : '(?:i[oó]|ido)';
  const future = `${verb}(?:á|ía|ia)`;
  return new RegExp(String.raw`(?<!\p{L})(?:${stem}${past}|${future}|va\s+a\s+${verb})(?!\p{L})`, 'iu');
}

/**
 * The question forms that ask whether what an entry's text reports someone urging came
 * about; none when it reports no call. Compiled once per entry, tested per question.
 */
export function outcomePatterns(entryText: string): RegExp[] {
  return urgedIn(entryText).map(({ verb, spanish }) => (spanish ? spanishOutcome(verb) : englishOutcome(verb)));
}

/**
 * True when a question asks whether what an entry reports someone urging came about,
 * rather than about the urging: the entry says who urged what, not what happened next.
 */
export function asksWhetherUrgedHappened(question: string, entryText: string): boolean {
  return outcomePatterns(entryText).some((pattern) => pattern.test(question));
}
