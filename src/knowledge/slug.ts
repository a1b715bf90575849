import { STOP_WORDS } from '../matching/stopwords.js';

// Ids travel in Discord custom ids (100 characters in all), so they stay short.
const MAX_WORDS = 6;
const MAX_LENGTH = 48;

/**
 * A readable id for a new entry from its question ("Who is Gustavo Petro?" ->
 * "who-gustavo-petro"), made unique against `taken` with -2, -3, ... It always
 * matches the id rule of the schema: lowercase ASCII words joined by hyphens.
 */
export function slugFromQuestion(question: string, taken: ReadonlySet<string>): string {
  const words = question
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .match(/[a-z0-9]+/g) ?? [];
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  const chosen = (meaningful.length ? meaningful : words).slice(0, MAX_WORDS);
  let base = chosen.join('-');
  while (base.length > MAX_LENGTH) base = base.slice(0, base.lastIndexOf('-'));
  if (!base) base = 'entry';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
