/**
 * Generic heads of names in English, as a name in Latin letters carries them (Mahan Air, Fars News, Caspian
 * Sea, University of Tehran), with the family of the Arabic and Persian heads that translate them
 * (src/lexicon/name-heads.ts): the head of a name is translated, its specific part transliterated. Written
 * for the project. `after`: the head follows the name (Mahan Air); `before`: it comes first, often with "of"
 * (University of Tehran, Strait of Hormuz).
 */

type Row = readonly [words: string, family: string, where: 'after' | 'before' | 'both', kind?: string];

const ROWS: readonly Row[] = [
  ['news agency|news|news network|press', 'agency', 'after'],
  // Air also opens a name, as the brand writes it (Air Algérie, Air New Zealand, Air Arabia).
  ['air', 'airline', 'both'],
  ['airlines|airline|airways', 'airline', 'after'],
  ['river', 'river', 'both'],
  ['sea', 'sea', 'both'],
  ['ocean', 'ocean', 'after'],
  ['lake', 'lake', 'both'],
  ['strait', 'strait', 'both'],
  ['canal', 'canal', 'after'],
  // A bay is a gulf in Arabic and Persian (Hudson Bay / خلیج هادسون, Bay of Bengal / خليج البنغال).
  ['gulf|bay', 'gulf', 'both'],
  ['mount|mountains|mountain', 'mountain', 'both'],
  ['desert', 'desert', 'after'],
  ['island|islands|archipelago', 'island', 'both'],
  ['province', 'province', 'both'],
  // Iraq's and Egypt's provinces in English (Dhi Qar Governorate, the Governorate of Giza).
  ['governorate', 'province', 'both'],
  ['city', 'city', 'after'],
  ['university', 'university', 'both'],
  // Persian names a university of technology دانشگاه صنعتی (Sharif University of Technology / دانشگاه صنعتی شریف).
  ['university of technology|institute of technology', 'university', 'after'],
  // Kinds of university that are bodies of their own (BODIES_OF_THEIR_OWN in name-heads.ts).
  ['university of medical sciences|medical university', 'university', 'both', 'university of medical sciences'],
  ['university of science and technology', 'university', 'both', 'university of science and technology'],
  ['institute', 'institute', 'both'],
  // A foundation, an endowment or a think tank's institution or centre (Brookings Institution, Aga Khan Foundation,
  // Carter Center): the Arabic and Persian heads of the institute's family (مؤسسة, بنیاد, مركز); and the Swedish and
  // Norwegian institutet / instituttet of a name left in its own language (Karolinska Institutet).
  ['institution|institutet|instituttet|foundation|endowment', 'institute', 'both'],
  ['center|centre|research center|research centre', 'institute', 'after'],
  ['treaty|accord|accords|agreement|peace', 'treaty', 'both'],
  ['battle', 'battle', 'before'],
  ['games|championship|championships', 'games', 'after'],
  ['party', 'party', 'after'],
  ['movement', 'group', 'after'],
  ['front', 'group', 'after'],
  // F.C. and S.C. with their stops, which the words' reading splits into letters (Esteghlal F.C.).
  ['fc|club|football club|sc|ac|f c|s c', 'club', 'after'],
  // A television channel's TV after its name (Al-Manar TV / قناة المنار, شبکه المنار), a network's family (شبكة, قناة,
  // شبکه).
  ['tv|television|tv channel|channel', 'network', 'after', 'television'],
  ['company', 'company', 'after'],
  // District heads of Iraq, Iran and Afghanistan as English writes them (Sinjar District, Bam County).
  ['district|county', 'district', 'after'],
  ['region', 'region', 'after'],
  // A federal or regional state (Blue Nile state, Gezira state), which Arabic heads ولاية and Persian ایالت.
  ['state', 'province', 'after'],
  ['port', 'port', 'both'],
  ['airport|international airport', 'airport', 'after'],
  ['dam', 'dam', 'after'],
  ['stadium', 'stadium', 'after'],
  ['hospital', 'hospital', 'after'],
  ['clinic', 'hospital', 'after'],
  ['square', 'square', 'after'],
  ['operation', 'operation', 'before'],
  ['volcano', 'mountain', 'after'],
  ['corridor', 'corridor', 'after'],
  // A storm's head comes first (Cyclone Gonu, Hurricane Katrina); a virus's, a satellite's, a telescope's and a
  // probe's after the name (Zika virus, Noor satellite, Hubble Space Telescope, Hope Probe).
  ['cyclone|typhoon|hurricane|storm|tropical storm', 'storm', 'before'],
  ['virus', 'virus', 'after'],
  ['fever', 'fever', 'after'],
  ['disease', 'disease', 'after'],
  ['syndrome', 'disease', 'after'],
  ['satellite', 'satellite', 'after'],
  ['telescope|space telescope', 'telescope', 'after'],
  ['probe|space probe', 'probe', 'after'],
  // The other families of Arabic and Persian heads (name-heads.ts), as English names carry them after the name
  // (Grameen Bank, Orion spacecraft, Milad Tower, Wagner Group) or before it with of (Ministry of Defence). Not a
  // missile's: Iran names missiles by words whose Latin spellings do not tell them apart (Fattah, فتاح, and Fateh,
  // فاتح), and the head made one of the other.
  ['bank', 'bank', 'both'],
  ['newspaper|daily', 'newspaper', 'after'],
  ['mosque', 'mosque', 'after'],
  ['tower', 'tower', 'after'],
  ['group', 'group', 'after'],
  // A militia is a group to Arabic and Persian heads too (the Basij militia / بسیج), its own word aside (english-words.ts).
  ['militia|militias', 'group', 'after'],
  ['forces|force', 'force', 'after'],
  ['council', 'council', 'both'],
  ['ministry', 'ministry', 'before'],
  ['organization|organisation', 'organisation', 'both'],
  ['society', 'society', 'after'],
  ['drone|drones', 'drone', 'after'],
  ['spacecraft|space capsule|capsule', 'spacecraft', 'after'],
  // The families added with the Arabic and Persian heads of carriers, weapons, festivals, bases, camps, nuclear sites,
  // vaccines, prizes, cups, programmes, prisons and brigades (name-heads.ts).
  ['aircraft carrier', 'aircraft carrier', 'after'],
  ['bomber', 'bomber', 'after'],
  ['film festival|festival|international film festival', 'festival', 'after'],
  ['air base|airbase|base|naval base', 'base', 'after'],
  // An airfield is an airport to Dari (میدان هوایی بگرام, Bagram Airfield), a base to Arabic (قاعدة باغرام الجوية).
  ['airfield', 'airport', 'after'],
  ['camp|refugee camp', 'camp', 'after'],
  ['crossing|border crossing', 'corridor', 'after'],
  ['committee', 'committee', 'after'],
  ['complex', 'complex', 'after'],
  // A medical complex is a hospital (name-heads.ts: مجمع … الطبي, مجتمع پزشکی).
  ['medical complex', 'hospital', 'after'],
  ['nuclear power plant|power plant|reactor|nuclear facility|nuclear plant|enrichment facility', 'nuclear facility', 'after'],
  ['vaccine', 'vaccine', 'after'],
  ['prize|peace prize', 'prize', 'after'],
  ['cup', 'cup', 'after'],
  ['programme|program', 'programme', 'after'],
  ['prison|jail', 'prison', 'after'],
  ['brigades|brigade', 'brigades', 'after'],
  ['battalion|regiment', 'brigades', 'after', 'battalion'],
  ['museum', 'museum', 'both'],
  // The families of palaces, shrines, courts and plateaus (name-heads.ts), as English names carry them after the name
  // (Golestan Palace, Imam Reza Shrine, Supreme Court, Iranian Plateau).
  ['palace', 'palace', 'after'],
  ['shrine|mausoleum|tomb', 'shrine', 'after'],
  ['court', 'court', 'after'],
  ['plateau', 'plateau', 'after'],
  // The families of features, buildings and bodies added with their Arabic and Persian heads (name-heads.ts): Victoria
  // Falls, the Sinai Peninsula, Siwa Oasis, the Library of Congress, Abadan Refinery, Radio Farda; a stock exchange,
  // whose Persian head is one word or three (بورس, بورس اوراق بهادار), which the English vocabulary's word-by-word
  // pairing (english-words.ts) does not reach.
  ['stock exchange', 'stock exchange', 'after'],
  ['falls|waterfall|waterfalls', 'waterfall', 'after'],
  ['peninsula', 'peninsula', 'both'],
  ['forest|rainforest', 'forest', 'after'],
  ['oasis', 'oasis', 'after'],
  // A wetland is of the lake's family (name-heads.ts): a shallow lake is called either.
  ['marshes|marsh|wetland|wetlands', 'lake', 'after', 'wetland'],
  ['school', 'school', 'after'],
  ['library', 'library', 'both'],
  ['church|cathedral', 'church', 'both'],
  ['temple', 'temple', 'after'],
  ['refinery|oil refinery', 'refinery', 'after'],
  ['factory', 'factory', 'after'],
  ['mine', 'mine', 'after'],
  ['hotel', 'hotel', 'after'],
  ['embassy', 'embassy', 'after'],
  ['alliance|coalition', 'alliance', 'after'],
  ['radio', 'radio', 'before'],
  ['magazine', 'newspaper', 'after'],
  ['academy', 'academy', 'both'],
];

/** An English head and the family of the Arabic and Persian heads that translate it. */
export interface EnglishHead {
  readonly words: readonly string[];
  readonly family: string;
  readonly where: 'after' | 'before' | 'both';
  /** The kind of body, where the head says more than its family (a university of medical sciences). */
  readonly kind?: string;
}

let heads: readonly EnglishHead[] | undefined;

/** Every English head (lower case), longest first, built on first use. */
export function englishHeads(): readonly EnglishHead[] {
  heads ??= ROWS.flatMap(([words, family, where, kind]) =>
    words
      .split('|')
      .map((w): EnglishHead => (kind ? { words: w.split(' '), family, where, kind } : { words: w.split(' '), family, where })),
  )
    .slice()
    .sort((x, y) => y.words.length - x.words.length);
  return heads;
}
