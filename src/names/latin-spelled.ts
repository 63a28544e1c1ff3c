// A known place written in Persian letters after its name in Latin letters rather than by the convention of the
// language (دمسکس for Damascus, سکوپجی for Skopje, ایدلیب for Idlib): Dari newsrooms often transliterate the
// English name where Arabic and Iranian Persian keep an older or French-derived form. Only a spelling with
// letters of Persian's own (پ چ ژ گ ک ی) is read so: an Arabic word read after an English name is too often
// another word of the language (الرقعة against Raqqa). And an acronym that is
// the initials of a known place's Latin name (PNG for Papua New Guinea).

import { entityKey, languageOfSpelling, type GazetteerEntry } from './gazetteer.js';
import { alignLatinWords, type LatinAlignment } from './compare-latin.js';
import { describeReading, isAcronym, type LatinStep } from './latin.js';
import { describeEntity } from './match-describe.js';
import { matched, type NameMatch } from './name-match.js';
import { joinPhrases } from './name-words.js';
import { foldName, lettersOf } from './phonetic.js';
import { englishHeads } from '../lexicon/english-heads.js';
import { nameHeads } from '../lexicon/name-heads.js';

let places: ReadonlySet<string> | undefined;
/** The families of the heads that name places (rivers, seas, provinces, cities …), not bodies. */
function placeFamilies(): ReadonlySet<string> {
  places ??= new Set(
    nameHeads()
      .filter((h) => h.role !== 'institution')
      .map((h) => h.family),
  );
  return places;
}

/** A reading of an Arabic-script spelling as one of a known entity's Latin names. */
interface LatinSpelled {
  /** The Latin name read (without the generic head the spelling leaves out). */
  readonly latin: string;
  readonly alignment: LatinAlignment;
}

/**
 * How closely the spelling must read as the Latin name: as closely as a Latin name must read as a known
 * place's Arabic-script name to count as one of its names (see `STRICT_LATIN`), since here too a near reading
 * of some other word would make a known place of it.
 */
const STRICT = 0.9;
/**
 * Letters a spelling needs: shorter ones read as too many Latin names, and as words (ایزد against Yazd, حدید
 * against Hodeidah).
 */
const MIN_LETTERS = 5;

/** The Latin names of an entry to read a spelling against: each as listed, and without a generic head it ends in. */
function latinNames(entry: GazetteerEntry): string[] {
  const out: string[] = [];
  for (const name of entry.latin) {
    if (isAcronym(name.replace(/[^A-Za-z0-9]/gu, ''))) continue;
    out.push(name);
    // Without the English head of a place it ends in (Pacific Ocean / پسیفیک): a transliteration of the specific
    // part leaves it out (not a body's: Democratic Party is no Democratic).
    const words = name.toLowerCase().split(/\s+/u);
    const head = englishHeads().find(
      (h) =>
        h.where !== 'before' &&
        placeFamilies().has(h.family) &&
        words.length > h.words.length &&
        h.words.every((w, k) => words[words.length - h.words.length + k] === w),
    );
    if (head) out.push(name.split(/\s+/u).slice(0, -head.words.length).join(' '));
  }
  return out;
}

/**
 * The letters (folded, as `entityKey` writes them) a Persian spelling of a Latin name may begin with, by the
 * Latin name's first letter: a vowel by alef or ع, c by ک or س, g by گ, ج or غ … A cheap test before reading.
 */
const ONSETS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    a: 'اآعأإ',
    e: 'اآعأإی',
    i: 'اآعأإی',
    o: 'اآعأإو',
    u: 'اآعأإو',
    b: 'بپ',
    c: 'کسچشق',
    d: 'دذ',
    f: 'فپ',
    g: 'گجغقک',
    h: 'هحخ',
    j: 'جیژ',
    k: 'کخق',
    l: 'ل',
    m: 'م',
    n: 'ن',
    p: 'پب',
    q: 'قک',
    r: 'ر',
    s: 'سصشزاث',
    t: 'تطث',
    v: 'وف',
    w: 'و',
    x: 'زکشاس',
    y: 'ی',
    z: 'زذظض',
  }).map(([latin, letters]) => [latin, entityKey(letters)]),
);

