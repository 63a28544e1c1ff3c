import { ARABIC_NEWS_WORDS } from '../lexicon/common-words/news.js';
import { FOREIGN_GIVEN_NAMES, NATIVE_NAMES } from '../lexicon/given-names.js';
import { SURNAME_ENDINGS } from '../lexicon/titles.js';
import { foldName, lettersOf } from './phonetic.js';
import { PERSIAN_LETTERS } from './orthography.js';
import { lexiconHeadwords } from './lexicon-words.js';
import { isNativeName } from './native-names.js';
import { elementAt } from '../contract/element-at.js';
import { COMPILED_ROOTS } from './arabic-roots-compiled.js';

/**
 * Arabic names are words: a pattern (فاعل, فعيل, مفعول, فعلان …) laid on a root of three consonants (غانم is
 * فاعل on غ ن م, like the word غنيمة). Such a name is spelled one way by every newsroom; only foreign names
 * are transliterated, and only they take the regional letters (غ ج ق ك for g). So when one spelling of a pair
 * is a native pattern on a root Arabic has, another consonant makes another name (غانم / جانم, قادر / كادر,
 * شاكر / تشاكر), unless the name shows it is foreign (a foreign given name, a foreign surname ending, a letter
 * Arabic borrows: غاري كاسباروف / جاري كاسباروف).
 *
 * The roots Arabic has are read off the project's own Arabic vocabulary (the bilingual lexicon's headwords,
 * the news words, the native given names) with the same patterns, so no root list is kept by hand.
 */

/** Patterns of Arabic names and name-like words (ف ع ل stand for the root's consonants; folded letters). */
const NAME_PATTERNS: readonly string[] = [
  'فعل', // جبر, صقر, قيس
  'فاعل', // غانم, قادر, شاكر
  'فعيل', // نجيب, جميل
  'فعول', // غفور
  'فعال', // جمال, كمال
  'فعلان', // عدنان, غفران
  'فعلي', // حمدي, فهمي (a nisba name)
  'افعل', // أحمد, أكرم
  'مفعول', // محمود, منصور
  'مفعل', // مكرم
  'تفعيل', // توفيق, تشريف
  'افعال', // إحسان, إسراء
  'افتعال', // اعتدال
  'فعلاء', // نجلاء
  'فعلى', // سلمى
  'فيعل', // حيدر, هيثم
];

/** More patterns, for reading roots off ordinary words (مكتب, استقبال, مفاوضات). */
const WORD_PATTERNS: readonly string[] = [
  ...NAME_PATTERNS,
  'مفعال',
  'استفعال',
  'مفاعل',
  'فواعل',
  'فعائل',
  'تفاعل',
  'مفاعلة',
  'متفعل',
  'منفعل',
  'انفعال',
  'مستفعل',
  'مفتعل',
  'تفعل',
  'يفعل',
  'افعلة',
  'فعلة',
  'فعالة',
  'فعيلة',
  'فاعلة',
  'مفعلة',
];

/** Letters that are never a root consonant in these patterns: alef and the feminine and final-a endings. */
/** The word patterns by their length: a stem is read only under those of its own length (see {@link rootUnder}). */
const WORD_PATTERNS_BY_LENGTH = /* @__PURE__ */ (() => {
  const out = new Map<number, string[]>();
  for (const pattern of WORD_PATTERNS) {
    const list = out.get(pattern.length);
    if (list) list.push(pattern);
    else out.set(pattern.length, [pattern]);
  }
  return out;
})();

const NOT_RADICAL = 'اةى';
/** Root consonants that are weak: they fit many patterns by themselves. */
const WEAK = 'يوء';

/** The root a folded word gives under a pattern, or undefined when the word does not fit it. */
function rootUnder(word: string, pattern: string): string | undefined {
  if (word.length !== pattern.length) return undefined;
  let root = '';
  for (let i = 0; i < pattern.length; i++) {
    const p = elementAt(pattern, i);
    const c = elementAt(word, i);
    if (p === 'ف' || p === 'ع' || p === 'ل') {
      if (NOT_RADICAL.includes(c)) return undefined;
      root += c;
    } else if (p !== c) return undefined;
  }
  return root;
}

/** A folded word without the article and a final ة, the forms patterns are laid on (المنصورة → منصور). */
function stems(word: string): string[] {
  const bare = word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
  return bare.endsWith('ة') && bare.length > 3 ? [bare, bare.slice(0, -1)] : [bare];
}

let roots: Set<string> | undefined;

/** The roots Arabic has, as far as the project's Arabic vocabulary shows them (compiled by the build, else read from it). */
function knownRoots(): Set<string> {
  roots ??= new Set(COMPILED_ROOTS ?? compileRoots());
  return roots;
}

/** The roots the project's Arabic vocabulary shows, in the order met: what the build puts in the library (scripts/compile-tables.ts). */
export function compileRoots(): string[] {
  const out = new Set<string>();
  const words = [...lexiconHeadwords('ar'), ...ARABIC_NEWS_WORDS.split(/\s+/u), ...NATIVE_NAMES.split(/\s+/u)];
  for (const written of words) {
    for (const stem of stems(lettersOf(foldName(written)))) {
      for (const pattern of WORD_PATTERNS_BY_LENGTH.get(stem.length) ?? []) {
        const root = rootUnder(stem, pattern);
        if (root) out.add(root);
      }
    }
  }
  return [...out];
}

