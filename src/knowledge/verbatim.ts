// Quotes are compared with the article after folding only the differences that
// keyboards and Discord's client introduce (curly vs straight quotes, dashes,
// runs of white space). Nothing fuzzier: a quote that changes a word must fail.
export function foldForComparison(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The 1-based numbers of the paragraphs that contain `quote` verbatim (after folding). */
export function paragraphsContaining(paragraphs: readonly string[], quote: string): number[] {
  const needle = foldForComparison(quote);
  if (needle.length === 0) return [];
  const found: number[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (foldForComparison(paragraph).includes(needle)) found.push(index + 1);
  });
  return found;
}
