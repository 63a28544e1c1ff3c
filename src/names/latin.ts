/**
 * Latin script against Arabic script: how Arabic and Persian newsrooms write a name they find in Latin
 * letters (Pfizer / فايزر, COVID-19 / کووید-۱۹, PCR / بي سي آر). Words are read sound by sound: each Latin
 * letter or letter group (ph, sh, ch, th, ng, oo …) has the Arabic-script spellings newsrooms give it, with
 * a cost for the less usual ones; vowels may go unwritten; acronyms are read letter by letter by the
 * letters' names, or as a word (NATO / ناتو). The data is in src/lexicon/latin-sounds.ts; this file is the aligner.
 */

import { memoize, memoize2 } from '../text/memo.js';
import { foldName, lettersOf, spellingWeight } from './phonetic.js';
import { elementAt } from '../contract/element-at.js';
import { articleReadings, describeArticleStep } from './latin-article.js';
import { isNativeName } from './native-names.js';
import {
  CONVENTION_NOTES,
  OTHER_FINALS,
  FRENCH_FINALS,
  FRENCH_UNITS,
  LETTER_NAMES,
  SILENT_FINALS,
  SOUND_OF,
  UNITS,
} from '../lexicon/latin-sounds.js';

const MAX_UNIT = 4;
// How close a French reading must be to count.
const FRENCH_SCORE = 0.9;
// How close for a name whose letters do not show it French.
const UNMARKED_FRENCH_SCORE = 0.96;
const HARD = 1;
const VOWELS = 'aeiouy';
const ARABIC_VOWEL_LETTERS = 'اويىةه';

/** One step of a Latin–Arabic alignment: a Latin unit and what the Arabic-script name has for it. */
export interface LatinStep {
  readonly latin: string;
  readonly arabic: string;
  readonly cost: number;
  /** The convention a step follows, when the tables do not say it (a final vowel a romanisation adds). */
  readonly note?: string;
}

/** The best reading of a Latin word (or acronym) as an Arabic-script word, and how sure it is. */
export interface LatinReading {
  readonly score: number;
  readonly steps: readonly LatinStep[];
  /**
   * `letters` when an acronym is read letter by letter (PCR / بي سي آر), `french` when read as French is said,
   * `translation` when an English word of the name is translated (Persian / فارسی), `patronymic` for the
   * particle of a patronymic chain in the form the Arabic-script name writes it (ibn / بن).
   */
  readonly how: 'sounds' | 'letters' | 'french' | 'translation' | 'patronymic';
}

const PLAIN_LATIN = /^[a-z]*$/u;

/**
 * Folds Latin letters for reading: lower case, accents off, with the letters whose accent is a sound of its
 * own spelled out (Turkish ş ç, ğ unwritten, German ß).
 */