/** How a word reads as a native Arabic name: its pattern and its root. */
export interface NativeShape {
  readonly pattern: string;
  readonly root: string;
}

/**
 * Whether a folded single word has the shape of a native Arabic name: a name pattern on a root Arabic has
 * (غانم: فاعل on غ ن م). Words with a letter Arabic only borrows (گ پ چ ژ ڤ) have none.
 */
export function nativeShape(word: string): NativeShape | undefined {
  if ([...word].some((c) => PERSIAN_LETTERS.includes(c))) return undefined;
  const known = knownRoots();
  for (const stem of stems(word)) {
    for (const pattern of NAME_PATTERNS) {
      const root = rootUnder(stem, pattern);
      // A root of two weak letters (ي و ء) fits too many words to prove anything (ايوان is no افعال).
      if (root && known.has(root) && [...root].filter((c) => !WEAK.includes(c)).length >= 2) return { pattern, root };
    }
  }
  return undefined;
}

let foreignGiven: Set<string> | undefined;

/** Foreign given names, folded (فلاديمير, غاري is not among them unless listed). */
/** Whether a folded word is a foreign given name (روبرت, ماكس), from the list of foreign given names. */
export function isForeignGivenName(word: string): boolean {
  return foreignGivenNames().has(word);
}

function foreignGivenNames(): Set<string> {
  if (foreignGiven) return foreignGiven;
  const out = new Set<string>();
  for (const row of FOREIGN_GIVEN_NAMES) {
    for (const name of row.replace('|', '/').split('/')) {
      for (const word of name.split(/\s+/u)) {
        const key = lettersOf(foldName(word));
        if (key.length > 1 && !NATIVE_NAMES.includes(word)) out.add(key);
      }
    }
  }
  foreignGiven = out;
  return out;
}

// Surname endings that only foreign names have (not يان: حيان and ريان are Arabic names).
const FOREIGN_ENDINGS: readonly string[] = SURNAME_ENDINGS.split(/\s+/u)
  .filter((e) => e !== 'يان' && e !== 'زاده' && e !== 'پور')
  .map((e) => lettersOf(foldName(e)));

/**
 * Whether the words of a name (folded) show it is foreign: a letter Arabic only borrows (گ پ چ ژ ڤ), a
 * foreign given name (فلاديمير), or a foreign surname ending (-وف, -سكي, -ينكو, -أوغلو).
 */
export function looksForeign(words: readonly string[]): boolean {
  const given = foreignGivenNames();
  const marked = words.some(
    (w) =>
      [...w].some((c) => PERSIAN_LETTERS.includes(c)) ||
      given.has(w) ||
      FOREIGN_ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e)),
  );
  // In a name of several words, a word that is no Arabic name and has no Arabic shape (ليز in ليز تراس,
  // نفتالي in نفتالي بينيت) makes the others foreign too.
  return marked || (words.length > 1 && words.some((w) => w.length >= 3 && !CONNECTORS.has(w) && !isNativeName(w) && !nativeShape(w)));
}

// Words that join the parts of an Arabic name and have no pattern of their own.
const CONNECTORS: ReadonlySet<string> = new Set(
  ['بن', 'ابن', 'بنت', 'ابو', 'ام', 'ال', 'عبد', 'الدين', 'الله'].map((w) => lettersOf(foldName(w))),
);

/** Every reading of a folded word as a word pattern on a root of two strong letters at least, known to the vocabulary or not. */
function wordShapes(word: string): NativeShape[] {
  if ([...word].some((c) => PERSIAN_LETTERS.includes(c))) return [];
  const out: NativeShape[] = [];
  for (const stem of stems(word)) {
    // A final و after a consonant is a foreign name's o (رنو, Renault; التبو, the Tebu) far more often than a root letter.
    // Nor a final ه, Persian's final e (ناوه) as often as a root letter.
    if (stem.endsWith('و') || stem.endsWith('ه')) continue;
    for (const pattern of WORD_PATTERNS_BY_LENGTH.get(stem.length) ?? []) {
      // Not فيعل: a foreign e or i after the first consonant is written ي or left out (بيتر / بتر, Peter).
      if (pattern === 'فيعل') continue;
      const root = rootUnder(stem, pattern);
      if (root && [...root].filter((c) => !WEAK.includes(c)).length >= 2) out.push({ pattern, root });
    }
  }
  return out;
}

/**
 * Two folded words read as two patterns on one root (زاكية / زكية: فاعل and فعل on ز ك ي; كلباء / كلبة: فعلاء and فعلة
 * on ك ل ب), each word's reading first; undefined when no root reads both. Two Arabic words of one root and two
 * patterns are two words, whether or not the project's vocabulary lists the root: a foreign name seldom fits two
 * patterns of one root at once.
 */
export function sharedRoot(a: string, b: string): readonly [NativeShape, NativeShape] | undefined {
  const ofB = wordShapes(b);
  for (const x of wordShapes(a)) {
    const y = ofB.find((s) => s.root === x.root && s.pattern !== x.pattern);
    if (y) return [x, y];
  }
  return undefined;
}
