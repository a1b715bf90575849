import { stripDiscordMarkup } from '../markup.js';
import { NAMED_THING_ES } from '../answerKind.js';
import { TEXTING } from './texting.js';

const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\ue000]/g;

// Before lower-casing: "X" the platform and "x" the texting "por" differ only in case.
const CASED: ReadonlyArray<[RegExp, string]> = [[/(?<![\p{L}\p{N}])X(?![\p{L}\p{N}])/gu, ' twitter ']];

// Question words that keep their meaning only with the accent ("cómo" asks how, "como"
// is "like"; "por qué" asks why, "porque" is "because"): read before accents are folded.
const ACCENTED_QUESTIONS: ReadonlyArray<[RegExp, string]> = [
  // "¿Cómo se llama el periódico…?" and "el nombre de la agencia" ask which paper or agency.
  [new RegExp(String.raw`(?<!\p{L})(?:c[oó]mo\s+se\s+llaman?|(?:cu[aá]l\s+es\s+)?el\s+nombre\s+de(?:l)?)\s+(?:el\s+|la\s+|los\s+|las\s+)?(?=${NAMED_THING_ES})`, 'giu'), ' cual '],
  [/(?<!\p{L})(?:por qué (?:razón|motivo)|por qué|para qué)(?!\p{L})/gu, ' why '],
  [/(?<!\p{L})(?:de qué (?:manera|forma|modo)|cómo)(?!\p{L})/gu, ' how '],
];

// The answer kind asked, as the terms every language shares (who, when, where, why,
// how, qty, howlong). Unaccented, as chat writes them; "como" and "porque" ask only at
// the start of a clause, since mid-sentence they mean "like" and "because".
const CLAUSE_START = String.raw`(^|[¿¡.,;:!?(]\s*|\by\s+|\bo\s+)`;
const QUESTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\ben cuanto a\b/g, ' '],
  // "How old": an age, not a length of time.
  [/\bcuantos (?:años|anos) (?:tiene|tenia|tendra|cumple|cumplio)\b/g, ' edad '],
  [/\b(?:desde )?hace cuanto(?: tiempo)?\b|\b(?:por )?cuanto tiempo\b|\bcuantos (?:anos|años|meses|dias|semanas)\b/g, ' howlong '],
  [/\bdesde cuando\b|\bcuando\b|\b(?:en )?que (?:dia|fecha|año|ano|mes|hora)\b/g, ' when '],
  [/\b(?:en |de |desde |por |hacia )?(?:a)?donde\b|\ben que (?:lugar|sitio|parte)\b/g, ' where '],
  [/\bquien(?:es)?\b/g, ' who '],
  [/\bcuant[oa]s?\b|\b(?:que )?cantidad de\b|\bque cantidad\b|\bnumero de\b|\bcifra de\b/g, ' qty '],
  [/\bpor que (?:razon|motivo)\b|\bpor que\b|\bcon que (?:fin|objetivo|proposito)\b|\ba que se debe\b/g, ' why '],
  [new RegExp(`${CLAUSE_START}(?:porque|para que)\\b`, 'g'), '$1 why '],
  [new RegExp(`${CLAUSE_START}como\\b`, 'g'), '$1 how '],
];

