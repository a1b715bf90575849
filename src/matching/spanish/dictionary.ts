import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { hasLine } from '../sortedLines.js';

// A real Spanish word the knowledge does not use ("alcalde", "edad") is what an
// uncovered question looks like, so it must stay unknown rather than be "corrected"
// into a knowledge word one letter away. an-array-of-spanish-words lists ~636,000
// folded forms (a-z and ñ, conjugations included), as one JSON array sorted by code
// unit. As with the English list, it is kept as one newline-separated string and
// searched by bisection (sortedLines.ts): about 7 MB, instead of a Set of 636,000 strings,
// read on the first Spanish word that is not the knowledge's (0.1 s).
let words: string | null = null;

const WORD = /^[a-zñ]+$/;

function list(): string {
  if (words === null) {
    const path = createRequire(import.meta.url).resolve('an-array-of-spanish-words');
    const bytes = readFileSync(path);
    words = `\n${asSortedLines(bytes) ?? parsedSortedLines(bytes.toString('utf8'))}\n`;
  }
  return words;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/**
 * The package's JSON array (UTF-8 bytes) as sorted lines, rewritten byte by byte and
 * decoded once: `JSON.parse` would make 636,000 strings only to join them again, which
 * took 0.2 s and left the process 100 MB larger (string replacement, 80 MB). Null when
 * the text is not a plain sorted array of folded words (a later version of the package
 * might not be), for the general path below.
 */
export function asSortedLines(json: Buffer): string | null {
  const open = json.indexOf('["');
  const close = json.lastIndexOf('"]');
  if (open === -1 || close < open || json.subarray(0, open).toString().trim() !== '') return null;
  const out = Buffer.allocUnsafe(json.length);
  let length = 0;
  for (let i = open + 2; i < close; i++) {
    const byte = json[i];
    if (byte !== QUOTE) out[length++] = byte ?? 0;
    else if (json[i + 1] === COMMA && json[i + 2] === QUOTE) {
      out[length++] = NEWLINE;
      i += 2;
    } else return null;
  }
  const lines = out.toString('utf8', 0, length);
  if (/[^a-zñ\n]/.test(lines) || lines.includes('\n\n')) return null;
  // Bisection needs code-unit order.
  let previous = '';
  for (let start = 0; start < lines.length; ) {
    const end = lines.indexOf('\n', start);
    const word = lines.slice(start, end === -1 ? lines.length : end);
    if (word <= previous) return null;
    previous = word;
    start = end === -1 ? lines.length : end + 1;
  }
  return lines;
}

function parsedSortedLines(json: string): string {
  const parsed: unknown = JSON.parse(json);
  const entries = Array.isArray(parsed) ? parsed.filter((word): word is string => typeof word === 'string' && WORD.test(word)) : [];
  return [...new Set(entries)].sort().join('\n');
}

/** True for a folded Spanish word (lower case, no accents, ñ kept) that the dictionary lists. */
export function isSpanishWord(word: string): boolean {
  return WORD.test(word) && hasLine(list(), word);
}
