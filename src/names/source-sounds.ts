// How the source language says a foreign name, which one newsroom follows and another does not, within Arabic
// script: a French final d or t unsaid (-ard written ار, -ert ير), the French -ie of a land that Persian follows, the
// h of an English -ham unsaid, the Spanish ll (y) written ي or ل, the Portuguese nh (ny) written ني or نه, and a person's initials written by their
// letters' names in two forms (جيه / جي for J).

import { foldName, lettersOf } from './phonetic.js';
import { LETTER_NAMES } from '../lexicon/latin-sounds.js';
import { eastAsianSurnameSet, isOrdinary, tokensOf, lowerFirst } from './name-words.js';
import { isDictionaryWord } from './lexicon-words.js';
import { callContext } from './spelling-parts.js';
import { round, type NameMatch } from './name-match.js';
import { languageOfSpelling, lookupAdjective } from './gazetteer.js';

/** A spelling of the source language's sound rewritten into the other newsroom's, and the convention, said. */
interface SourceRule {
  /** Whether the rule applies to a (folded) word, and the word rewritten. */
  readonly rewrite: (word: string) => string | undefined;
  /**
   * Only for a name whose letters show it foreign, or across the two languages: within one language a native name
   * could have the letters too (اشتهارد, a town, is not اشتهار).
   */
  readonly foreignOnly: boolean;
  /** Only when the other name is Persian: the convention is Persian's (the French ending Iran follows). */
  readonly againstPersian?: boolean;
  /** For a known place, only in these countries (ISO codes), whose languages say the letter so. */
  readonly countries?: ReadonlySet<string>;
  /** Not when a word of either name is a Chinese, Korean or Vietnamese surname: those languages say the letter otherwise. */
  readonly notEastAsian?: boolean;
  /**
   * Only within one language (or for a known place): across the two, a word alone may be an East Asian syllable, which
   * says the letter otherwise (جونج, Jong, is no یونگ, Yong).
   */
  readonly withinOneLanguage?: boolean;
  /** Only a Persian name rewritten, against an Arabic one: the convention is Persian's spelling of the letter. */
  readonly persianSide?: boolean;
  /** Only a name not Persian (Arabic, or in letters both share) rewritten, against a Persian one: the convention is Arabic's. */
  readonly arabicSide?: boolean;
  /** Only for a Chinese name: a known place of China or Taiwan, or a name with a Chinese surname or a syllable in -ng. */
  readonly pinyin?: boolean;
  readonly detail: string;
}

// تز after ل, ن or ر: the ts of a German tz or an Italian z.
const TS_AFTER_LNR = /(?<=[لنر])تز/gu;
// A word of six letters at least ending in ه after a consonant letter: a foreign name's final e written.
const FINAL_E_AFTER_CONSONANT = /^.{4,}[^اويىءئه]ه$/u;
// A ج opening a word or after a vowel letter, before a vowel letter: where a j said y stands.
const J_BEFORE_VOWEL = /(?<=^|[اوي])ج(?=[اوي])/gu;
// Countries whose languages say j as y: German, Dutch (and Afrikaans), Nordic, Finnish, Estonian, Baltic, Slavic, Hungarian.
const J_AS_Y: ReadonlySet<string> = new Set(
  'DE AT CH LI LU NL BE ZA NA DK NO SE IS FI EE LV LT PL CZ SK SI HR BA RS ME MK BG UA BY RU HU'.split(' '),
);

