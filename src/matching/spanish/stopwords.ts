import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { foldAccents } from './fold.js';
import { FILLER } from './texting.js';

// Spanish stop words from stopwords-iso, the maintained list search engines draw on,
// less the words that carry this story's facts: "usa" is the token for the U.S.,
// "tiempo" names the newspaper El Tiempo, the verbs of saying are a term in English
// too ("what did Galan say"), and "general", "medio", "pais", "ex" name things asked about.
const KEPT = new Set(
  `usa tiempo estados general medio mayor pais ex final valor ejemplo trabajo lugar
  dijo dijeron dice dicen decir dicho afirmo aseguro añadio comento explico expreso indico informo
  manifesto menciono señalo agrego dia dias horas ayer nuevo nueva primer primera ultimo ultima`.split(/\s+/),
);

// Words that say nothing about which fact is asked, missing from the list: the verbs of
// "what happened" (English drops "happen" too) and question scaffolding.
const EXTRA = `pasa paso pasar pasado pasando ocurre ocurrio ocurrir sucede sucedio suceder
  cual cuales que es son fue eso esto algo asi tal deberia deberian significa significado significar minimo`.split(/\s+/);

const isoLists = z.object({ es: z.array(z.string()) });
// Read, not required: require would keep every language's list (about 1 MB) for the life of the process.
const iso = isoLists.parse(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('stopwords-iso'), 'utf8')));

/** Folded Spanish stop words (no accents, ñ kept): dropped from questions and knowledge alike. */
export const SPANISH_STOP_WORDS: ReadonlySet<string> = new Set(
  [...iso.es.map(foldAccents), ...EXTRA, ...FILLER].filter((word) => /^\p{L}+$/u.test(word) && !KEPT.has(word)),
);
