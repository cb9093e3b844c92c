/**
 * Word lists used to understand questions: data, not logic. English question words and domain
 * terms map to the Swedish words the documents use (see ../shared/docs/glossary.md §3).
 * Keys and values are lower-case; a value is matched as a word prefix after light stemming.
 */

/** English word (or stem) → Swedish search terms. */
export const EN_TO_SV: Record<string, string[]> = {
  chair: ['ordförande', 'ordföranden', 'ordförandeskap', 'sammankallande', 'sammankallar', 'leder'],
  chairs: ['ordförande', 'ordföranden', 'sammankallande', 'leder'],
  chaired: ['ordförande', 'ordföranden', 'sammankallande', 'ledde'],
  chairman: ['ordförande', 'ordföranden'],
  chairperson: ['ordförande', 'ordföranden'],
  chairmanship: ['ordförandeskap'],
  presidency: ['ordförandeskap'],
  lead: ['leder', 'ledning', 'ledare'],
  led: ['ledde', 'ledd', 'ledning'],
  head: ['chef', 'ledare', 'ordförande'],
  convenor: ['sammankallande', 'sammankallar'],
  convene: ['sammankallar', 'sammankallande'],
  convenes: ['sammankallar', 'sammankallande'],
  member: ['ledamot', 'ledamöter', 'representant', 'ingår', 'medlem'],
  members: ['ledamöter', 'ledamot', 'representanter', 'ingår', 'medlemmar', 'består'],
  membership: ['medlemskap'],
  sits: ['sitter', 'ingår', 'ledamot'],
  composition: ['består', 'sammansättning', 'ingår'],
  representative: ['representant'],
  representatives: ['representanter', 'representant'],
  secretary: ['sekreterare', 'sekreterarskap'],
  agenda: ['dagordning', 'föredragningslista', 'kallelse', 'ärendeförteckning', 'program'],
  programme: ['program', 'ärendeförteckning'],
  program: ['program'],
  item: ['punkt', 'ärende'],
  items: ['punkter', 'ärenden', 'ärendeförteckning'],
  meeting: ['möte', 'mötet', 'sammanträde'],
  meetings: ['möten', 'mötena', 'sammanträden'],
  session: ['sammanträde'],
  presents: ['föredrar', 'föredragande', 'presenterar', 'informerar'],
  present: ['föredrar', 'presenterar'],
  presented: ['presenterade', 'föredrog', 'presenterades'],
  presenter: ['föredragande'],
  presenters: ['föredragande'],
  speaker: ['föredragande'],
  gives: ['föredrar', 'informerar', 'ger'],
  gave: ['höll', 'gav', 'genomförde'],
  trainings: ['utbildningar', 'utbildning'],
  training: ['utbildning', 'utbildningar'],
  achieve: ['resultat', 'aktiviteter', 'genomfört', 'uppnått'],
  achieved: ['resultat', 'aktiviteter', 'genomfört', 'uppnått'],
  achievement: ['resultat'],
  achievements: ['resultat', 'aktiviteter'],
  results: ['resultat', 'aktiviteter'],
  result: ['resultat'],
  outcome: ['resultat'],
  outcomes: ['resultat'],
  activities: ['aktiviteter'],
  done: ['genomfört', 'genomförts', 'aktiviteter'],
  budget: ['budget', 'budgeterat', 'ram', 'rambudget', 'nettobudget'],
  budgeted: ['budget', 'budgeterat'],
  cost: ['kostnad', 'kostar', 'avgift', 'kr'],
  costs: ['kostnader', 'kostar'],
  money: ['medel', 'kronor', 'finansiering'],
  funding: ['finansiering', 'medel', 'stöd', 'bidrag'],
  support: ['stöd', 'bidrag'],
  grant: ['bidrag', 'stöd'],
  surplus: ['överskott'],
  deficit: ['underskott'],
  compensation: ['ersättning', 'ersättningen'],
  goal: ['mål', 'målsättning'],
  goals: ['mål', 'målsättningar'],
  target: ['mål', 'målsättning', 'målnivå'],
  targets: ['mål', 'målnivåer'],
  aim: ['mål', 'syfte'],
  priorities: ['prioriterade', 'prioriteringar', 'fokusområden', 'styrkeområden'],
  priority: ['prioriterade', 'prioritering'],
  prioritised: ['prioriterade'],
  prioritized: ['prioriterade'],
  focus: ['fokus', 'fokusområden'],
  decision: ['beslut'],
  decided: ['beslutade', 'beslut', 'beslöt', 'beslutats'],
  decide: ['besluta', 'beslut'],
  proposed: ['föreslog', 'förslag', 'föreslås'],
  propose: ['föreslår', 'förslag'],
  proposal: ['förslag'],
  minutes: ['protokoll', 'protokollsutdrag'],
  report: ['verksamhetsberättelse', 'rapport', 'redovisning'],
  reported: ['avrapporterades', 'redovisades', 'rapporterades'],
  annual: ['verksamhetsberättelse', 'årlig', 'årligen'],
  plan: ['plan', 'verksamhetsplan', 'regionplan', 'handlingsplan'],
  agreement: ['överenskommelse', 'avtal', 'samverkansavtal'],
  agreements: ['avtal', 'överenskommelser'],
  contract: ['avtal'],
  review: ['genomlysning', 'översyn', 'utvärdering'],
  evaluation: ['utvärdering', 'genomlysning'],
  terminated: ['uppsägning', 'sades', 'uppsagd'],
  signed: ['undertecknad', 'undertecknade', 'tjänsten', 'östersund'],
  sign: ['undertecknade', 'tjänsten'],
  title: ['titel', 'direktör', 'chef'],
  municipality: ['kommun', 'kommunen'],
  municipalities: ['kommuner', 'kommunerna'],
  municipal: ['kommunal', 'kommunala'],
  county: ['län', 'länet'],
  region: ['region', 'regionen'],
  regional: ['regional', 'regionala'],
  staff: ['personal', 'medarbetare', 'anställda'],
  employees: ['medarbetare', 'anställda'],
  employee: ['medarbetare', 'anställd'],
  companies: ['bolag', 'företag', 'koncernbolag'],
  company: ['bolag', 'företag'],
  own: ['äger', 'ägarandel'],
  owns: ['äger', 'ägarandel'],
  network: ['nätverk', 'nätverket'],
  council: ['råd', 'rådet', 'samverkansråd'],
  group: ['grupp', 'gruppen'],
  participants: ['deltagare', 'deltog', 'uppkopplingar'],
  participated: ['deltog', 'deltagare'],
  attended: ['deltog', 'deltagare'],
  connections: ['uppkopplingar'],
  population: ['folkmängd', 'folkmängden', 'invånare', 'befolkning'],
  inhabitants: ['invånare', 'folkmängd'],
  share: ['andel', 'andelen'],
  percentage: ['andel', 'procent'],
  percent: ['procent', 'andel'],
  proportion: ['andel'],
  renewable: ['förnybar', 'förnyelsebar'],
  energy: ['energi'],
  climate: ['klimat'],
  emissions: ['utsläpp', 'utsläppen', 'koldioxidutsläpp'],
  broadband: ['bredband'],
  sick: ['sjuk', 'sjukfrånvaro', 'sjuktal'],
  leave: ['frånvaro'],
  leaves: ['sjukskrivningar', 'frånvaro'],
  accessibility: ['tillgänglighet'],
  fast: ['snabb'],
  charger: ['snabbladdare', 'laddare'],
  chargers: ['snabbladdare', 'laddare'],
  charging: ['laddning', 'snabbladdare', 'laddinfrastruktur'],
  patients: ['patient', 'patienter', 'patienterna'],
  patient: ['patient'],
  values: ['värdegrund', 'värden'],
  vision: ['vision'],
  strategy: ['strategi', 'strategin'],
  period: ['period', 'projektperiod'],
  project: ['projekt', 'projektet'],
  projects: ['projekt'],
  new: ['ny', 'nya', 'nytt'],
  certification: ['certifiering'],
  school: ['skola', 'skolan'],
  education: ['utbildning'],
  tourism: ['turism', 'besöksnäring'],
  called: ['namn', 'kallas', 'heter'],
  name: ['namn'],
  year: ['år', 'året'],
  time: ['tid', 'kl'],
  start: ['start', 'börjar'],
  starts: ['börjar'],
  begin: ['börjar'],
  ends: ['slutar', 'avslutas'],
  ended: ['slutade'],
  left: ['slutade', 'lämnade'],
  who: [],
  took: ['tog'],
  over: ['över'],
  questions: ['frågor', 'frågan'],
  issues: ['frågor'],
  discussion: ['diskussion', 'diskussionsfrågor'],
  travel: ['resor', 'resande'],
  journeys: ['resor'],
  digital: ['digital', 'digitalt', 'digitala'],
  digitally: ['digitalt'],
  formal: ['formella'],
  held: ['genomförts', 'hållits', 'haft'],
  mission: ['uppdrag', 'uppdraget'],
  missions: ['uppdrag', 'uppdragen'],
  assignment: ['uppdrag'],
  production: ['produktion', 'produktionskapacitet'],
  capacity: ['kapacitet'],
  primary: ['primärvården', 'primär'],
  care: ['vård', 'omsorg'],
  social: ['social', 'sociala'],
  welfare: ['välfärd'],
  research: ['forskning', 'fou'],
  development: ['utveckling', 'utvecklings'],
  workplaces: ['arbetsställen', 'arbetsställena'],
  businesses: ['företag', 'arbetsställen'],
  companiesemployees: ['anställda'],
  every: ['varje', 'årligen'],
  each: ['varje'],
  yearly: ['årligen', 'varje år'],
  ministry: ['departement', 'departementet'],
};