// Names spelled one way. "usa" is the token the English analyzer uses for the U.S.;
// the UN is kept as "onu", because "un" is the Spanish article (the term of "onu" is
// the shared "un", see synonyms.ts).
const NAMES: ReadonlyArray<[RegExp, string]> = [
  [/(?<!\p{L})e\.?\s?e\.?\s?u\.?\s?u\.?(?!\p{L})/gu, ' usa '],
  [/\bestados unidos(?: de (?:america|norteamerica))?\b|\bu\.s\.a?\.?(?!\p{L})/gu, ' usa '],
  [/\boficina de (?:las )?naciones unidas contra la droga y el delito\b|\bnaciones unidas\b|\bunodc\b/g, ' onu '],
  [/\bex[\s-](?=presidente|mandatario|fiscal|senador|procurador)/g, 'ex'],
  [/\bel paso\b/g, ' elpaso '],
  [/\b(?:dejar|deja|dejan|dejo|dejaron|dejara|dejaria|dejado) de\b/g, ' suspender '],
  [/\b(?:perd\w*|perdio) la vida\b/g, ' muertos '],
  [/\bse (?:llevan|llevaban|lleva|caen) mal\b/g, ' pelea '],
  [/\bfuerzas? (?:armadas|militares|publica)\b|\bcupula militar\b/g, ' militares '],
  [/\bred(?:es)? social(?:es)?\b/g, '$& twitter'],
  // "¿Sube o baja?" asks which way a number moved, as "up or down" does in English ("más o
  // menos" after a number or a comma means "about").
  [/(?<![\d,]\s*)\b(?:sube|subio|aumenta|aumento|crece|crecio|mas) o (?:baja|bajo|disminuye|disminuyo|cae|cayo|menos)\b/g, ' aumento '],
  // What someone says a country should do is what they say it needs ("Colombia necesita fortalecer…").
  [/\b(?:deberia|deberian|debe|deben|tiene que|tienen que|hay que)\b/g, ' necesita '],
  // Where the question is asked from says nothing about what it asks.
  [/\b(?:en|de|segun|sobre) (?:el|la|este|esta|ese|esa) (?:articulo|noticia|nota|texto|reportaje)\b/g, ' '],
];

// Readers name people and outlets by their role in the story; as in the English
// analyzer's roles, the name the article gives the role is added and the role words kept.
const ROLES: ReadonlyArray<[RegExp, string]> = [
  [/\bex(?:presidente|mandatario)(?:s)?(?: colombiano| de colombia)?\b|\b(?:antiguo|anterior|viejo) (?:presidente|mandatario)\b/g, '$& pastrana'],
  [/\b(?:senador(?:a)?|congresista|legislador(?:a)?|precandidato|(?:candidato|aspirante) presidencial)\b/g, '$& galan'],
  [/\b(?:candidato|aspirante) a (?:la )?presidencia\b/g, '$& galan'],
  [/\b(?:presidente|mandatario) (?:de usa|estadounidense|gringo|norteamericano|americano)\b|\bcasa blanca\b/g, '$& trump'],
  [/\b(?:presidente|mandatario) (?:de colombia|colombiano|sudamericano|latinoamericano)\b/g, '$& petro'],
  [/\bagencias? (?:de noticias|de prensa|francesa|internacional)\b|\b(?:agence )?france[\s-]?presse\b/g, '$& afp'],
  [/\b(?:periodico|diario) (?:de )?bogota(?:no)?\b/g, '$& tiempo'],
  [/\b(?:periodico|diario) (?:de )?medellin\b/g, '$& colombiano'],
  [/\bpatrulla fronteriza\b|\baduanas?\b|\bproteccion (?:de )?fronteras\b/g, '$& cbp'],
];

/** Lower-case text without diacritics except the tilde of ñ, which makes another letter ("año", "ano"). */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([nN])\u0303/g, '$1\ue000')
    .replace(/\p{M}/gu, '')
    .replace(/n\ue000/g, 'ñ')
    .replace(/N\ue000/g, 'Ñ');
}

function applyAll(text: string, rules: ReadonlyArray<[RegExp, string]>): string {
  let result = text;
  for (const [pattern, replacement] of rules) result = result.replace(pattern, replacement);
  return result;
}

/**
 * Folds Spanish text to the form questions and knowledge are indexed in: no Discord
 * markup, lower case, accents folded (ñ kept), ¿ and ¡ dropped, texting spelled out,
 * question words as shared answer-kind terms, names and roles spelled one way.
 * Total: any string folds, the empty string to the empty string.
 */
export function foldSpanish(input: string): string {
  let text = stripDiscordMarkup(input.normalize('NFC').replace(INVISIBLE, ''));
  text = applyAll(text, CASED).toLowerCase();
  text = text.replace(/\p{L}+/gu, (word) => TEXTING.get(word) ?? word);
  text = foldAccents(applyAll(text, ACCENTED_QUESTIONS));
  text = applyAll(applyAll(applyAll(text, NAMES), QUESTIONS), ROLES);
  return text.replace(/[¿¡]/g, ' ');
}
