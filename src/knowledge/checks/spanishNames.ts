import { stripAccents } from './facts.js';

/**
 * The story's names as Spanish writes them, each with the English forms that support it
 * in a quote: the article is English, so "Estados Unidos" in a Spanish answer is backed by
 * "United States", "U.S." or "America" in the quote. Longest names first, so that
 * "Departamento del Tesoro" is read as one name before "Tesoro" alone.
 */
const SPANISH_NAMES: ReadonlyArray<readonly [spanish: string, english: readonly string[]]> = [
  ['Oficina de las Naciones Unidas contra la Droga y el Delito', ['un office on drugs and crime']],
  ['Oficina de Aduanas y Protección Fronteriza', ['customs and border protection']],
  ['Aduanas y Protección Fronteriza', ['customs and border protection']],
  ['Departamento del Tesoro', ['treasury department']],
  ['Naciones Unidas', ['united nations', 'un office']],
  ['Fuerzas Armadas', ['armed forces']],
  ['Fuerzas Militares', ['military forces']],
  ['Estados Unidos', ['united states', 'u.s.', 'america']],
  ['Casa Blanca', ['white house']],
  ['EE. UU.', ['united states', 'u.s.', 'america']],
  ['EE.UU.', ['united states', 'u.s.', 'america']],
  ['EEUU', ['united states', 'u.s.', 'america']],
  ['ONU', ['united nations', 'un office']],
  ['CBP', ['customs and border protection']],
  ['Tesoro', ['treasury']],
  ['Caribe', ['caribbean']],
  ['Europa', ['europe']],
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `answer` with each Spanish name that `support` backs in English taken out, so that only
 * the names left can be reported as unsupported. A name the support does not back stays.
 */
export function withoutSupportedSpanishNames(answer: string, support: string): string {
  const supported = stripAccents(support.toLowerCase());
  let rest = answer;
  for (const [spanish, english] of SPANISH_NAMES) {
    if (!english.some((form) => supported.includes(form))) continue;
    // A dash keeps the words apart without looking like a sentence end or a name.
    rest = rest.replace(new RegExp(`(?<![\\p{L}])${escape(spanish)}(?![\\p{L}])`, 'gu'), '-');
  }
  return rest;
}