/** Swedish words and the other spellings or synonyms the documents use for them. */
export const SV_SYNONYMS: Record<string, string[]> = {
  diarienummer: ['diarienummer', 'dnr'],
  dnr: ['dnr', 'diarienummer'],
  förnybar: ['förnybar', 'förnyelsebar'],
  förnybara: ['förnybar', 'förnyelsebar'],
  förnyelsebar: ['förnyelsebar', 'förnybar'],
  kostar: ['kostar', 'kostnad', 'kostnaden'],
  kostnad: ['kostnad', 'kostar'],
  sjukskrivningar: ['sjukskrivningar', 'sjuktal', 'sjukfrånvaro'],
  sjukfrånvaro: ['sjukfrånvaro', 'sjuktal', 'sjukskrivningar'],
  snabbladdare: ['snabbladdare', 'snabbbladdare', 'laddinfrastruktur'],
  undertecknade: ['undertecknade', 'undertecknad', 'tjänsten'],
  ordförande: ['ordförande', 'ordföranden', 'ordförandeskap'],
  dagordning: ['dagordning', 'föredragningslista', 'kallelse'],
  dagordningen: ['dagordning', 'föredragningslista', 'kallelse'],
  föredragningslistan: ['föredragningslista', 'dagordning'],
  deltog: ['deltog', 'deltagare', 'deltagit', 'uppkopplingar'],
  uppnådde: ['resultat', 'uppnått', 'genomfört'],
  uppnått: ['resultat', 'uppnått', 'genomfört'],
  befolkning: ['befolkning', 'folkmängd', 'invånare'],
  invånare: ['invånare', 'folkmängd', 'befolkning'],
};

