import { rankCandidates, type StemCandidate } from './stem-candidate.js';

/**
 * A light Arabic stemmer: it proposes readings of a folded word (see `normalize`: ة is ه, ى is ي, hamza
 * carriers are bare) as proclitics + stem + suffixes, and leaves the choice to a dictionary, which keeps the
 * first reading it knows. It never guesses a root; it only peels the affixes that news Arabic glues on:
 *
 * - proclitics: the conjunctions و ف, the prepositions ب ل ك, the future marker س (only before a present
 *   prefix ي ت ن ا), the article ال, and their chains (وال، بال، للـ = ل + ال, وبال …);
 * - one pronoun suffix: ه ها هم هما هن كم كما نا ني ي — a stem left ending in ت gets its ة back
 *   (حكومتها → حكومه);
 * - one inflection suffix: ة (folded ه), ات and يات (with the ة restored: منظمات → منظمه), ون ين ان
 *   (plural, dual), يون يين (nisba plural), تان تين (dual of ة nouns), and the verb endings ت وا
 *   (قالت، قالوا → قال), and the alef of the accusative tanwin (مؤكدا → مؤكد, عاما → عام);
 * - a present prefix ت ن ا read as ي (تقول، نقول → يقول), so a verb needs only its 3rd person
 *   masculine forms in the dictionary.
 *
 * Stems keep at least two letters (three after a verb ending ت), which keeps short words intact.
 *
 * @param word - A folded word without spaces.
 * @returns Candidate stems, the word itself first, then by fewest affixes and longest stem.
 */
export function arabicStemCandidates(word: string): StemCandidate[] {
  const out: StemCandidate[] = [{ key: word, cost: 0, kind: 'word' }];
  if (word.length < 3) return out;
  for (const [prefix, prefixCost, future] of PROCLITICS) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length < MIN_STEM) continue;
    if (future && !PRESENT_PREFIXES.has(rest.charAt(0))) continue;
    addSuffixReadings(rest, prefixCost, out);
  }
  return rankCandidates(out);
}

const MIN_STEM = 2;

/** [proclitic chain, number of morphemes, is it the future marker]. Tried on every word they begin. */
const PROCLITICS: readonly (readonly [string, number, boolean])[] = [
  ['', 0, false],
  ['و', 1, false],
  ['ف', 1, false],
  ['ب', 1, false],
  ['ل', 1, false],
  ['ك', 1, false],
  ['ال', 1, false],
  ['لل', 2, false],
  ['وال', 2, false],
  ['فال', 2, false],
  ['بال', 2, false],
  ['كال', 2, false],
  ['وب', 2, false],
  ['ول', 2, false],
  ['وك', 2, false],
  ['فب', 2, false],
  ['فل', 2, false],
  ['ولل', 3, false],
  ['فلل', 3, false],
  ['وبال', 3, false],
  ['فبال', 3, false],
  ['وكال', 3, false],
  ['س', 1, true],
  ['وس', 2, true],
  ['فس', 2, true],
];

const PRESENT_PREFIXES: ReadonlySet<string> = new Set(['ي', 'ت', 'ن', 'ا']);

const PRONOUNS: readonly string[] = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا', 'ني', 'ه', 'ي'];

/** [suffix, what replaces it, minimum stem length left]. */
const INFLECTIONS: readonly (readonly [string, string, number])[] = [
  ['ه', '', MIN_STEM],
  ['ات', '', MIN_STEM],
  ['ات', 'ه', MIN_STEM],
  ['يات', 'يه', MIN_STEM],
  ['ون', '', MIN_STEM],
  ['ين', '', MIN_STEM],
  ['ان', '', MIN_STEM],
  ['يون', 'ي', MIN_STEM],
  ['يين', 'ي', MIN_STEM],
  ['تان', 'ه', MIN_STEM],
  ['تين', 'ه', MIN_STEM],
  ['وا', '', MIN_STEM],
  ['ت', '', 3],
  ['ا', '', 3],
];

function addSuffixReadings(stem: string, cost: number, out: StemCandidate[]): void {
  addInflections(stem, cost, out);
  for (const pronoun of PRONOUNS) {
    if (!stem.endsWith(pronoun) || stem.length - pronoun.length < MIN_STEM) continue;
    const bare = stem.slice(0, -pronoun.length);
    addInflections(bare, cost + 1, out);
    // A feminine noun shows its ة as ت before a pronoun: حكومتها is حكومه + ها.
    if (bare.endsWith('ت')) addInflections(`${bare.slice(0, -1)}ه`, cost + 1, out);
  }
}

function addInflections(stem: string, cost: number, out: StemCandidate[]): void {
  addPresentReadings(stem, cost, out);
  for (const [suffix, replacement, minimum] of INFLECTIONS) {
    if (!stem.endsWith(suffix) || stem.length - suffix.length < minimum) continue;
    addPresentReadings(stem.slice(0, -suffix.length) + replacement, cost + 1, out);
  }
}

/** The stem itself, and for a present verb of another person its ي form (تقول → يقول). */
function addPresentReadings(stem: string, cost: number, out: StemCandidate[]): void {
  out.push({ key: stem, cost, kind: 'word' });
  const first = stem.charAt(0);
  if (stem.length >= 3 && first !== 'ي' && PRESENT_PREFIXES.has(first)) {
    out.push({ key: `ي${stem.slice(1)}`, cost: cost + 1, kind: 'word' });
  }
}
