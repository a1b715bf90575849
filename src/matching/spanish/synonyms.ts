import { newStemmer } from 'snowball-stemmers';
import { foldAccents } from './fold.js';

const snowballSpanish = newStemmer('spanish');

/**
 * The Snowball Spanish stem of a folded word, folded again. Snowball reads accents
 * ("suspendió" → "suspend") that chat leaves out ("suspendio" → "suspendi"), so the
 * accent of "-ción" is put back before stemming and the "i" an unaccented preterite or
 * "-ía" leaves is dropped after: "suspendio", "suspendió" and "suspender" share a stem.
 */
export function spanishStem(word: string): string {
  const stem = foldAccents(snowballSpanish.stem(word.replace(/cion$/, 'ción')));
  return stem.length >= 4 && stem.endsWith('i') ? stem.slice(0, -1) : stem;
}

// Names keep their English spelling, so a Spanish and an English question about the
// same person meet on one term.
const NAMES = new Set('usa un petro trump galan pastrana afp colombia cbp twitter'.split(' '));

// Words readers use for the same idea, each group folded onto its first word; like the
// English synonyms, about this story's vocabulary only. Folded spellings: no accents, ñ kept.
const GROUPS: readonly string[] = [
  'usa gringo gringos gringa gringas estadounidense estadounidenses norteamericano norteamericanos norteamericana norteamericanas americano americanos americana americanas washington yanqui yanquis eeuu',
  'un onu',
  'colombia colombiano colombianos colombiana colombianas',
  'petro gustavo',
  'trump donald',
  'twitter tuit tuits tuitear trino trinos trinar plataforma plataformas',
  'lancha lanchas narcolancha narcolanchas lanchon embarcacion embarcaciones barco barcos bote botes buque buques nave naves navio semisumergible semisumergibles',
  'inteligencia informacion= informaciones= datos',
  'suspender suspension cortar corte= frenar parar= detener congelar cesar interrumpir romper',
  'compartir intercambio intercambiar cooperacion cooperar colaboracion colaborar',
  'relacion relaciones lazos vinculos nexos',
  'droga drogas narcotico narcoticos estupefacientes antidrogas narcotrafico',
  'bombardear bombardeo bombardeos atacar ataque ataques misil misiles ofensiva',
  'matar mato muerto muertos muerte muertes fallecido fallecidos murieron morir victima victimas asesinar asesinados',
  // "Volar" a boat is to blow it up.
  'destruir destruyo hundir hundio hundieron volar volaron volado',
  'militar militares ejercito tropas soldados generales uniformados',
  // Who does what to whom, as in English: the U.S. sanctioned Petro; Petro punished the U.S.
  'sancionar sancion sanciones penalizar',
  'castigar castigo punitivo punitiva punitivas punitivos represalia represalias revancha venganza',
  'renunciar renuncia dimitir dimision',
  'pelea disputa conflicto enfrentamiento rifirrafe choque tension tensiones pleito roce crisis lio bronca',
  'preocupar preocupacion preocupados temor temen temer miedo',
  'beneficiar beneficio ganar ganador ganadores favorecer favorece',
  'criminal criminales crimen delito delincuentes banda bandas cartel carteles mafia mafias',
  'incautar incautacion incautaciones decomisar decomiso confiscar',
  'cocaina coca perico',
  'aumento aumentar subir crecer crecimiento incremento alza disparar',
  'pescador pescadores pesca pescar',
  'decir dijo dijeron dice dicen dicho calificar opinar declarar declaracion afirmar asegurar escribir responder respuesta contestar hablar comentar señalar',
  // "informar=" alone: "informe" (a report) shares its stem but means something else.
  'notificar avisar aviso informar=',
  'consultar consulta',
  'oficial oficialmente formal formalmente',
  'tonelada toneladas',
  'financiacion financiamiento fondos ayuda dinero plata asistencia recursos',
  'fiscal exfiscal fiscalia procurador exprocurador',
  'agencia agencias agente agentes departamento dea cia fbi',
  'frontera fronteras fronterizo fronterizos fronteriza fronterizas',
  'orden ordenar decreto directiva',
  'depender dependencia',
  'velocidad rapido rapida rapidas rapidos',
  'zarpar zarpan salen= salir= parten=',
  'tripulante tripulantes ocupantes tripulacion pasajeros',
  'arma armas armamento',
  'inocente inocentes civil civiles',
  'rival rivales opositor opositores oposicion adversario adversarios contrincante',
  'comandante jefe',
  'noticia noticias articulo nota= notas= reportaje resumen resumir historia',
  'periodico periodicos diario diarios prensa medio= medios= publicacion entrevista',
  'amenazar amenaza perjudicar dañar afectar arriesgar',
  'defender justificar',
  'empezar comenzar iniciar inicio',
  'gente personas',
  'gobierno gobiernos administracion',
  'presidente mandatario',
  'expresidente expresidentes exmandatario exmandatarios',
  'produccion producir cultivo cultivos cosecha sembrar siembra cultivar',
  'imponer impuso',
  'mental loco locura cordura',
  'año= años= anual anualmente',
  'retractar reversar revertir recular',
];

// Keyed by each word and by its stem, so inflections the list does not spell out
// ("bombardearon", "sancionaron") still find their group. A word marked "=" is keyed
// only as spelled, where its stem is shared with unrelated words ("medio" and "media").
const canonical = new Map<string, string>();
for (const group of GROUPS) {
  const entries = group.split(' ');
  const head = entries[0]?.replace(/=$/, '');
  if (!head) continue;
  const term = NAMES.has(head) ? head : spanishStem(head);
  for (const entry of entries) {
    const word = entry.replace(/=$/, '');
    canonical.set(word, term);
    if (word === entry && !canonical.has(spanishStem(word))) canonical.set(spanishStem(word), term);
  }
}

/** The term a folded Spanish word stands for: its group's head (stemmed unless a name), or else its own stem. */
export function spanishTermForWord(word: string): string {
  const direct = canonical.get(word);
  if (direct) return direct;
  if (NAMES.has(word)) return word;
  const stem = spanishStem(word);
  return canonical.get(stem) ?? stem;
}

/** Every word of a Spanish synonym group: part of the vocabulary typos are corrected to. */
export const SPANISH_SYNONYM_WORDS: readonly string[] = [...canonical.keys()];
