// How Spanish speakers write in Discord, for the Spanish analyzer. As in the English
// chatSpeech module: texting spellings that stand for a real word ("q" is "que"), and
// filler that says how someone asks, never what about ("parce", "porfa", "jaja").

/** Texting spellings, by the word they stand for; applied to lower-case words. */
export const TEXTING: ReadonlyMap<string, string> = new Map(
  Object.entries({
    q: 'que', k: 'que', ke: 'que', qe: 'que', qu: 'que',
    xq: 'porque', pq: 'porque', porq: 'porque', xk: 'porque', pk: 'porque', xke: 'porque', pke: 'porque',
    tmb: 'también', tmbn: 'también', tb: 'también', tbn: 'también',
    x: 'por', d: 'de', ps: 'pues', pa: 'para', pal: 'para el', xa: 'para',
    kien: 'quien', qien: 'quien', kienes: 'quienes', dnd: 'donde', dnde: 'donde', cdo: 'cuando',
    xfa: 'porfa', xfavor: 'porfa', plis: 'porfa', pls: 'porfa', plz: 'porfa',
    gob: 'gobierno', gobno: 'gobierno', pdte: 'presidente', presi: 'presidente', prez: 'presidente', expresi: 'expresidente', expre: 'expresidente',
    ud: 'usted', uds: 'ustedes', toy: 'estoy', ta: 'está', sta: 'está', nd: 'nada', msj: 'mensaje',
    info: 'información', intel: 'inteligencia', aprox: 'aproximadamente',
  }),
);

/** Chat filler and courtesy, dropped like stop words. Folded: no accents, ñ kept. */
export const FILLER: readonly string[] = `oye oiga oigan parce parcero parcera parceros mano manito wey guey bro brother man
  che boludo pana compa compadre mijo mija chamo mk ome vea vee marica llave
  jaja jajaja jajajaja jeje jejeje jsjs jsjsjs xd xdd lol lmao jj
  porfa favor gracias grax hola holi buenas buenos saludos
  alguien sabe saben sabes sabia pregunta preguntas preguntita duda dudas consulta curiosidad
  ayudame ayudenme explicame explica explicar expliquen dime diganme digame cuentame cuenten contame
  resumeme resumime resumanme resume cita citas frase frases textual textualmente
  dame denme quisiera quiero queria necesito saber entender entiendo
  osea bueno pues entonces vale okey ok oki sip sipi nop nel porfis serio neta posta literal tipo`
  .split(/\s+/)
  .filter(Boolean);
