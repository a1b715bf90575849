// Figures a question asks for that an entry's numbers do not give: a percentage where the
// article gives a count or a trend, and one year's part of a figure it gives for several.

const PERCENTAGE_ASKED =
  /\b(?:what|which|how much|how big a|by how many)\s+(?:percent(?:age)?|per cent|%|proportion|fraction)|%\s*(?:of|de)\b|\bqu[eé]\s+(?:porcentaje|proporci[oó]n)|\bcu[aá]nto\s+por\s*ciento/i;
const PERCENTAGE_GIVEN = /\d\s*(?:%|percent|per cent|por ciento)/i;

/**
 * True when a question asks for a percentage ("by what percentage has coca production
 * risen", "what % goes to Europe") and the entry's text states none: "on the rise" and
 * "most of it" are no percentage.
 */
export function asksForMissingPercentage(question: string, entryText: string): boolean {
  return PERCENTAGE_ASKED.test(question) && !PERCENTAGE_GIVEN.test(entryText);
}

const YEAR = String.raw`(?:19|20)\d\d`;
// "in fiscal year 2024 alone", "just in 2024", "solo en 2024", "2024 solamente".
const ONE_YEAR_ASKED = new RegExp(
  String.raw`\b(${YEAR})\s+(?:alone|by itself|only|solamente|nada m[aá]s)\b|\b(?:only|just|solo|s[oó]lo|solamente)\s+(?:in\s+|en\s+)?(?:(?:the\s+|el\s+)?(?:fiscal\s+)?(?:year\s+|a[nñ]o\s+(?:fiscal\s+)?)?)?(${YEAR})\b`,
  'i',
);

/**
 * True when a question asks for one year's part of a figure that the entry gives only for
 * several years together ("how much did CBP seize in fiscal year 2024 alone", when the
 * article gives about 70 tons for fiscal years 2024 and 2025).
 */
export function asksForPartOfTotal(question: string, entryText: string): boolean {
  const match = question.match(ONE_YEAR_ASKED);
  const year = match?.[1] ?? match?.[2];
  if (!year) return false;
  const together = new RegExp(String.raw`\b${year}\s*(?:and|y|-|–|to|through|a)\s*${YEAR}\b|\b${YEAR}\s*(?:and|y|-|–|to|through|a)\s*${year}\b`, 'i');
  return together.test(entryText);
}