/** Whether a folded spelling may begin as a Persian transliteration of a Latin name does (see ONSETS). */
function mayBegin(latin: string, key: string): boolean {
  const first = latin.charAt(0).toLowerCase();
  const letters = ONSETS[first];
  return letters === undefined || letters.includes(key.charAt(0));
}

/**
 * Reads an Arabic-script spelling as one of the Latin names of a known place or organisation, every word of
 * both read and closely: دمسکس as Damascus. Returns the best reading, or undefined.
 */
function spelledAfterLatin(spelling: string, entry: GazetteerEntry, arabic: boolean): LatinSpelled | undefined {
  const persian = languageOfSpelling(spelling) === 'fa';
  if ((!persian && !arabic) || lettersOf(foldName(spelling)).replace(/ /gu, '').length < MIN_LETTERS) return undefined;
  // A listed name with a Persian suffix (آسیای, Asia with the ezafe) is that name inflected, which the letters
  // judge (see `bestSpelling`), not a spelling after its Latin form.
  const key = entityKey(spelling);
  if ([...entry.ar, ...entry.fa].some((listed) => inflected(key, entityKey(listed)))) return undefined;
  const letters = key.length;
  let best: LatinSpelled | undefined;
  for (const latin of latinNames(entry)) {
    // A transliteration writes about a letter for each Latin letter, vowels inside a word left out: a spelling
    // far shorter or longer is no reading of it, and costs no alignment.
    const size = latin.replace(/[^A-Za-z]/gu, '').length;
    if (letters < size / 2 || letters > size + 3 || !mayBegin(latin, key)) continue;
    const alignment = alignLatinWords(latin, spelling, STRICT);
    if (!alignment || alignment.parts.length === 0 || alignment.unmatchedLatin.length > 0 || alignment.unmatchedArabic.length > 0) continue;
    if (alignment.score < STRICT || (best && alignment.score <= best.alignment.score)) continue;
    if (persian && alignment.parts.some((part) => part.reading.steps.some(notPersianOwn))) continue;
    best = { latin, alignment };
  }
  return best;
}

/**
 * A letter a Persian spelling made after a Latin name does not write for that Latin letter: Persian has both پ and
 * ب, so it writes each for its own sound (پوخارا is no spelling of Bukhara, nor براگا of Prague), and it writes an a
 * as ا or not at all, not ی (گرمسیر is no spelling of Garmsar, nor زامبی of Zambia); an English o said a may be ا
 * (ماسکو for Moscow).
 */
function notPersianOwn(step: LatinStep): boolean {
  const own: Readonly<Record<string, string>> = { b: 'پ', p: 'ب', a: 'يى' };
  const wrong = own[step.latin];
  return wrong !== undefined && step.arabic.length === 1 && wrong.includes(step.arabic);
}

/** Persian suffixes written onto a name: the ezafe after a vowel, the plural, the indefinite or relative ی. */
const PERSIAN_SUFFIXES = ['ی', 'ای', 'یی', 'ها', 'های'].map((x) => entityKey(x));

/** Whether a folded spelling is a folded listed name with a Persian suffix. */
function inflected(key: string, listed: string): boolean {
  return key.startsWith(listed) && PERSIAN_SUFFIXES.includes(key.slice(listed.length));
}

/** Small words an acronym of a name leaves out (Democratic Republic of the Congo / DRC). */
const LEFT_OUT = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le']);