const RULES: readonly SourceRule[] = [
  // Bernard / برنار, Renard-like names: French leaves the d of -ard unsaid, and one newsroom writes what is said.
  {
    rewrite: (w) => (/^.{3,}ارد$/u.test(w) ? w.slice(0, -1) : undefined),
    foreignOnly: true,
    detail: 'the French final d of -ard is silent, and one spelling leaves it out',
  },
  // Fulham-like names: the h of the English -ham is not said, and one newsroom leaves it out.
  {
    rewrite: (w) => (/^.{2,}[^اويىهء]هام$/u.test(w) ? w.slice(0, -3) + 'ام' : undefined),
    foreignOnly: false,
    detail: 'the h of the English ending -ham is silent, and one spelling leaves it out',
  },
  // Robert / روبير, Albert / ألبير: French leaves the t of -ert unsaid; one newsroom writes the English or German name.
  {
    rewrite: (w) => (/^.{3,}رت$/u.test(w) ? w.slice(0, -1) : undefined),
    foreignOnly: true,
    detail: 'the French final t of -ert is silent, and one spelling leaves it out',
  },
  // Mélanésie / ملانزی against Melanesia / ملانزیا: Persian follows the French -ie of a land's name, Arabic and Dari the
  // Latin -ia. Not the Arabic adjective (ليبيا / ليبي): the ی side is Persian, whose adjective of a -یا land is -یایی.
  {
    rewrite: (w) => (/^.{4,}يا$/u.test(w) ? w.slice(0, -1) : undefined),
    foreignOnly: false,
    againstPersian: true,
    detail: 'the Latin ending -ia is written یا by one and ی, after the French -ie that Persian follows, by the other',
  },
  // Spanish ll is said y in most of the Spanish-speaking world: one newsroom writes its sound ي (كاستيو, يوسا, Castillo,
  // Llosa), another its letters ل (كاستيلو, ليوسا). Rewritten to the sound: ل after ي or before it, with a vowel after.
  {
    rewrite: spanishLl,
    foreignOnly: true,
    detail: 'the Spanish ll (said y) is written ي by one and ل, its letter, by the other',
  },
  // Polish ł is said w: Arabic writes its sound و (فاونسا-like, Wałęsa; ميووش, Miłosz), Persian its letter ل (میلوش).
  // Rewritten to the sound: each ل of the Persian word beside a vowel letter, as ł stands in -sław, -ła, Biały. Five
  // letters at least: in a shorter word one letter is too much of the name (کالی is not كاوي).
  {
    rewrite: polishL,
    foreignOnly: true,
    persianSide: true,
    detail: 'the Polish ł (said w) is written و, its sound, by the Arabic and ل, its letter, by the Persian',
  },
  // Portuguese nh is said ny: one newsroom writes its sound ني, another its letters نه (Moutinho-like names).
  {
    rewrite: (w) => (/نه[اوي]/u.test(w) ? w.replace(/نه(?=[اوي])/gu, 'ني') : undefined),
    foreignOnly: true,
    detail: 'the Portuguese nh (ny) is written ني by one and نه, its letters, by the other',
  },
  // A ts after l, n or r (the tz of German and English names, Waltz, Scholz; the z of Italian ones, Renzi, Lorenzo):
  // one newsroom writes the sound, تز, the other the letter z, ز (تس against ز the letters read already). Rewritten to
  // the letter.
  {
    rewrite: (w) => {
      const letter = w.replace(TS_AFTER_LNR, 'ز');
      return letter === w || w.length < 5 ? undefined : letter;
    },
    foreignOnly: true,
    detail: 'a ts after l, n or r (the German tz, the Italian z) is written تز, as said, by one and ز, the letter, by the other',
  },
  // A foreign name's final e, said in Japanese, Italian or Spanish (Yoshihide, Giuseppe), is written ه by one newsroom
  // and left out, as English leaves a final e unsaid, by the other. Six letters at least, after a consonant letter.
  {
    rewrite: (w) => (FINAL_E_AFTER_CONSONANT.test(w) ? w.slice(0, -1) : undefined),
    foreignOnly: true,
    withinOneLanguage: true,
    detail: 'a final e is written ه by one and left out, as an English reading leaves it unsaid, by the other',
  },
  // German, Dutch, Nordic, Slavic and Baltic j is said y: one newsroom writes its sound ي (يورغن, Jürgen), another the
  // English reading of the letter, ج. Rewritten to the sound: a ج that opens a word or follows a vowel letter, before
  // one (a final ج is often a g; Chinese and English j, as in نانجينغ, is no y, and a Chinese or Korean name stays out).
  {
    rewrite: (w) => {
      const said = w.replace(J_BEFORE_VOWEL, 'ي');
      return said === w ? undefined : said;
    },
    foreignOnly: true,
    countries: J_AS_Y,
    notEastAsian: true,
    withinOneLanguage: true,
    detail: 'the j of German, Dutch, Nordic, Slavic and Baltic names is said y: one writes its sound ي, the other the English reading ج',
  },
  // Pinyin h is said kh in Mandarin: Arabic writes its sound خ (خونان, Húnán; خوبي, Húběi), Persian the letter's usual ه.
  // Rewritten to the letter, on the Arabic side, in a Chinese name only: elsewhere خ and ه are two consonants.
  {
    rewrite: (w) => (w.includes('خ') ? w.replace(/خ/gu, 'ه') : undefined),
    foreignOnly: true,
    arabicSide: true,
    pinyin: true,
    detail: 'the pinyin h, which Mandarin says kh, is written خ by the Arabic and ه by the Persian',
  },
];