export function foldLatin(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII letters, which every step below leaves as they are: thirteen passes saved per word.
  if (PLAIN_LATIN.test(lower)) return lower;
  return (
    lower
      // Turkish ş ç; the háček and acute letters of Slavic and Baltic languages, sounds of their own (Niš is نيش, not
      // نيس; Kieślowski, Žižkov, Đoković), as Czech ř is r with a zh sound (Dvořák / دوورژاک); Romanian ș and ț, with
      // the comma or (in older type) the cedilla (Brașov / براشوف, Constanța / كونستانتسا).
      .replace(/[şšśș]/gu, 'sh')
      .replace(/[çčć]/gu, 'ch')
      .replace(/[žźż]/gu, 'zh')
      .replace(/đ/gu, 'dj')
      .replace(/[țţ]/gu, 'ts')
      .replace(/ř/gu, 'rz')
      // Turkish ğ lengthens the vowel before it, but Arabic and Persian newsrooms write it غ (Erdoğan / أردوغان).
      .replace(/ğ/gu, 'g')
      .replace(/ß/gu, 'ss')
      .replace(/ñ/gu, 'ny')
      .replace(/[æ]/gu, 'ae')
      .replace(/[øœ]/gu, 'o')
      // Turkish dotless ı is an i to Arabic script (Yıldırım / ییلدیریم); Polish ł is read as its own unit.
      .replace(/ı/gu, 'i')
      // The apostrophe (or the half rings ʿ ʾ) a romanisation writes for ع or the hamza (Dar'a / درعا, Sana'a / صنعاء).
      .replace(/[ʿʾ’‘`]/gu, "'")
      .normalize('NFD')
      .replace(/[^a-zł']/gu, '')
  );
}

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.includes(c);
}

/** Units that may start at position i of a folded Latin word, longest first, doubled consonants as one. */
function unitsAt(word: string, i: number, french: boolean): { unit: string; length: number }[] {
  const out: { unit: string; length: number }[] = [];
  for (let n = Math.min(MAX_UNIT, word.length - i); n >= 1; n--) {
    const unit = word.slice(i, i + n);
    if (UNITS[unit] || (french && FRENCH_UNITS[unit])) out.push({ unit, length: n });
  }
  for (const unit of Object.keys(SILENT_FINALS))
    if (word.endsWith(unit) && i === word.length - unit.length) out.push({ unit, length: unit.length });
  if (french)
    for (const unit of Object.keys(FRENCH_FINALS))
      if (word.endsWith(unit) && i === word.length - unit.length && !out.some((u) => u.unit === unit))
        out.push({ unit, length: unit.length });
  const c = elementAt(word, i);
  // A doubled consonant is one sound (Johnson, Apple, Mecca).
  if (!isVowel(c) && word[i + 1] === c && UNITS[c]) out.push({ unit: c, length: 2 });
  return out;
}

/** The Arabic-script spellings of a unit at position i: its own, or a silent French ending's at the end of the word. */
function optionsOf(word: string, i: number, unit: string, french: boolean): readonly (readonly [string, number])[] {
  const own = UNITS[unit] ?? [];
  const atEnd = i + unit.length === word.length;
  const final = atEnd ? SILENT_FINALS[unit] : undefined;
  const options = final ? [...own, ...final] : own;
  if (!french) return options;
  // A French nasal vowel is one before a consonant or at the end (Laurent, Villepin), not before a vowel (Anne).
  const next = word[i + unit.length];
  const nasal = /^[aeiou]*[nm]$/u.test(unit) && unit.length > 1 && (next === undefined || (!isVowel(next) && next !== 'n' && next !== 'm'));
  const extra = (FRENCH_UNITS[unit] ?? []).filter(() => nasal || !/^[aeiou]+[nm]$/u.test(unit));
  const silent = atEnd ? (FRENCH_FINALS[unit] ?? []) : [];
  return [...options, ...extra, ...silent];
}

/** The cost of one option of a unit in its place: the end of a word is where a vowel is written, and an h after a consonant is part of it. */
function optionCost(word: string, i: number, unit: string, arabic: string, cost: number, french: boolean): number {
  const final = i + unit.length >= word.length;
  // A word-initial e is often written ا (Emmanuel / امانوئل); inside a word, e is ي or nothing.
  if ((unit === 'e' || unit === 'i') && arabic === 'ا' && i === 0) return 0.1;
  // A French ou as ع or a hamza's alef with its short u is the start of an Arabic name (Oumar / عمر), nowhere else.
  if (unit === 'ou' && (arabic === 'ع' || arabic === 'ا') && i > 0) return HARD;
  // The second letter of a doubled consonant is read with the first (Shell / شل, not شلل).
  if (unit.length === 1 && i > 0 && word[i - 1] === unit && !isVowel(unit)) return HARD;
  if (arabic === '' && final && (unit === 'a' || unit === 'o' || unit === 'i' || unit === 'u')) return HARD;
  // Arabic يه for ei is the Russian ending (Andrei / أندريه), at the end only; gu is one g only before e, i or y.
  if ((unit === 'ei' || unit === 'ii' || unit === 'ej' || unit === 'iy') && arabic === 'يه' && !final) return HARD;
  if (unit === 'gu' && !'eiy'.includes(word[i + 2] ?? '_')) return HARD;
  // Indonesian and Malay sy is ش before a vowel (Syarif); elsewhere s and a vowel y (Sydney, Syria).
  if (unit === 'sy' && !'aeiou'.includes(word[i + 2] ?? '_')) return HARD;
  // French leaves an h unsaid, but not the h of sh, which is one sound (Jerash, Niš: no s with a silent h).
  if (french && unit === 'h' && arabic === '' && word[i - 1] === 's') return HARD;
  // sh written س: a š read as English reads it, before a consonant (Škoda / سكودا), or the Hebrew sh of a biblical
  // name at its start, Arabic's s (Sheba / سبأ, Shem / سام). Inside a word before a vowel or at the end a newsroom
  // writes ش (Jerash is جرش; جرس is a bell).
  if (unit === 'sh' && arabic === 'س' && (i + 2 >= word.length || (i > 0 && isVowel(word[i + 2])))) return HARD;
  if (unit === 'ai' && arabic === '' && !aiUnwritten(word, i)) return HARD;
  // ن is said m before ب only: elsewhere an m is م (Amman is not عنان).
  if (unit === 'm' && arabic === 'ن' && word[i + 1] !== 'b') return HARD;
  // Mc opens a surname (McConnell); inside a word m and c are two sounds.
  if ((unit === 'mc' || unit === 'mcc') && i > 0) return HARD;
  // The Russian ё romanised e is said o after ch, sh, zh and shch, before v (Gorbachev), not elsewhere (Chechen).
  // (French reading has its own e as و, the e of le and de.)
  if (unit === 'e' && arabic === 'و' && !french && !(/(?:ch|sh|zh)$/u.test(word.slice(0, i)) && word[i + 1] === 'v')) return HARD;
  // x as sh, ch or zh and h as غ are consonants said before a vowel (Xavi, a Ukrainian -ha), not in a cluster (Texts).
  if (((unit === 'x' && (arabic === 'تش' || arabic === 'ژ')) || (unit === 'h' && arabic === 'غ')) && !isVowel(word[i + 1])) return HARD;
  // x as kh is the Uzbek and Azerbaijani letter inside a name (Xorazm, Naxçıvan), not the English x at its end (Alex).
  if (unit === 'x' && arabic === 'خ' && final) return HARD;
  // After a vowel, or a consonant h makes no digraph with (Serhii, Olha); never at a word's start, where h is ه.
  if (unit === 'h' && arabic === 'غ' && (i === 0 || !(isVowel(word[i - 1]) || 'rlnmvb'.includes(word[i - 1] ?? '')))) return HARD;
  if (unit === 'u' && arabic === '' && word[i - 1] === 'g' && 'eiy'.includes(word[i + 1] ?? '_')) return HARD;
  // A final o or u is written و, never an alef (Kano is كانو; كانوا is a verb).
  if (final && (unit === 'o' || unit === 'u') && arabic === 'ا') return HARD;
  // A long vowel written double (Moon, Reed) is written in Arabic script too: Moon is not من.
  if (arabic === '' && unit.length === 1 && isVowel(unit) && (word[i + 1] === unit || word[i - 1] === unit)) return HARD;
  // Two vowel letters that spell one vowel (ou, eu) are left unwritten together or not at all: each alone unwritten
  // would read two vowels and write neither (Boutros / بطرس reads ou as one short u).
  if (arabic === '' && unit.length === 1 && isVowel(unit) && (unwrittenDigraph(word, i) || unwrittenDigraph(word, i - 1))) return HARD;
  // Arabic script writes a word's first vowel (an alef at least): ACE is not سي.
  if (arabic === '' && i === 0 && isVowel(unit[0])) return HARD;
  // w before a vowel is a consonant, which Arabic script writes (Huawei / هواوي, not هوایی).
  if (unit.length > 1 && unit.endsWith('w') && isVowel(word[i + unit.length])) return HARD;
  return cost;
}

/**
 * Whether the two Latin vowels at `at` are a digraph that may go unwritten as one (ou, eu). ai only where it is (see
 * {@link aiUnwritten}); elsewhere its letters may be read apart (Plaid / بليد, the a unwritten and the i ي).
 */
function unwrittenDigraph(word: string, at: number): boolean {
  const pair = at < 0 ? '' : word.slice(at, at + 2);
  if (pair === 'ai') return aiUnwritten(word, at);
  return (
    pair.length === 2 &&
    isVowel(pair[0]) &&
    isVowel(pair[1]) &&
    [...(UNITS[pair] ?? []), ...(FRENCH_UNITS[pair] ?? [])].some(([o]) => o === '')
  );
}

/**
 * Whether the ai at `i` may go unwritten: the short e of the English air and the French aire (Blair / بلر, Voltaire /
 * ولتر), before r inside a word, and not the ay of an Arabic diminutive (Zubair, Khuwair, Umair: u, a consonant, then
 * ai), which Arabic script writes.
 */
function aiUnwritten(word: string, i: number): boolean {
  return word[i + 2] === 'r' && i > 0 && word[i - 2] !== 'u' && word[i - 1] !== 'w';
}

// The Latin vowels an inserted Arabic vowel letter may stand beside (as the long form of one of them).
const COMPATIBLE_VOWELS: Readonly<Record<string, string>> = { ا: 'aou', و: 'ouw' };

/** The cost of an Arabic letter with no Latin counterpart, between Latin positions i-1 and i. */
function insertionCost(latin: string, i: number, arabic: string, j: number): number {
  const c = elementAt(arabic, j);
  if (j === 0 && c === 'ا' && arabic.startsWith('ال') && arabic.length >= 5) return 0.1;
  if (j === 1 && arabic.startsWith('ال') && arabic.length >= 5) return 0;
  // Persian writes an alef before a word-initial cluster (Spain / اسپانیا, Stanford / استنفورد), and a Maghrebi
  // romanisation leaves out the first vowel of an Arabic name, after the article too (Brahimi / الإبراهيمي).
  if ((j === 0 || (j === 2 && arabic.startsWith('ال'))) && i === 0 && c === 'ا' && !isVowel(latin[0]) && !isVowel(latin[1])) return 0.1;
  // ... where a French ou before a vowel is a w, the cluster the alef is written before (Zouerate / ازويرات).
  if (j === 0 && i === 0 && c === 'ا' && !isVowel(latin[0]) && latin.startsWith('ou', 1) && isVowel(latin[3])) return 0.1;
  if (persianKhwa(latin, i, arabic, j)) return 0.1;
  // The kunya Abu (أبو) romanised without its first vowel in West Africa and the Maghreb (Boubacar-like names).
  if (j === 0 && i === 0 && c === 'ا' && arabic.startsWith('ابو') && /^bo?u/u.test(latin)) return 0.1;
  // ... or a vowel inside a word-initial cluster it cannot say (Dmitry / دیمیتری, Kremlin / كرملين aside).
  if (i === 1 && c === 'ي' && !isVowel(latin[0]) && !isVowel(latin[1]) && latin[1] !== 'h' && latin[1] !== 'r' && latin[1] !== 'l')
    return 0.3;
  const nearVowel = isVowel(latin[i - 1]) || isVowel(latin[i]);
  // A vowel letter beside a Latin vowel that it cannot write reads that vowel as another: an alef beside an e or
  // an i (Biden is not بادن, Putin not بوتان), و beside an e, i or a (Lego is not لوغو).
  const fits = COMPATIBLE_VOWELS[c];
  if (fits && nearVowel && ![latin[i - 1], latin[i]].some((v) => v !== undefined && fits.includes(v))) return 0.8;
  if (ARABIC_VOWEL_LETTERS.includes(c) && c !== 'ه' && nearVowel && i > 0 && i < latin.length) return 0.3;
  if ((c === 'ء' || c === 'ع') && nearVowel) return 0.2;
  return HARD;
}

/**
 * Whether the Arabic-script letter at `j` is the و Persian writes and does not say after خ before ا (خواف, Khaf;
 * خواجه, Khaje: the old khw), after a Latin kh (or the x of Uzbek Latin: Xorazm).
 */
function persianKhwa(latin: string, i: number, arabic: string, j: number): boolean {
  const kh = latin.slice(i - 2, i) === 'kh' || latin.charAt(i - 1) === 'x';
  return arabic.charAt(j) === 'و' && arabic.charAt(j - 1) === 'خ' && arabic.charAt(j + 1) === 'ا' && kh;
}
const KHWA_NOTE = 'the و of خوا, which Persian writes for the old khw and says kh';

/** One way to read the Latin letters at a position: how many it takes, the Arabic-script letters, the cost. */
interface Reading {
  readonly length: number;
  readonly latin: string;
  readonly arabic: string;
  readonly cost: number;
}

/**
 * The readings of the letters at each position of a folded Latin word (units and their spellings, in the order
 * the alignment tries them, then an h not heard), worked out once per word rather than once per cell; with the
 * French units and silent endings too when `french`.
 */
function buildReadings(latin: string, french: boolean): readonly (readonly Reading[])[] {
  const n = latin.length;
  const out: Reading[][] = [];
  for (let i = 0; i < n; i++) {
    const here: Reading[] = [];
    for (const { unit, length } of unitsAt(latin, i, french)) {
      for (const [option, base] of optionsOf(latin, i, unit, french))
        here.push({ length, latin: latin.slice(i, i + length), arabic: option, cost: optionCost(latin, i, unit, option, base, french) });
    }
    // The Arabic article, said as the letter after it or joined to a compound's first word (Sirajuddin).
    for (const r of articleReadings(latin, i)) here.push(r);
    // An h that is not heard: at the end, after a vowel, or after b, d, g, j, k, t (Sarah, John, Dhaka, the Indic
    // aspirates of Bhutto and Pajhwok). Not the h of sh, ch or zh at the end (Jerash is no جرس).
    if (
      latin[i] === 'h' &&
      ((i === n - 1 && !'scz'.includes(latin[i - 1] ?? '')) || isVowel(latin[i - 1]) || 'bdgjkt'.includes(latin[i - 1] ?? ''))
    )
      here.push({ length: 1, latin: 'h', arabic: '', cost: 0.3 });
    out.push(here);
  }
  return out;
}

const readingsAt: (latin: string) => readonly (readonly Reading[])[] = /* @__PURE__ */ memoize((latin: string) =>
  buildReadings(latin, false),
);
const frenchReadingsAt: (latin: string) => readonly (readonly Reading[])[] = /* @__PURE__ */ memoize((latin: string) =>
  buildReadings(latin, true),
);

/** The readings of a word without a single vowel beside another vowel left unwritten. */
function withVowelPairsWritten(latin: string, readings: readonly (readonly Reading[])[]): readonly (readonly Reading[])[] {
  return readings.map((here, i) =>
    here.filter((r) => !(r.length === 1 && r.arabic === '' && isVowel(r.latin) && (isVowel(latin[i - 1]) || isVowel(latin[i + 1])))),
  );
}

/**
 * Every letter a reading of a folded Latin word can write: its readings' letters and those a reading may insert
 * (see `insertionCost`, which adds no other). An Arabic-script word with a letter outside it has no reading.
 */
function writableBy(readings: readonly (readonly Reading[])[]): ReadonlySet<string> {
  const out = new Set<string>(INSERTED_LETTERS);
  for (const here of readings) for (const r of here) for (const c of r.arabic) out.add(c);
  return out;
}

const writable: (latin: string) => ReadonlySet<string> = /* @__PURE__ */ memoize((latin: string) => writableBy(readingsAt(latin)));
const frenchWritable: (latin: string) => ReadonlySet<string> = /* @__PURE__ */ memoize((latin: string) =>
  writableBy(frenchReadingsAt(latin)),
);

/** Reads a folded Latin word as a folded Arabic-script word, sound by sound: the cheapest alignment. */
function readSounds(latin: string, arabic: string, french = false): LatinReading | undefined {
  const read = alignSounds(latin, arabic, french, false);
  // The cheapest alignment may leave two vowels unwritten, which caps it; one that writes them, dearer, may read the
  // name better (Alain / آلن: the nasal ain as ن, not a and i left out).
  const leftOut = read && read.score < 0.9 ? unwrittenVowelPairs(read.steps) : undefined;
  if (!read || !leftOut) return read;
  // Only a close reading, and above the usual bar when the cheap one left out one vowel of a pair (Dior, Baidoa) rather
  // than both (Alain, Germain): a dearer alignment may write the vowels with letters that fit much else (Kaloa is no كلاء).
  const written = alignSounds(latin, arabic, french, true);
  const bar = leftOut === 'both' ? 0.9 : 0.92;
  return written && written.score >= bar ? written : read;
}

/** The tables of {@link alignSounds}, kept from one call to the next (it is not re-entered): see {@link soundTables}. */
let tables: { cost: Float64Array; from: Int32Array; via: (Reading | undefined)[]; inserted: Float64Array } | undefined;

/**
 * The tables of {@link alignSounds} for `size` cells, every cost unreached: the best step into each cell, the cell it
 * comes from, and the reading it takes (none for a letter inserted, whose cost is kept beside it); no object per step
 * tried, since most are overtaken. Reused, not allocated per call: a cell is read only once its cost is set, which
 * sets the rest of it.
 */
function soundTables(size: number): NonNullable<typeof tables> {
  if (!tables || tables.cost.length < size) {
    const length = Math.max(size, (tables?.cost.length ?? 0) * 2, 256);
    tables = {
      cost: new Float64Array(length),
      from: new Int32Array(length),
      via: new Array<Reading | undefined>(length),
      inserted: new Float64Array(length),
    };
  }
  tables.cost.fill(Infinity, 0, size);
  return tables;
}

function alignSounds(latin: string, arabic: string, french: boolean, vowelPairsWritten: boolean): LatinReading | undefined {
  const n = latin.length;
  const m = arabic.length;
  if (n === 0 || m === 0) return undefined;
  // A letter no step can write leaves every alignment unfinished: no table to fill (most names compared are not one).
  const letters = french ? frenchWritable(latin) : writable(latin);
  for (let j = 0; j < m; j++) if (!letters.has(arabic.charAt(j))) return undefined;
  const width = m + 1;
  const size = (n + 1) * width;
  const all = french ? frenchReadingsAt(latin) : readingsAt(latin);
  const readings = vowelPairsWritten ? withVowelPairsWritten(latin, all) : all;
  const { cost, from, via, inserted } = soundTables(size);
  cost[0] = 0;
  // The last row a step has reached: steps only go down, so a row past it, and every row after, is unreached (most
  // names compared are not one, and their alignment stops a few letters in).
  let reached = 0;
  for (let i = 0; i <= n && i <= reached; i++) {
    for (let j = 0; j <= m; j++) {
      const here = i * width + j;
      const c = elementAt(cost, here);
      if (c === Infinity) continue;
      if (i < n) {
        for (const r of elementAt(readings, i)) {
          if (r.arabic.length > 0 && !arabic.startsWith(r.arabic, j)) continue;
          // ن is said m before ب only where it closes a syllable, after a short vowel (جنبلاط), not after a long one,
          // where a vowel follows it (جانبي is jānibī: Jambi is not it).
          if (r.latin === 'm' && r.arabic === 'ن' && j > 0 && 'اوي'.includes(arabic.charAt(j - 1))) continue;
          const to = (i + r.length) * width + j + r.arabic.length;
          if (c + r.cost < elementAt(cost, to)) {
            cost[to] = c + r.cost;
            from[to] = here;
            via[to] = r;
            if (i + r.length > reached) reached = i + r.length;
          }
        }
      }
      if (j < m) {
        const k = insertionCost(latin, i, arabic, j);
        const to = here + 1;
        if (k < HARD && c + k < elementAt(cost, to)) {
          cost[to] = c + k;
          from[to] = here;
          via[to] = undefined;
          inserted[to] = k;
        }
      }
    }
  }
  const total = elementAt(cost, n * width + m);
  if (total === Infinity) return undefined;
  const steps: LatinStep[] = [];
  for (let at = n * width + m; at !== 0;) {
    const r = via[at];
    const back = elementAt(from, at);
    steps.push(
      r
        ? { latin: r.latin, arabic: r.arabic, cost: r.cost }
        : persianKhwa(latin, Math.floor(back / width), arabic, back % width)
          ? { latin: '', arabic: 'و', cost: elementAt(inserted, at), note: KHWA_NOTE }
          : { latin: '', arabic: elementAt(arabic, back % width), cost: elementAt(inserted, at) },
    );
    at = back;
  }
  steps.reverse();
  const consonants = [...latin].filter((ch) => !isVowel(ch) && ch !== "'").length;
  let score = Math.max(0, 1 - total / Math.max(spellingWeight(arabic), consonants, 1));
  if (unwrittenVowelPairs(steps)) score = Math.min(score, 0.7);
  // In a name of three consonants or fewer, one vowel read another way makes another name (Biden / بادن).
  if (consonants <= 3 && steps.some((st) => st.cost >= 0.3 && (isVowel(st.latin[0]) || (!st.latin && st.arabic === 'ا'))))
    score = Math.min(score, 0.7);
  // A sound that one side writes and the other cannot leave out (a first vowel, a consonant) is no spelling variant.
  if (steps.some((st) => st.cost >= HARD)) score = Math.min(score, 0.7);
  // A doubled a inside a word is a long a, or an a beside ع, never an i (Jamaat is جماعت, not جمعیت); at its end a ی
  // may be the Persian ezafe after it (Nidaa / ندای).
  const doubledAasI = (k: number): boolean => {
    const [x, y] = [steps[k], steps[k + 1]];
    return !!x && !!y && x.latin === 'a' && y.latin === 'a' && (x.arabic === 'ي' || y.arabic === 'ي');
  };
  if (steps.some((_, k) => doubledAasI(k) && steps.slice(k + 2).some((st) => st.latin !== ''))) score = Math.min(score, 0.7);
  // The English endings -town and -ton are written تاون and تون (Georgetown / جورج تاون, Kingston / كينغستون): a -town
  // read as تون or a -ton as تاون is the other name (Kingstown is not Kingston).
  if (/tow?n$/u.test(latin) && /تا?ون$/u.test(arabic) && latin.endsWith('town') !== arabic.endsWith('تاون')) score = Math.min(score, 0.7);
  return { score, steps, how: french ? 'french' : 'sounds' };
}

/**
 * Whether a reading leaves out vowels a spelling would write, which makes another name: two Latin vowels in a
 * row both unwritten (Cartier is not كارتر): `both`; or one vowel of a pair, after an i read as ي (Dior is ديور, not
 * دير) or before a written a (Baidoa): `one`. Short vowels go unwritten; the vowels of a diphthong or after a glide do not.
 */
function unwrittenVowelPairs(steps: readonly LatinStep[]): 'both' | 'one' | undefined {
  let one = false;
  for (let k = 1; k < steps.length; k++) {
    const [p, q] = [elementAt(steps, k - 1), elementAt(steps, k)];
    if (p.latin.length !== 1 || q.latin.length !== 1 || !isVowel(p.latin) || !isVowel(q.latin)) continue;
    // The u after q is part of the consonant, not a vowel (Liaquat / لياقت, Tarique / طارق).
    if (p.latin === 'u' && steps[k - 2]?.latin === 'q') continue;
    // A vowel before an h read as ة is the vowel ة writes (Qadsiah / قادسية, Odeh / عودة), not one left out.
    const next = steps[k + 1];
    if (q.arabic === '' && next?.latin === 'h' && next.arabic === 'ة') continue;
    if (p.arabic === '' && q.arabic === '') return 'both';
    // The i is a vowel here only after a consonant (Dior), not at the start of a word (Yahya); a y before a vowel is
    // the consonant of a romanised Arabic or Persian name, whose next short vowel goes unwritten (Maryam / مریم).
    const before = steps[k - 2];
    const afterConsonant = !!before && !!before.latin && !isVowel(before.latin[before.latin.length - 1]);
    // The a after it may go unwritten only before a final consonant, a short a (Sebastian / سباستین, Jamhuriat /
    // جمهوریت), not a long one inside a word (Liaquat is لياقت, not ليقوت).
    const finalSyllable = k + 2 === steps.length && !!steps[k + 1]?.latin && !isVowel(steps[k + 1]?.latin[0]);
    const unwrittenAfterI = 'ou'.includes(q.latin) || (q.latin === 'a' && !finalSyllable);
    if (afterConsonant && p.latin === 'i' && p.arabic === 'ي' && unwrittenAfterI && q.arabic === '') one = true;
    // An o or u before a written a is a syllable of its own, which a spelling writes (Baidoa is بيداوا, not بيداء);
    // not before an a written ع or ء, the consonant Latin letters leave out between the two vowels (Muallem / معلم).
    if ('ou'.includes(p.latin) && p.arabic === '' && q.latin === 'a' && q.arabic !== '' && q.arabic !== 'ع' && q.arabic !== 'ء') one = true;
  }
  return one ? 'one' : undefined;
}

/** Letters a reading may write with no Latin letter behind them (see `insertionCost`): vowel letters, ء and ع, the article. */
const INSERTED_LETTERS = ARABIC_VOWEL_LETTERS + 'ءعل';

/**
 * Every (folded) Arabic-script letter that some reading of a Latin name could write: the spellings of every
 * letter group the name contains, in English and French reading, its letters' names, and the letters a
 * reading may add. A superset, worked out once per name: an Arabic-script spelling with a letter outside it is
 * no reading of the name, and costs no alignment.
 */
export const readableLetters: (latin: string) => ReadonlySet<string> = /* @__PURE__ */ memoize((latin: string) => {
  const folded = foldLatin(latin.replace(/[^A-Za-z\u00c0-\u024f]/gu, ''));
  const out = new Set<string>(INSERTED_LETTERS);
  const addAll = (spellings: readonly (readonly [string, number])[] | readonly string[] | undefined): void => {
    for (const s of spellings ?? []) for (const c of typeof s === 'string' ? s : s[0]) out.add(c);
  };
  for (let i = 0; i < folded.length; i++) {
    for (let n = 1; n <= MAX_UNIT && i + n <= folded.length; n++) {
      const unit = folded.slice(i, i + n);
      for (const table of [UNITS, FRENCH_UNITS, SILENT_FINALS, FRENCH_FINALS]) addAll(table[unit]);
    }
  }
  for (const c of latin.toUpperCase()) addAll(LETTER_NAMES[c]);
  // The ح a West African romanisation leaves unsaid before the final vowel it adds (Mamadou / محمد: addedFinalVowel).
  if (latin.split(/[^A-Za-z\u00c0-\u024f]+/u).some((w) => /[^aeiouy](?:ou|u)$/u.test(foldLatin(w)))) out.add('ح');
  return out;
});

/**
 * The (folded) Arabic-script letters a reading of a Latin name may begin with: the first letter of a spelling of
 * a letter group that opens one of its words or follows its first letter, in English and French reading, or of
 * those letters' names, and the letters a reading may add before it. A superset, once per name, like {@link readableLetters}.
 */
export const readableOnsets: (latin: string) => ReadonlySet<string> = /* @__PURE__ */ memoize((latin: string) => {
  const out = new Set<string>(INSERTED_LETTERS);
  for (const word of latin.split(/[^A-Za-z\u00c0-\u024f]+/u)) {
    const folded = foldLatin(word);
    if (!folded) continue;
    // The first two letters: a first letter may go unwritten (the H of HCoV / كوف).
    for (const at of [0, 1]) {
      for (const readings of [readingsAt(folded)[at], frenchReadingsAt(folded)[at]])
        for (const r of readings ?? []) if (r.arabic) out.add(r.arabic.charAt(0));
      for (const name of LETTER_NAMES[word.charAt(at).toUpperCase()] ?? []) out.add(name.charAt(0));
    }
  }
  return out;
});

/**
 * Whether a reading leaves unwritten a vowel that stands beside another vowel, which an acronym read as a word
 * says and so writes (OAPEC's A); a vowel between consonants may go unwritten (OPEC / أوبك).
 */
function vowelBesideVowelUnwritten(steps: readonly LatinStep[]): boolean {
  return steps.some((st, k) => {
    if (st.arabic !== '' || st.latin.length !== 1 || !isVowel(st.latin)) return false;
    const [before, after] = [steps[k - 1]?.latin, steps[k + 1]?.latin];
    return isVowel(before?.[before.length - 1]) || isVowel(after?.[0]);
  });
}

/** Reads an acronym letter by letter by the letters' names (PCR / بيسيار), or returns undefined. */
function readLetters(acronym: string, arabic: string): LatinReading | undefined {
  const letters = [...acronym].filter((c) => c >= 'A' && c <= 'Z');
  if (letters.length === 0 || letters.length > 8) return undefined;
  // reach[k] holds, for each Arabic position reached after k letters, the steps that got there.
  let reach = new Map<number, LatinStep[]>([[0, []]]);
  for (const letter of letters) {
    const next = new Map<number, LatinStep[]>();
    for (const [j, steps] of reach) {
      for (const name of LETTER_NAMES[letter] ?? []) {
        if (arabic.startsWith(name, j) && !next.has(j + name.length))
          next.set(j + name.length, [...steps, { latin: letter, arabic: name, cost: 0 }]);
      }
    }
    reach = next;
    if (reach.size === 0) return undefined;
  }
  const steps = reach.get(arabic.length);
  return steps ? { score: 1, steps, how: 'letters' } : undefined;
}

/** Whether a Latin word is written as an acronym (PCR, WHO, H1N1, V). */
export function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9]{0,7}$/u.test(word);
}

/**
 * Reads a Latin word (or words written together) as an Arabic-script spelling: an acronym by its letters'
 * names or as a word, anything else sound by sound. Returns the best reading, or undefined when none fits.
 */
export const readLatin: (latin: string, arabicScript: string) => LatinReading | undefined = /* @__PURE__ */ memoize2(
  (latin: string, arabicScript: string) => readLatinOnce(latin, arabicScript, 'no'),
);

/** {@link readLatin} for a word of a name that shows French spelling ({@link looksFrench}): it may also be read as French says it. */
export const readLatinFrench: (latin: string, arabicScript: string) => LatinReading | undefined = /* @__PURE__ */ memoize2(
  (latin: string, arabicScript: string) => readLatinOnce(latin, arabicScript, 'marked'),
);

/**
 * {@link readLatin} for a word whose letters do not show it French, which Persian and Arabic may still write as French
 * says it (Chamonix / شاموني, Camus / کامو): read so only when closer than a French-looking name must be.
 */
export const readLatinUnmarkedFrench: (latin: string, arabicScript: string) => LatinReading | undefined = /* @__PURE__ */ memoize2(
  (latin: string, arabicScript: string) => readLatinOnce(latin, arabicScript, 'unmarked'),
);

/**
 * Whether a step reads a vowel as only French says it (a nasal: Kevin / كيفان; e as و: Lego / لوغو): a name that does
 * not look French is read so by its silent letters alone.
 */
function frenchVowel(step: LatinStep): boolean {
  return (
    (step.latin === 'e' && step.arabic === 'و') ||
    (isVowel(step.latin.charAt(0)) &&
      !(UNITS[step.latin] ?? []).some(([a]) => a === step.arabic) &&
      !(FRENCH_FINALS[step.latin] ?? []).some(([a]) => a === step.arabic))
  );
}

/**
 * How far a Latin word may be read as French says it: `marked` for a name whose letters show it French, `unmarked`
 * for one that does not (read so only when closer still), `no` for neither.
 */
type FrenchReading = 'marked' | 'unmarked' | 'no';

function readLatinOnce(latin: string, arabicScript: string, mayBeFrench: FrenchReading): LatinReading | undefined {
  const arabic = lettersOf(foldName(arabicScript));
  const compact = latin.replace(/[^A-Za-z0-9\u00c0-\u024f'ʿʾ’‘`]/gu, '');
  const byLetters = isAcronym(compact) ? readLetters(compact, arabic) : undefined;
  if (byLetters) return byLetters;
  const read = readSounds(foldLatin(compact), arabic);
  // An acronym read as a word writes a vowel beside another (OAPEC is not أوبك, OPEC's).
  const sounds = read && isAcronym(compact) && vowelBesideVowelUnwritten(read.steps) ? { ...read, score: Math.min(read.score, 0.7) } : read;
  if (sounds && sounds.score >= 0.9) return sounds;
  // Read as French is said: taken only when close, since its silent letters and nasals would fit much else; not
  // for acronyms and names with capitals inside (COVID, BioNTech). A name whose letters do not show it French
  // (Chamonix, شاموني) is read so too, closer still: Persian and Arabic follow a French name's sound.
  const french =
    mayBeFrench !== 'no' && latin.split(/\s+/u).every((w) => !/[A-Z]/u.test(w.slice(1)))
      ? readSounds(foldLatin(compact), arabic, true)
      : undefined;
  if (
    french &&
    french.score >= (mayBeFrench === 'marked' ? FRENCH_SCORE : UNMARKED_FRENCH_SCORE) &&
    (!sounds || french.score > sounds.score) &&
    (mayBeFrench === 'marked' || !french.steps.some(frenchVowel))
  )
    return french;
  const mixed = readMixed(compact, arabic);
  const best = mixed && (!sounds || mixed.score > sounds.score) ? mixed : sounds;
  return (best && best.score >= 0.9 ? undefined : (addedFinalVowel(compact, arabic) ?? arabicNameReading(compact, arabic))) ?? best;
}

const SILENT_WAW = lettersOf(foldName('عمرو'));
// Given names spelled as the disjoined letters that open a sura (طه, ṭā hā; يس, yā sīn): their letters' names are
// said, long vowels and all, and only the letters written. Each with the spelling of what is said.
const SURA_LETTERS: ReadonlyMap<string, string> = new Map(
  [
    ['طه', 'طاها'],
    ['يس', 'ياسين'],
  ].map(([written, said]) => [lettersOf(foldName(written ?? '')), lettersOf(foldName(said ?? ''))]),
);
const IMALA_NOTE = 'e as ا, the long a of an Arabic name said e (imala), as Maghrebi and Levantine romanisations write it';

/**
 * An Arabic given name in a romanisation that follows how it is said rather than written, against a name the list of
 * Arabic and Persian given names holds: the silent و that عمرو writes to tell it from عمر (Amr), and the long a said
 * e in the Maghreb and the Levant (Kamel / كمال, Djamel / جمال), read as ا, in a listed name or a word with the
 * article (Cheb / الشاب); and a name spelled as the disjoined letters
 * of a sura (Taha / طه). Returns the reading, or undefined.
 */
function arabicNameReading(compact: string, arabic: string): LatinReading | undefined {
  const folded = foldLatin(compact);
  // Only a Latin name that ends in two consonants, as عمرو is said (Amr); Omar, a vowel between them, is عمر.
  if (arabic === SILENT_WAW && !isVowel(folded.at(-1)) && !isVowel(folded.at(-2))) {
    const read = readSounds(folded, arabic.slice(0, -1));
    const step: LatinStep = { latin: '', arabic: 'و', cost: 0, note: 'the و of عمرو, written to tell it from عمر and not said' };
    return read && read.score >= 0.9 ? { ...read, steps: [...read.steps, step] } : undefined;
  }
  const said = SURA_LETTERS.get(arabic);
  if (said) {
    const read = readSounds(folded, said);
    const step: LatinStep = {
      latin: folded,
      arabic,
      cost: 0,
      note: `${arabic} spelled as the disjoined letters that open a sura, written without the long vowels their names are said with`,
    };
    return read && read.score >= 0.9 ? { score: read.score * 0.97, steps: [step], how: 'sounds' } : undefined;
  }
  // A word with the Arabic article is an Arabic word, romanised as it is said too (Cheb / الشاب, Beji / الباجي).
  if (!isNativeName(arabic) && !(arabic.startsWith('ال') && arabic.length > 4)) return undefined;
  let best: LatinReading | undefined;
  for (let p = 1; p < folded.length - 1; p++) {
    if (folded[p] !== 'e' || isVowel(folded[p - 1]) || isVowel(folded[p + 1])) continue;
    // The e after a written article is the vowel that opens the word, no long a (Al-Ettifaq / الاتفاق).
    if (/^[ae]l$/u.test(folded.slice(0, p))) continue;
    const read = readSounds(folded.slice(0, p) + 'a' + folded.slice(p + 1), arabic);
    if (!read || read.score < 0.9 || (best && read.score <= best.score)) continue;
    // The step that reads the a put for the e must write ا: an a left unwritten needs no imala.
    let at = 0;
    const steps = read.steps.map((st) => {
      const here = at;
      at += st.latin.length;
      return here === p && st.latin === 'a' && st.arabic === 'ا' ? { ...st, latin: 'e', note: IMALA_NOTE } : st;
    });
    if (steps.some((st) => st.note === IMALA_NOTE)) best = { ...read, score: read.score * 0.97, steps };
  }
  return best;
}

/**
 * An Arabic given name in a West African romanisation (Hausa, Fulfulde, Kanuri, Wolof, Mande), which ends it in a vowel
 * the Arabic name does not have (Abdullahi for عبدالله, Atiku for عتيق, Muhammadu, Mamadou, Ibrahima, Idrissa) and
 * may leave out its ح, a sound those languages lack (Mamadou, Amadou / أحمد): read without that vowel, only against a name the list of Arabic and Persian given names holds. Returns the reading,
 * or undefined.
 */
function addedFinalVowel(compact: string, arabic: string): LatinReading | undefined {
  const folded = foldLatin(compact);
  if (folded.length < 5 || !isNativeName(arabic)) return undefined;
  const vowel = /(?:ou|[uia])$/u.exec(folded)?.[0] ?? '';
  const before = folded.charAt(folded.length - vowel.length - 1);
  // The -u or -ou after any consonant (Atiku, Muhammadu, Mamadou), the -i after the h of -llah only (Abdullahi): a final
  // -i is elsewhere a name's own (Maradi, a town, is not مراد). The -a after a consonant of a name of five letters or
  // more (Ibrahima, Idrissa, Ismaila): shorter names have feminines in ة that end in the same a (Karima is كريمة, not كريم).
  const added =
    vowel === 'u' || vowel === 'ou'
      ? !isVowel(before)
      : vowel === 'i'
        ? before === 'h'
        : vowel === 'a' && !isVowel(before) && before !== 'h' && arabic.length >= 5 && !/[اةهىيو]$/u.test(arabic);
  if (!added) return undefined;
  const stem = folded.slice(0, -vowel.length);
  const note = `the final ${vowel} a West African romanisation adds to an Arabic name, unwritten`;
  const read = readSounds(stem, arabic);
  if (read && read.score >= 0.9)
    return { ...read, score: read.score * 0.97, steps: [...read.steps, { latin: vowel, arabic: '', cost: 0.1, note }] };
  // The ح left unsaid, with the final vowel only (Mamadou / محمد): one ح, not the name's first letter.
  const at = arabic.indexOf('ح');
  if (at <= 0 || arabic.indexOf('ح', at + 1) >= 0 || (vowel !== 'u' && vowel !== 'ou')) return undefined;
  const withoutH = readSounds(stem, arabic.slice(0, at) + arabic.slice(at + 1));
  if (!withoutH || withoutH.score < 0.9) return undefined;
  const h: LatinStep = { latin: '', arabic: 'ح', cost: 0.1, note: 'ح unsaid, a sound West African languages lack' };
  const steps = [...withoutH.steps];
  // The ح goes back in its place: after the steps that wrote the letters before it.
  let written = 0;
  let k = 0;
  while (k < steps.length && written < at) written += elementAt(steps, k++).arabic.length;
  steps.splice(k, 0, h);
  return { ...withoutH, score: withoutH.score * 0.94, steps: [...steps, { latin: vowel, arabic: '', cost: 0.1, note }] };
}

/**
 * A name that is a word and letters read by their names (MySQL / ماي إس كيو إل, Airbnb / إير بي إن بي,
 * PowerBI): capitals after a word, capitals before one, or a final
 * run of consonants no word ends in. Each part is read its own way, and the Arabic-script name is cut where
 * they meet.
 */
function readMixed(compact: string, arabic: string): LatinReading | undefined {
  // [word, letters] or [letters, word] cuts of the Latin name.
  const cuts: [string, string, boolean][] = [];
  const capitals = /^([A-Za-z]*[a-z])([A-Z]{2,})$/u.exec(compact);
  if (capitals) cuts.push([elementAt(capitals, 1), elementAt(capitals, 2), true]);
  // The final run of consonants (no regular expression: an unanchored one would backtrack on long runs).
  let start = compact.length;
  while (start > 0 && !isVowel(compact[start - 1]?.toLowerCase())) start--;
  if (start > 0 && compact.length - start >= 2) {
    for (let k = start + 1; k <= compact.length - 2; k++) cuts.push([compact.slice(0, k), compact.slice(k), true]);
  }
  const lead = /^([A-Z]{2,})([A-Z][a-z]+)$/u.exec(compact);
  if (lead) cuts.push([elementAt(lead, 1), elementAt(lead, 2), false]);
  let best: LatinReading | undefined;
  for (const [first, second, wordFirst] of cuts) {
    for (let k = 1; k < arabic.length; k++) {
      const [x, y] = [arabic.slice(0, k), arabic.slice(k)];
      // The letters first: reading them is a cheap prefix match, and most cuts fail there.
      const q = wordFirst ? readLetters(second.toUpperCase(), y) : readLetters(first, x);
      if (!q) continue;
      const p = wordFirst ? readSounds(foldLatin(first), x) : readSounds(foldLatin(second), y);
      if (!p) continue;
      const score = Math.min(p.score, q.score);
      if (!best || score > best.score)
        best = { score, steps: wordFirst ? [...p.steps, ...q.steps] : [...q.steps, ...p.steps], how: 'sounds' };
    }
  }
  return best;
}

/** A phrase for the notable correspondences of a reading: "ph (f) as ف, g as غ", or the letters read by name. */
export function describeReading(reading: LatinReading): string {
  if (reading.how === 'letters') {
    return `the letters ${reading.steps.map((s) => s.latin.toUpperCase()).join(' ')} read by their names (${reading.steps.map((s) => s.arabic).join(' ')})`;
  }
  if (reading.how === 'patronymic') {
    const [step] = reading.steps;
    return `${step?.latin ?? ''} as ${step?.arabic ?? ''}, the patronymic particle in the form Arabic writes in its place`;
  }
  if (reading.how === 'translation') {
    const [step] = reading.steps;
    // wa and va romanise the conjunction و itself, which no English word is.
    if (/^[wv]a$/iu.test(step?.latin ?? '')) return `${step?.latin ?? ''}, the conjunction and, written ${step?.arabic ?? ''}`;
    // A convention the translated word comes with (and written و joined to it), named after it.
    const notes = reading.steps.slice(1).flatMap((s) => (s.note ? [s.note] : []));
    return `the English word ${step?.latin ?? ''} translated (${step?.arabic ?? ''})${notes.map((n) => `, ${n}`).join('')}`;
  }
  const notable: string[] = [];
  if (reading.how === 'french') {
    const french = reading.steps.filter(
      (s) => s.latin && (FRENCH_UNITS[s.latin]?.some(([o]) => o === s.arabic) || FRENCH_FINALS[s.latin]?.some(([o]) => o === s.arabic)),
    );
    // A vowel inside the word left unwritten is a short vowel (au of Paul); a letter at the end is not said.
    const said = french.map((s) =>
      s.arabic ? `${s.latin} as ${s.arabic}` : s.latin === 'au' ? `${s.latin} a short o, unwritten` : `${s.latin} silent`,
    );
    return `the name read as French says it (${[...new Set(said)].slice(0, 4).join(', ')})`;
  }
  // An alef before a word's first consonants, after the article or not: the vowel the Latin leaves unsaid (Persian
  // اسپانیا, the Maghrebi Brahimi / الإبراهيمي).
  const first = reading.steps.findIndex((s) => s.latin !== '');
  const before = reading.steps
    .slice(0, Math.max(first, 0))
    .map((s) => s.arabic)
    .join('');
  // The Arabic article, which a romanisation may leave out as speech runs it into the word before (Muallem / المعلم).
  if (before.startsWith('ال')) notable.push('ال, the Arabic article, which the Latin does not write');
  const abu = before === 'ا' && reading.steps[first]?.arabic === 'ب' && reading.steps[first + 1]?.arabic === 'و';
  if (abu) notable.push('Bou the kunya Abu (ابو), its first vowel unwritten as West African and Maghrebi romanisations write it');
  else if (before === 'ا' && reading.steps[first]?.latin === 'l' && reading.steps[first].arabic === 'ل')
    notable.push('l as the article ال, its vowel unsaid');
  else if ((before === 'ا' || before === 'الا') && !isVowel(reading.steps[first]?.latin[0]))
    notable.push(
      reading.steps[first + 1]?.latin === 'ou'
        ? 'ا before the first consonant and ou said w (a cluster), a vowel the Latin leaves unsaid'
        : 'ا before the first consonants, a vowel the Latin leaves unsaid',
    );
  // Capitals read by their names inside a word (MySQL, Airbnb's bnb): one phrase for them all.
  const named = reading.steps.filter((s) => /^[A-Z]$/u.test(s.latin));
  if (named.length > 0)
    notable.push(`the letters ${named.map((s) => s.latin).join(' ')} read by their names (${named.map((s) => s.arabic).join(' ')})`);
  for (const s of reading.steps) {
    if (/^[A-Z]$/u.test(s.latin)) continue;
    if (s.note) {
      notable.push(s.note);
      continue;
    }
    // The article and ع, which romanisations write their own way (Sirajuddin, al-Sharaa).
    const article = describeArticleStep(s.latin, s.arabic);
    if (article) {
      notable.push(article);
      continue;
    }
    if (SILENT_FINALS[s.latin]?.some(([option]) => option === s.arabic) && !UNITS[s.latin]?.some(([option]) => option === s.arabic)) {
      notable.push(
        OTHER_FINALS[s.latin]
          ? `the ${OTHER_FINALS[s.latin]} ending -${s.latin} said ${s.arabic}, some of its letters unsaid`
          : `the French ending -${s.latin} said ${s.arabic}, its last letters silent`,
      );
      continue;
    }
    if (s.latin === 'ou' && (s.arabic === 'ع' || s.arabic === 'ا')) {
      notable.push(`ou as ${s.arabic === 'ع' ? 'ع' : 'a hamza'} with its short u, as a French romanisation opens an Arabic name`);
      continue;
    }
    if (s.latin === 'ai' && !s.arabic) {
      notable.push('ai before r said as a short e (air, aire), unwritten');
      continue;
    }
    if (s.latin === 'au' && !s.arabic) {
      notable.push('au a short o, unwritten');
      continue;
    }
    if (s.latin === 'ae' && !s.arabic) {
      const note = 'ae said as one short vowel (ä, or the -ael of Michael), unwritten';
      if (!notable.includes(note)) notable.push(note);
      continue;
    }
    if (s.latin && !s.arabic && unwrittenDigraph(s.latin, 0)) {
      notable.push(`${s.latin} the short vowel of a French romanisation, unwritten`);
      continue;
    }
    const note = CONVENTION_NOTES[`${s.latin} ${s.arabic}`];
    if (note) {
      if (!notable.includes(note)) notable.push(note);
      continue;
    }
    if (!s.latin || !s.arabic || isVowel(s.latin[0])) continue;
    const first = UNITS[s.latin]?.[0]?.[0];
    if (!(s.latin.length > 1 || s.arabic !== first || 'gpvjcqxzł'.includes(s.latin))) continue;
    const sound = SOUND_OF[s.latin];
    const phrase = `${s.latin}${sound && sound !== s.latin ? ` (${sound})` : ''} as ${s.arabic}`;
    if (!notable.includes(phrase)) notable.push(phrase);
  }
  return notable.length === 0 ? 'letter for letter, short vowels unwritten' : notable.slice(0, 4).join(', ');
}
