/**
 * Word pools for generated knowledge: the people, places, agencies, actions,
 * numbers and topics of everyday local and world news. Each pool is in rough order
 * of how often news uses it, because draws are Zipf-weighted by position.
 *
 * The pools are deliberately ordinary news vocabulary, overlapping the real
 * article's in the common words (president, government, police, said) but not
 * retelling its story, as a second or fiftieth article in the knowledge would.
 */
const words = (text: string): readonly string[] => text.trim().split(/\s*\n\s*|\s*,\s*/).filter(Boolean);

export const FIRST_NAMES = words(`
  Maria, James, Ana, David, Laura, Carlos, Sarah, Michael, Elena, Daniel, Sofia, Robert, Lucia, Thomas, Grace,
  Pedro, Helen, Ahmed, Mei, Olga, Kwame, Priya, Jonas, Ingrid, Tomas, Amara, Yusuf, Hana, Mateo, Irene,
  Nadia, Victor, Clara, Omar, Julia, Felix, Rosa, Samuel, Leila, Hugo`);

export const SURNAMES = words(`
  Garcia, Smith, Lopez, Johnson, Martinez, Brown, Rossi, Muller, Okafor, Nguyen, Kowalski, Haddad, Silva,
  Andersen, Tanaka, Moreau, Petrov, Mensah, Sharma, Jensen, Costa, Fischer, Novak, Romero, Kim, Dubois,
  Ibrahim, Larsen, Herrera, Walsh, Castillo, Weber, Osei, Lindqvist, Marquez, Bauer, Rahman, Ortega, Keller, Varga`);

export const TITLES = words(`
  mayor, minister, governor, spokesperson, senator, director, chief executive, police chief, judge, councilwoman,
  councilman, professor, union leader, prosecutor, ambassador, economist, fire chief, health commissioner`);

export const PLACES = words(`
  Texas, Madrid, Lagos, Manila, Chicago, Lima, Nairobi, Toronto, Berlin, Sao Paulo, Quito, Jakarta, Denver,
  Accra, Warsaw, Osaka, Lyon, Porto, Seville, Krakow, Halifax, Tucson, Mombasa, Cebu, Gdansk, Leeds, Perth,
  Valencia, Dakar, Kampala, Bergen, Tampere, Graz, Brno, Cork, Galway, Ghent, Utrecht, Bilbao, Arequipa,
  Cusco, Medan, Davao, Kumasi, Kisumu, Sapporo, Aarhus, Malmo, Bremen, Dresden`);

export const AGENCIES = words(`
  city council, health ministry, police department, central bank, school board, transport authority,
  supreme court, election commission, port authority, water utility, fire department, housing agency,
  environment agency, finance ministry, parliament, teachers union, chamber of commerce, public prosecutor,
  energy regulator, airport operator, hospital board, state legislature, county commission, tourism board,
  farmers association, labor ministry, weather service, coast guard, customs office, statistics office`);

/** Verbs as [base, past]: questions ask in one form, answers tell in the other. */
export const ACTIONS: ReadonlyArray<readonly [string, string]> = [
  ['approve', 'approved'], ['delay', 'delayed'], ['ban', 'banned'], ['announce', 'announced'],
  ['cancel', 'cancelled'], ['raise', 'raised'], ['cut', 'cut'], ['open', 'opened'], ['close', 'closed'],
  ['reject', 'rejected'], ['investigate', 'investigated'], ['fund', 'funded'], ['expand', 'expanded'],
  ['postpone', 'postponed'], ['review', 'reviewed'], ['restrict', 'restricted'], ['extend', 'extended'],
  ['suspend', 'suspended'], ['propose', 'proposed'], ['launch', 'launched'], ['defend', 'defended'],
  ['criticize', 'criticized'], ['reverse', 'reversed'], ['overhaul', 'overhauled'], ['privatize', 'privatized'],
  ['subsidize', 'subsidized'], ['audit', 'audited'], ['renovate', 'renovated'], ['relocate', 'relocated'],
  ['scrap', 'scrapped'],
];

export const TOPICS = words(`
  budget, bus fares, water rationing, vaccine rollout, housing permits, bridge repairs, school closures,
  minimum wage, property taxes, wildfire season, teacher strike, flood defenses, power outages, rent controls,
  pension reform, hospital waiting lists, fuel prices, recycling program, bike lanes, stadium project,
  airport expansion, police overtime, drought plan, heat wave response, tram line, port dredging,
  library hours, pothole backlog, noise ordinance, curfew, election recount, refinery permit, fishing quotas,
  tourist tax, landfill site, metro extension, rail strike, vaccination clinics, tuition fees, sewage spill,
  mining license, trade deal, harbor cleanup, border checkpoint, food prices, grain exports, coffee harvest,
  solar farm, wind turbines, nurses contract, ambulance delays, speed cameras, parking fines, ferry service,
  street lighting, snow removal, air quality alerts, zoning changes, museum funding, youth center, tax rebate`);

/** Units that numbers in answers count. */
export const UNITS = words(`
  people, residents, workers, families, homes, schools, buses, jobs, students, patients, businesses, flights,
  households, officers, teachers, beds, kilometers, hectares, tons, votes`);

/** What answers say happened, after a number and a unit ("after 40 families were evacuated"). */
export const OUTCOMES = words(`
  were affected, were evacuated, complained, lost power, signed a petition, were left waiting, were laid off,
  joined the protest, were inspected, were delayed, lost their jobs, were reopened, were counted, were fined`);

export const WEEKDAYS = words('Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday');
export const MONTHS = words('January, February, March, April, May, June, July, August, September, October, November, December');

/** Everyday words a paraphrase may swap for another ("cancel" -> "call off"). */
export const PARAPHRASES: ReadonlyMap<string, string> = new Map([
  ['why', 'for what reason'], ['did', 'has'], ['say', 'state'], ['said', 'stated'], ['decide', 'choose'],
  ['stop', 'end'], ['cancel', 'call off'], ['president', 'head of state'], ['happen', 'occur'],
  ['who', 'which person'], ['people', 'folks'], ['article', 'report'],
  ['government', 'authorities'], ['decision', 'choice'], ['when', 'at what point'], ['where', 'in which place'],
  ['think', 'believe'], ['help', 'assist'], ['big', 'large'], ['start', 'begin'], ['against', 'versus'],
]);

/** Openers people put before a question in chat. */
export const OPENERS = words(`
  hey, quick question, so, ok so, can you tell me, I was wondering, does anyone know, sorry but, um, bot`);

// Out-of-scope questions: everyday things a chat user might ask a bot that knows only the news.
export const OFF_TOPIC_SUBJECTS = words(`
  banana bread, sourdough starter, guitar chords, python decorators, tomato plants, marathon training,
  chess openings, knitting patterns, espresso machine, succulent care, laptop battery, origami crane,
  yoga poses, bread machine, video game console, cat litter, dog training, aquarium filter, rock climbing,
  sushi rice, phone screen, bicycle chain, piano scales, watercolor painting, lasagna recipe, camping stove`);

export const OFF_TOPIC_TEMPLATES = words(`
  What is the best way to fix a {s}?
  How do I clean my {s}?
  Can you recommend a good {s} for beginners?
  Where can I buy a cheap {s}?
  How long does a {s} usually last?
  Is a {s} worth it?
  Who invented the {s}?
  What temperature is best for {s}?
  Why does my {s} keep breaking?
  How much does a {s} cost in 2024?
  What colour goes with {s}?
  Tell me a joke about {s}`);