const VOWEL_LETTERS = 'اوي';
// Countries whose names are written in pinyin.
const PINYIN_COUNTRIES: ReadonlySet<string> = new Set(['CN', 'TW']);

/** Whether a name is Chinese by its words: a Chinese, Korean or Vietnamese surname, or a short syllable in -ng, in either. */
function looksPinyin(a: string, b: string, placeCountry: string | undefined): boolean {
  if (placeCountry) return PINYIN_COUNTRIES.has(placeCountry);
  const words = [...tokensOf(a), ...tokensOf(b)].map((w) => lettersOf(foldName(w)));
  return words.length > 2 && words.some((w) => eastAsianSurnameSet().has(w) || (w.length <= 5 && /ن[غگ]$/u.test(w)));
}

/**
 * A word with each ل beside a vowel letter written و, as the Polish ł is said; undefined when there is none or the word
 * is shorter than five letters. Not the ل of an article: after ا that opens the word or follows a consonant (عبدالرب).
 */
function polishL(w: string): string | undefined {
  if (w.length < 5) return undefined;
  const vowel = (k: number): boolean => VOWEL_LETTERS.includes(w.charAt(k));
  let out = '';
  for (let k = 0; k < w.length; k++) {
    const article = w.charAt(k - 1) === 'ا' && (k === 1 || !vowel(k - 2));
    out += w.charAt(k) === 'ل' && !article && (vowel(k - 1) || vowel(k + 1)) ? 'و' : w.charAt(k);
  }
  return out === w ? undefined : out;
}

/** A word with its Spanish ll (ل beside ي, a vowel letter after) written as said, ي alone; undefined without one. */
function spanishLl(w: string): string | undefined {
  if (/^لي[اوه]./u.test(w)) return w.slice(1);
  const k = w.indexOf('يل', 2);
  return k >= 0 && 'اوه'.includes(w.charAt(k + 2)) && k + 2 < w.length ? w.slice(0, k + 1) + w.slice(k + 2) : undefined;
}

/**
 * Two unknown names that differ by how the source language says a letter: each rule's rewrite tried on either
 * side, and the names compared again with `compare`. `placeCountry`: the country of the known place the names are, when
 * its language is neither Arabic nor Persian (the name is foreign, which its letters may not show, and said the way
 * that country says it). Returns the match with the convention said, or undefined.
 */
