import { rankCandidates, type StemCandidate } from './stem-candidate.js';

/**
 * A light Arabic stemmer: it proposes readings of a folded word (see `normalize`: ة is ه, ى is ي, hamza
 * carriers are bare) as proclitics + stem + suffixes, and leaves the choice to a dictionary, which keeps the
 * first reading it knows. It never guesses a root; it only peels the affixes that news Arabic glues on:
 *
 * - proclitics: the conjunctions و ف, the prepositions ب ل ك, the future marker س (only before a present
 *   prefix ي ت ن), the article ال, and their chains (وال، بال، للـ = ل + ال, وبال …);
 * - one pronoun suffix: ه ها هم هما هن كم كما نا ني ي — a stem left ending in ت gets its ة back
 *   (حكومتها → حكومه);
 * - one inflection suffix: ة (folded ه), ات and يات (with the ة restored: منظمات → منظمه), ون ين ان
 *   (plural, dual), يون يين (nisba plural), تان تين (dual of ة nouns), and the verb endings ت وا
 *   (قالت، قالوا → قال), the ي of a plural or dual before its complement (مسؤولي الوزارة → مسؤول), and
 *   the alef of the accusative tanwin (مؤكدا → مؤكد, عاما → عام);
 * - a present prefix ت ن ا read as ي (تقول، نقول → يقول), so a verb needs only its 3rd person
 *   masculine forms in the dictionary — but not after the article or ب ك, which only nouns take
 *   (النقال is not يقال).
 *
 * Stems keep at least two letters, three after a plural, dual or verb ending (الأوان is not أو + ان), and
 * four after the simile ك without the article (كانت is not ك + أنت), which keeps short words intact.
 *
 * @param word - A folded word without spaces.
 * @returns Candidate stems, the word itself first, then by fewest affixes and longest stem.
 */
export function arabicStemCandidates(word: string): StemCandidate[] {
  const out: StemCandidate[] = [{ key: word, cost: 0, kind: 'word' }];
  if (word.length < 3) return out;
  for (const [prefix, prefixCost, follows] of PROCLITICS) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length < (SIMILE.has(prefix) ? 4 : MIN_STEM)) continue;
    if (follows === 'future' && !FUTURE_PREFIXES.has(rest.charAt(0))) continue;
    addSuffixReadings(rest, prefixCost, follows !== 'noun', out);
  }
  return rankCandidates(out);
}

const MIN_STEM = 2;

/**
 * [proclitic chain, number of morphemes, what may follow]: 'noun' after the article or a preposition
 * ب ك (no verb reading), 'future' after س (a present verb only), 'any' otherwise (وقال, ليقول).
 */
const PROCLITICS: readonly (readonly [string, number, 'any' | 'noun' | 'future'])[] = [
  ['', 0, 'any'],
  ['و', 1, 'any'],
  ['ف', 1, 'any'],
  ['ب', 1, 'noun'],
  ['ل', 1, 'any'],
  ['ك', 1, 'noun'],
  ['ال', 1, 'noun'],
  ['لل', 2, 'noun'],
  ['وال', 2, 'noun'],
  ['فال', 2, 'noun'],
  ['بال', 2, 'noun'],
  ['كال', 2, 'noun'],
  ['وب', 2, 'noun'],
  ['ول', 2, 'any'],
  ['وك', 2, 'noun'],
  ['فب', 2, 'noun'],
  ['فل', 2, 'any'],
  ['ولل', 3, 'noun'],
  ['فلل', 3, 'noun'],
  ['وبال', 3, 'noun'],
  ['فبال', 3, 'noun'],
  ['وكال', 3, 'noun'],
  ['س', 1, 'future'],
  ['وس', 2, 'future'],
  ['فس', 2, 'future'],
];

/** The simile ك without the article needs a longer word after it: كانت is not ك + انت. */
const SIMILE: ReadonlySet<string> = new Set(['ك', 'وك']);

/** Prefixes of the present tense: ي ت ن, and ا (أ) for the first person. */
const PRESENT_PREFIXES: ReadonlySet<string> = new Set(['ي', 'ت', 'ن', 'ا']);

/** What the future marker س stands before in news: a 3rd person or 1st plural present (سيعلن, ستبدأ, سنواصل). */
const FUTURE_PREFIXES: ReadonlySet<string> = new Set(['ي', 'ت', 'ن']);

const PRONOUNS: readonly string[] = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا', 'ني', 'ه', 'ي'];

/** [suffix, what replaces it, minimum stem length left before the replacement]. */
const INFLECTIONS: readonly (readonly [string, string, number])[] = [
  ['ه', '', MIN_STEM],
  ['ات', '', MIN_STEM],
  ['ات', 'ه', 3],
  ['يات', 'يه', 3],
  ['ون', '', 3],
  ['ين', '', 3],
  ['ان', '', 3],
  ['يون', 'ي', MIN_STEM],
  ['يين', 'ي', MIN_STEM],
  ['تان', 'ه', 3],
  ['تين', 'ه', 3],
  ['وا', '', MIN_STEM],
  ['ت', '', 3],
  ['ي', '', 3],
  ['ا', '', 3],
];

function addSuffixReadings(stem: string, cost: number, verb: boolean, out: StemCandidate[]): void {
  addInflections(stem, cost, verb, out);
  for (const pronoun of PRONOUNS) {
    if (!stem.endsWith(pronoun) || stem.length - pronoun.length < MIN_STEM) continue;
    const bare = stem.slice(0, -pronoun.length);
    addInflections(bare, cost + 1, verb, out);
    // A feminine noun shows its ة as ت before a pronoun: حكومتها is حكومه + ها.
    if (bare.endsWith('ت') && bare.length >= 3) addInflections(`${bare.slice(0, -1)}ه`, cost + 1, false, out);
  }
}

function addInflections(stem: string, cost: number, verb: boolean, out: StemCandidate[]): void {
  addPresentReadings(stem, cost, verb, out);
  for (const [suffix, replacement, minimum] of INFLECTIONS) {
    if (!stem.endsWith(suffix) || stem.length - suffix.length < minimum) continue;
    // The tanwin alef is never written after ة: مسؤوليها is not مسؤولية + ا.
    if (suffix === 'ا' && stem.endsWith('ها')) continue;
    addPresentReadings(stem.slice(0, -suffix.length) + replacement, cost + 1, verb, out);
  }
}

/** The stem itself, and, where a verb may stand, the ي form of a present of another person (تقول → يقول). */
function addPresentReadings(stem: string, cost: number, verb: boolean, out: StemCandidate[]): void {
  out.push({ key: stem, cost, kind: 'word' });
  const first = stem.charAt(0);
  if (verb && stem.length >= 3 && first !== 'ي' && PRESENT_PREFIXES.has(first)) {
    out.push({ key: `ي${stem.slice(1)}`, cost: cost + 1, kind: 'word' });
  }
}