/** The Latin name of an entry whose initials an acronym is (PNG: Papua New Guinea), or undefined. */
function initialsOf(acronym: string, entry: GazetteerEntry): string | undefined {
  const letters = acronym.replace(/[^A-Za-z]/gu, '').toUpperCase();
  if (letters.length < 3 || !isAcronym(acronym.replace(/[^A-Za-z0-9]/gu, ''))) return undefined;
  return entry.latin.find((name) => {
    const words = name.split(/[\s-]+/u).filter((w) => w.length > 0 && !LEFT_OUT.has(w.toLowerCase()));
    return words.length >= 2 && words.map((w) => (w[0] ?? '').toUpperCase()).join('') === letters;
  });
}

/**
 * An Arabic-script spelling that reads a known body's Latin acronym of three letters or more, letter by letter
 * or as a word (بي كي كي / PKK, بی‌جی‌پی / BJP, اوپک / OPEC): newsrooms write acronyms as they are said. Returns the
 * match, or undefined.
 */
function acronymReadIn(spelling: string, entry: GazetteerEntry): NameMatch | undefined {
  // A short word a letter from a listed name is that name misspelled or another word (أبك against أوبك), not a reading.
  if (lettersOf(foldName(spelling)).replace(/ /gu, '').length < 4) return undefined;
  const names = entry.entity.type === 'organization' ? [entry.entity.id, ...entry.latin] : entry.latin;
  for (const name of names) {
    const letters = name.replace(/[^A-Za-z0-9]/gu, '');
    if (letters.replace(/[0-9]/gu, '').length < 3 || !isAcronym(letters)) continue;
    const alignment = alignLatinWords(name, spelling, STRICT);
    if (!alignment || alignment.parts.length === 0 || alignment.unmatchedLatin.length > 0 || alignment.unmatchedArabic.length > 0) continue;
    if (alignment.score < STRICT) continue;
    const how = joinPhrases(alignment.parts.map((p) => describeReading(p.reading)));
    return matched(
      'convention',
      alignment.score,
      `${spelling} reads ${name}, the acronym of ${describeEntity(entry.entity)} (${how}).`,
      entry.entity,
    );
  }
  return undefined;
}

/**
 * A known place or organisation against a spelling none of its listed names explains, matched through its Latin
 * names: the spelling transliterates one of them (دمسکس / Damascus), or, in Latin letters, is its initials
 * (PNG / Papua New Guinea). `spelling` is the other name as written. Returns the match, or undefined.
 */
export function matchThroughLatin(spelling: string, entry: GazetteerEntry, arabic = false): NameMatch | undefined {
  const other = spelling.trim();
  const initials = initialsOf(other, entry);
  if (initials) {
    const of = initials === entry.entity.name ? describeEntity(entry.entity) : `${initials}, ${describeEntity(entry.entity)}`;
    return matched('convention', 1, `${other} is the initials of ${of}.`, entry.entity);
  }
  const acronym = /[A-Za-z]/u.test(other) ? undefined : acronymReadIn(other, entry);
  if (acronym) return acronym;
  const read = /[A-Za-z]/u.test(other) ? undefined : spelledAfterLatin(other, entry, arabic);
  if (!read) return undefined;
  // The reading names letters as folded (ك, ي); a Persian spelling writes them ک and ی.
  const folded = joinPhrases(read.alignment.parts.map((p) => describeReading(p.reading)));
  const phrases = arabic ? folded : folded.replace(/ك/gu, 'ک').replace(/ي/gu, 'ی');
  if (arabic)
    return matched(
      'transliteration',
      read.alignment.score,
      `${other} is the Latin-script name of ${describeEntity(entry.entity)}${read.latin === entry.entity.name ? '' : `, ${read.latin},`} written in Arabic letters (${phrases}), where Arabic names it ${entry.ar[0] ?? ''}.`,
      entry.entity,
    );
  return matched(
    'transliteration',
    read.alignment.score,
    `${other} writes ${describeEntity(entry.entity)} after its name in Latin letters, ${read.latin} (${phrases}), not by the convention that names it otherwise.`,
    entry.entity,
  );
}