export function sourceSpelling(
  a: string,
  b: string,
  compare: (a: string, b: string) => NameMatch,
  placeCountry?: string,
): NameMatch | undefined {
  const initials = initialsInTwoForms(a, b);
  if (initials) return initials;
  const eastAsian = [...tokensOf(a), ...tokensOf(b)].some((w) => eastAsianSurnameSet().has(w));
  for (const rule of RULES) {
    if (rule.foreignOnly && !placeCountry && !callContext.foreign && callContext.oneLanguage) continue;
    if (rule.countries && placeCountry && !rule.countries.has(placeCountry)) continue;
    if (rule.notEastAsian && eastAsian) continue;
    if (rule.withinOneLanguage && !placeCountry && !callContext.oneLanguage) continue;
    if (rule.pinyin && !looksPinyin(a, b, placeCountry)) continue;
    for (const first of [true, false]) {
      const side = first ? a : b;
      if (rule.againstPersian && languageOfSpelling(first ? b : a) !== 'fa') continue;
      if (rule.persianSide && (languageOfSpelling(side) !== 'fa' || languageOfSpelling(first ? b : a) !== 'ar')) continue;
      if (rule.arabicSide && (languageOfSpelling(side) === 'fa' || languageOfSpelling(first ? b : a) !== 'fa')) continue;
      const words = tokensOf(side).map((w) => lettersOf(foldName(w)));
      const rewritten = words.map((w) => rule.rewrite(w) ?? w);
      if (rewritten.every((w, k) => w === words[k])) continue;
      // A word the rewrite makes is that word, not the name said another way (اشتهارد, a town, is not اشتهار 'fame').
      if (
        rewritten.some(
          (w, k) =>
            w !== words[k] && (isOrdinary(w) || isDictionaryWord(w, undefined) || (rule.againstPersian && lookupAdjective(w, 'fa'))),
        )
      )
        continue;
      const m = first ? compare(rewritten.join(' '), b) : compare(a, rewritten.join(' '));
      if (!m.same || m.reason.kind === 'partial') continue;
      return {
        ...m,
        score: round(m.score * 0.95),
        reason: { ...m.reason, kind: 'convention', detail: `${upperFirst(rule.detail)}; ${lowerFirst(m.reason.detail)}` },
      };
    }
  }
  return undefined;
}

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// Each folded name of a Latin letter, with the letters it names (اي names A, E and I).
let letterOf: Map<string, string> | undefined;

/** The Latin letters a folded Arabic-script word names (اي: A, E and I), or undefined when it is no letter's name. */
export function lettersNamed(word: string): string | undefined {
  letterOf ??= new Map(
    [...new Set(Object.values(LETTER_NAMES).flat())].map((name) => [
      name,
      Object.keys(LETTER_NAMES)
        .filter((l) => LETTER_NAMES[l]?.includes(name))
        .join(''),
    ]),
  );
  return letterOf.get(word);
}

/**
 * A name with initials written by their letters' names (جيه دي فانس) against one that writes a letter's name
 * another way (جي دي فانس): the same words but for the initials, each pair naming one Latin letter. Returns the
 * match, or undefined.
 */
function initialsInTwoForms(a: string, b: string): NameMatch | undefined {
  const [ta, tb] = [tokensOf(a), tokensOf(b)].map((t) => t.map((w) => lettersOf(foldName(w))));
  if (!ta || !tb || ta.length !== tb.length || ta.length < 3) return undefined;
  const differing: string[] = [];
  for (let k = 0; k < ta.length; k++) {
    const [x, y] = [ta[k] ?? '', tb[k] ?? ''];
    if (x === y) continue;
    const [lx, ly] = [lettersNamed(x) ?? '', lettersNamed(y) ?? ''];
    // One of them names one letter only, which the other names too (جيه is J, جي is G or J): the two are that letter.
    const [single, other] = lx.length === 1 ? [lx, ly] : [ly, lx];
    if (single.length !== 1 || !other.includes(single)) return undefined;
    differing.push(`${x} and ${y} (${single})`);
  }
  // Initials come two or more in a row, before a surname: a letter's name alone is a word or a name.
  const initials = ta.filter((w) => lettersNamed(w) !== undefined).length;
  if (differing.length === 0 || initials < 2 || lettersNamed(ta[ta.length - 1] ?? '') !== undefined) return undefined;
  return {
    same: true,
    score: 0.95,
    reason: {
      kind: 'convention',
      detail: `The initials are written by their letters' names, ${differing.join(', ')} naming one Latin letter two ways.`,
      parts: [],
      unmatched: { a: [], b: [] },
      differences: [],
    },
  };
}