/** English words that carry no content for retrieval. */
export const STOPWORDS_EN = new Set(
  `a an the of in on at to for from by with and or but is are was were be been being do does did has have had
  what which who whom whose when where why how many much it its this that these those there their they them he she
  her his i we you our your me my any some all not no yes as into than then so about also can could would should will
  shall may might must according current currently per among between during did does there's what's who's whats
  one ones give tell show list please kind type sort full really get got want know us let`.split(/\s+/),
);

/** Swedish words that carry no content for retrieval. */
export const STOPWORDS_SV = new Set(
  `och i att det som en på är av för med till den har de inte om ett vi men var sig så kan man eller ska
  vad vem vilka vilken vilket vilket när hur varför var där här nu då från under efter före mot utan vid inom
  hos genom samt även också bara mer mest mycket många några någon något alla allt denna detta dessa deras dess
  sin sitt sina hans hennes dem oss er ni jag du han hon vara varit blir bli blev får fick haft hade gör göra gjorde
  gjort respektive enligt mellan olika övriga bland fram upp ut in ner ur åt skulle kunde borde måste finns fanns står stod ta tog tar
  ges gavs första andra tredje samma sådan sådana vars vilkas`.split(/\s+/),
);

/** Words that say what the question asks for, not what it is about; they never count as evidence. */
export const QUESTION_FRAME_WORDS = new Set(
  `who what which when where how many much vem vad vilka vilken vilket när hur stor store stora mycket många
  andel andelen kind type name full heter står betyder innebär handlar date`.split(/\s+/),
);

export const SWEDISH_MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
];
export const ENGLISH_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
/** Month abbreviations in both languages (documents write "feb 2022"). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, oct: 10, nov: 11, dec: 12,
};

/** Function words that mark a language; a question is English when it has more English markers. */
export const LANGUAGE_MARKERS = {
  en: new Set(
    `the what who which when how is are was were did does do of and at on for with by from many much whose
    has have had been this that there their its an a to in be`.split(/\s+/),
  ),
  sv: new Set(
    `vad vem vilka vilken vilket när hur är var och av för på med till den det som har om ett en under
    från efter vid i många mycket stor står finns ingår gäller`.split(/\s+/),
  ),
};

/** Role words: Swedish spellings as written, and the role kind they denote. */
export const ROLE_WORDS: Array<{ pattern: RegExp; kind: 'chair' | 'convenor' | 'secretary' | 'member' | 'representative' | 'presenter' | 'signatory' | 'vice-chair' }> = [
  { pattern: /\b(vice ordförande|vice chair|deputy chair|förste vice|andre vice)/i, kind: 'vice-chair' },
  { pattern: /\b(ordför|chair|presidency|ordförandeskap)/i, kind: 'chair' },
  { pattern: /\b(sammankall|convene|convenor)/i, kind: 'convenor' },
  { pattern: /\b(sekreter|secretary)/i, kind: 'secretary' },
  { pattern: /\b(föredr|present|speaker|informerar)/i, kind: 'presenter' },
  { pattern: /\b(underteckn|signed|signatur|sign\b|i tjänsten)/i, kind: 'signatory' },
  { pattern: /\b(representant|representative)/i, kind: 'representative' },
  { pattern: /\b(ledamot|ledamöter|members?\b|sitter i|sits on)/i, kind: 'member' },
];
