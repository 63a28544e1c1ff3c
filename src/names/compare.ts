import { argument, number, options as checkOptions, string } from '../contract/validate.js';
import { isArabicLetter } from '../text/chars.js';
import { memoize2 } from '../text/memo.js';
import {
  entityKey,
  isLatinName,
  languageOfSpelling,
  latinKey,
  lookupAdjective,
  lookupEntries,
  withoutArticle,
  type GazetteerEntry,
  type KnownEntity,
  type NameLanguage,
} from './gazetteer.js';
import type { PlaceName } from '../lexicon/places.js';
import type { NameHead } from '../lexicon/name-heads.js';
import { isDictionaryWord, linkWords, splitHead, type SpellWords } from './translated.js';
import { isCommonWord, vocabulary } from './vocabulary.js';
import { describeReading, digitGroups, isAcronym } from './latin.js';
import { alignLatinWords, type LatinPart } from './compare-latin.js';
import { areDifferentNativeNames, areVariantNativeNames, isNativeName } from './native-names.js';
import { looksForeign, nativeShape } from './arabic-roots.js';
import { CROSSED_VOWEL_PENALTY, GENDERED_ENDINGS, NATIVE_NAME_SOUNDS, NISBA_PENALTY, PERSIAN_LETTERS, VOWEL_COSTS } from './orthography.js';
import {
  alignSpellings,
  foldName,
  identityKey,
  lettersOf,
  skeletonSize,
  spellingWeight,
  type AlignedLetters,
  type SpellingAlignment,
} from './phonetic.js';
import { describeDifferences } from './describe.js';
import { arabicNumbers } from '../lexicon/number-words/ar.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import { toDecimalString } from '../lexicon/number-words/decimal.js';
import { EAST_ASIAN_SURNAME_SPELLINGS } from '../lexicon/given-names.js';
import { elementAt } from '../contract/element-at.js';

/** How two name strings relate. */
export type NameMatchKind =
  /** The same letters once folded (ي/ی, ك/ک, hamza forms, spaces and ZWNJ aside). */
  | 'identical'
  /** Each language's conventional name for one place or organisation (الصين / چین). */
  | 'convention'
  /** One foreign name transliterated two ways (تاسماغامبيتوف / تاسماگامبتوف). */
  | 'transliteration'
  /** One name is a part of the other: a surname alone, or a name without its patronymic (رحمون / إمام علي رحمون). */
  | 'partial'
  /** Not the same name. */
  | 'different';

/** One part of a name matched with its counterpart (a word, or words written together on one side). */
export interface NamePartMatch {
  /** The part as folded letters of the first name (words joined). */
  readonly a: string;
  /** The counterpart in the second name. */
  readonly b: string;
  /** How well the two spellings agree, 0–1. */
  readonly score: number;
  /** The letter-by-letter alignment. */
  readonly alignment: SpellingAlignment;
}

/** Why {@link compareNames} decided as it did, in a form a report can show. */
export interface NameMatchReason {
  /** What kind of match (or mismatch) this is. */
  readonly kind: NameMatchKind;
  /** One plain sentence for a reader. */
  readonly detail: string;
  /** The place or organisation a convention or a lexicon lookup identified. */
  readonly entity?: KnownEntity;
  /** The parts of the two names, matched in order. Empty when a lexicon decided alone. */
  readonly parts: readonly NamePartMatch[];
  /** Words of either name that have no counterpart (the given name missing from a surname alone). */
  readonly unmatched: {
    /** Words of the first name (folded) with no counterpart in the second. */
    readonly a: readonly string[];
    /** Words of the second name (folded) with no counterpart in the first. */
    readonly b: readonly string[];
  };
  /** The letter-level differences (the alignment steps that are not `same`), across all parts. */
  readonly differences: readonly AlignedLetters[];
}

/** The result of {@link compareNames}. */
export interface NameMatch {
  /** Whether the two strings name the same person, place or organisation. */
  readonly same: boolean;
  /** How close the two spellings are, 0–1 (1 for identical spellings and for conventions). */
  readonly score: number;
  /** Why: the kind of match, a sentence for a reader, the entity, and the letter-level alignment. */
  readonly reason: NameMatchReason;
}

/** Options for {@link compareNames}. */
export interface CompareNamesOptions {
  /** Lowest score, 0–1, at which two parts of names count as one spelled two ways. Default 0.78. */
  threshold?: number;
}

/** The check of {@link CompareNamesOptions} (which {@link clusterNames} takes too). */
export const NAME_THRESHOLD = { threshold: number({ min: 0, max: 1 }) };

/** Default lowest part score for `same`. */
export const DEFAULT_NAME_THRESHOLD = 0.78;

// Words before a name that are not part of it.
const HONORIFICS = new Set(['السيد', 'السيده', 'الشيخ', 'اقاي', 'خانم', 'الدكتور', 'دكتر', 'سيد'].map((w) => foldName(w)));
// Words that join the parts of one name and that a transliteration may leave out.
const PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ال', 'ابو', 'ولد'].map((w) => foldName(w)));
// Costs of reading two words as one and of a word missing from one side.
const JOIN_COST = 0.05;
const MAX_GROUP = 3;
// Longer strings are not names; aligning them word by word would cost time for nothing.
const MAX_WORDS = 10;
const MAX_LETTERS = 80;

function tokensOf(name: string): string[] {
  const folded = foldName(name);
  const tokens: string[] = [];
  let word = '';
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0x20;
    if (isArabicLetter(c)) word += folded.charAt(i);
    else if (word) {
      tokens.push(word);
      word = '';
    }
  }
  while (tokens.length > 1 && HONORIFICS.has(elementAt(tokens, 0))) tokens.shift();
  return tokens;
}

interface PartResult {
  readonly cost: number;
  readonly score: number;
  readonly alignment: SpellingAlignment;
  readonly a: string;
  readonly b: string;
}

/** Whether a folded word ends in the adjective suffix ي (and not the alef maksura ى). */
function endsInNisba(word: string): boolean {
  return word.length >= 2 && word.endsWith('ي');
}

/**
 * Whether one spelling ends in ي where the other ends otherwise. Not a mismatch: a final ى (Persian
 * writes the alef maksura ی: يحيى / یحیی), and Arabic يه for the Russian ending -ey (أندريه / آندری).
 */
function nisbaMismatch(a: string, b: string): boolean {
  if (endsInNisba(a) === endsInNisba(b)) return false;
  const [adjective, other] = endsInNisba(a) ? [a, b] : [b, a];
  // Persian ه for a final e that Arabic writes ي after a consonant (كونتي / کونته) is the name's own vowel,
  // not an adjective; قاهره‌ای (ه + ای) is the adjective of قاهره.
  const finalE =
    other.endsWith('ه') &&
    !other.endsWith('يه') &&
    !VOWEL_ONLY.has(adjective.charAt(adjective.length - 2)) &&
    adjective.charAt(adjective.length - 2) !== 'ه';
  return !other.endsWith('يه') && !other.endsWith('ى') && !finalE;
}

const VOWEL_ONLY = new Set(['ا', 'و', 'ي', 'ى']);

/**
 * A final ى against a final ي is Persian spelling of one name (موسى / موسی) only when nothing is added
 * before it; موسى / موسوی adds و before the ي: the adjective ending -avi, another name.
 */
function maksuraAgainstNisba(alignment: SpellingAlignment): boolean {
  const steps = alignment.steps;
  const last = steps[steps.length - 1];
  const before = steps[steps.length - 2];
  return !!last && !!before && last.kind === 'variant' && (last.a === 'ى' || last.b === 'ى') && before.kind === 'extra';
}

type PartOutcome = PartResult | { readonly failure: string; readonly score: number };

// Word groups compared, remembered across calls: the word alignment, the word-by-word comparison and the
// comparison of rests after heads meet the same pairs, and names share their words (given names, families).
// Bounded, and the outcomes are never changed by their readers. An outcome depends on the context of the top-level
// call below, so the context is part of the key.
const PARTS_KEPT = 1 << 15;
let partMemo = new Map<string, PartOutcome>();
// Whether either name of the top-level call shows it is foreign (a foreign given name or surname ending, a
// borrowed letter): then a native-looking word in it may be a transliteration (جاري in جاري كاسباروف).
let foreignContext = false;
// Whether the two names of the top-level call are in one language (their letters do not say Arabic against
// Persian). Across the two languages each re-transliterates a foreign name's consonants (Turkic q is ق in
// Persian and ك in Arabic: قارص / کارس), so a native-looking word there proves less.
let oneLanguage = false;
// Whether the letters of the two names say the same language, or neither says one.
let sameScript = false;
// Whether a top-level call is under way (its context is set).
let inCall = false;

function comparePart(aWords: readonly string[], bWords: readonly string[], threshold: number): PartOutcome {
  const context = (foreignContext ? 4 : 0) + (oneLanguage ? 2 : 0) + (sameScript ? 1 : 0);
  const key = `${aWords.join(' ')}\u0000${bWords.join(' ')}\u0000${threshold}\u0000${context}`;
  const known = partMemo.get(key);
  if (known) return known;
  const outcome = comparePartUncached(aWords, bWords, threshold);
  if (partMemo.size >= PARTS_KEPT) partMemo = new Map();
  partMemo.set(key, outcome);
  return outcome;
}

/**
 * A regnal or dynastic number, which each language translates (عبد الله الثاني / عبدالله دوم, فيليبي السادس /
 * فیلیپه ششم): two ordinal words of the same value are one part of the name.
 */
function sameOrdinal(a: string, b: string): PartResult | undefined {
  if (a === b) return undefined;
  const value = (w: string): string | undefined => {
    const m = arabicNumbers.ordinal([w], 0) ?? persianNumbers.ordinal([w], 0);
    return m && m.end === 1 ? toDecimalString(m.value) : undefined;
  };
  const n = value(a);
  if (n === undefined || n !== value(b)) return undefined;
  const step: AlignedLetters = { a, b, kind: 'variant', sound: `the ordinal ${n}, translated`, cost: 0.05 };
  return { cost: 0.05, score: 0.98, alignment: { cost: 0.05, steps: [step] }, a, b };
}

/** Words written as one: a word-final ه before another word is the vowel e (كه تشيانغ / کچیانگ), read as ة. */
function joinWords(words: readonly string[]): string {
  return words.map((w, k) => (k < words.length - 1 && w.length > 1 && w.endsWith('ه') ? w.slice(0, -1) + 'ة' : w)).join('');
}

function comparePartUncached(aWords: readonly string[], bWords: readonly string[], threshold: number): PartOutcome {
  const ordinal = aWords.length === 1 && bWords.length === 1 ? sameOrdinal(elementAt(aWords, 0), elementAt(bWords, 0)) : undefined;
  if (ordinal) return ordinal;
  const plain = comparePartArticle(aWords, bWords, threshold, false);
  // Both begin with ال, but on one side it is the article and on the other the name's own al (الألب / آلپ).
  const a = aWords.join('');
  const b = bWords.join('');
  if (!('alignment' in plain) && a.startsWith('ال') && b.startsWith('ال')) {
    const stripped = comparePartArticle(aWords, bWords, threshold, true);
    if ('alignment' in stripped) return stripped;
  }
  return plain;
}

function comparePartArticle(aWords: readonly string[], bWords: readonly string[], threshold: number, bothArticles: boolean): PartOutcome {
  let a = joinWords(aWords);
  let b = joinWords(bWords);
  let extra = (aWords.length + bWords.length - 2) * JOIN_COST;
  // The Arabic article on one side only: الخوارزمي / خوارزمی.
  let article: AlignedLetters | undefined;
  if (bothArticles) {
    const [longer, isA] = a.length >= b.length ? [a, true] : [b, false];
    if (longer.length >= 5) {
      if (isA) a = a.slice(2);
      else b = b.slice(2);
      article = isA
        ? { a: 'ال', b: '', kind: 'extra', cost: VOWEL_COSTS.article }
        : { a: '', b: 'ال', kind: 'extra', cost: VOWEL_COSTS.article };
      extra += VOWEL_COSTS.article;
    }
  } else if (a.startsWith('ال') !== b.startsWith('ال')) {
    if (a.startsWith('ال') && a.length >= 5) {
      a = a.slice(2);
      article = { a: 'ال', b: '', kind: 'extra', cost: VOWEL_COSTS.article };
    } else if (b.startsWith('ال') && b.length >= 5) {
      b = b.slice(2);
      article = { a: '', b: 'ال', kind: 'extra', cost: VOWEL_COSTS.article };
    }
    if (article) extra += VOWEL_COSTS.article;
  }
  const reformed = reformedMaksura(a, b);
  const letters = reformed ? reformStep(alignSpellings(a, b)) : alignSpellings(a, b);
  const alignment: SpellingAlignment = article ? { cost: letters.cost + article.cost, steps: [article, ...letters.steps] } : letters;
  let cost = letters.cost + extra;
  if (!reformed && (nisbaMismatch(a, b) || maksuraAgainstNisba(letters))) cost += NISBA_PENALTY;
  const vowelsOnlyInA = letters.steps.filter((s) => s.kind === 'extra' && VOWEL_ONLY.has(s.a)).length;
  const vowelsOnlyInB = letters.steps.filter((s) => s.kind === 'extra' && VOWEL_ONLY.has(s.b)).length;
  cost += CROSSED_VOWEL_PENALTY * Math.min(vowelsOnlyInA, vowelsOnlyInB);
  const score = Math.max(0, 1 - cost / Math.max(spellingWeight(a), spellingWeight(b), 1));
  const context: PartContext = { foreign: foreignContext, oneLanguage, sameScript };
  // Most parts compared fail whatever the checks say (a consonant no convention writes for the other, or letters
  // too far apart): their reason is written only if someone reads it, in the context of this comparison.
  if (score < threshold || letters.steps.some((st) => st.kind === 'different')) {
    return new DeferredFailure(() => partFailure(aWords, bWords, a, b, letters, score, threshold, context) as string, score);
  }
  const failure = partFailure(aWords, bWords, a, b, letters, score, threshold, context);
  if (failure !== undefined) return { failure, score };
  return { cost, score, alignment, a: aWords.join(' '), b: bWords.join(' ') };
}

// Letter pairs no newsroom writing one language uses for one sound.
const KEPT_APART: readonly string[] = ['حخ', 'ذز'];

/** The context of a top-level comparison that a part's checks depend on (see {@link matchInContext}). */
interface PartContext {
  readonly foreign: boolean;
  readonly oneLanguage: boolean;
  readonly sameScript: boolean;
}

/** A part's failure whose reason is written when first read. */
class DeferredFailure {
  private reason: string | undefined;

  constructor(
    private readonly write: () => string,
    readonly score: number,
  ) {}

  get failure(): string {
    return (this.reason ??= this.write());
  }
}

/**
 * Why two word groups (folded and joined as `a` and `b`, their letters aligned as `letters`) are no spellings of
 * one name, or undefined when they may be.
 */
function partFailure(
  aWords: readonly string[],
  bWords: readonly string[],
  a: string,
  b: string,
  letters: SpellingAlignment,
  score: number,
  threshold: number,
  context: PartContext,
): string | undefined {
  const shown = `${aWords.join(' ')} and ${bWords.join(' ')}`;
  if (aWords.length === 1 && bWords.length === 1 && areDifferentNativeNames(a, b)) {
    return `${shown} are two different names, each spelled one way in both languages.`;
  }
  if (aWords.length === 1 && bWords.length === 1 && (isNativeName(a) || isNativeName(b))) {
    const nativeIsA = isNativeName(a);
    const native = nativeIsA ? a : b;
    // A native name keeps its vowel letters: a form with fewer or other ones is another name (كريم / كرم,
    // حسان / حسين); a Tajik or Russian form may add some (رحمن / رحمون).
    const lost = letters.steps.find(
      (s) =>
        (s.kind === 'extra' && VOWEL_ONLY.has(nativeIsA ? s.a : s.b)) ||
        (s.kind === 'vowel' && !s.sound && VOWEL_ONLY.has(s.a) && VOWEL_ONLY.has(s.b) && s.cost > VOWEL_COSTS.finalAlef),
    );
    if (lost && !areVariantNativeNames(a, b)) {
      return `${shown} are two names: ${native} is an Arabic or Persian name, which both languages spell one way, and the vowel ${(nativeIsA ? lost.a : lost.b) || lost.a || lost.b} makes another.`;
    }
    const changed = letters.steps.find(
      (s) =>
        s.kind === 'variant' && !NATIVE_NAME_SOUNDS.has(s.sound ?? '') && !PERSIAN_LETTERS.includes(s.a) && !PERSIAN_LETTERS.includes(s.b),
    );
    if (changed) {
      return `${shown} are two names: ${native} is an Arabic or Persian name, which both languages spell one way, and ${changed.a} against ${changed.b} changes it.`;
    }
    const last = letters.steps[letters.steps.length - 1];
    if (last && last.kind === 'extra' && (last.a || last.b) === 'ة') {
      return `${shown} are two names: the ending ة makes the feminine of ${native}.`;
    }
    // The masculine names in -at (عزت, ثروت, حشمت) are spelled with ت in Arabic too; with ة they are words or
    // women's names (عزة, ثروة) — unless the two are listed as one name (رحمة / رحمت).
    if (last && last.kind === 'variant' && last.sound === 't (ة)' && !areVariantNativeNames(a, b)) {
      return `${shown} are two names: ${native} ends in ${native.endsWith('ت') ? 'ت, a name of its own' : 'ة'}, and the other ending makes another word or name.`;
    }
  }
  // Family names made of a given name and the adjective ending ي (صادقی, محمدی): the given names inside must be one.
  const stems = aWords.length === 1 && bWords.length === 1 ? nisbaStems(a, b) : undefined;
  if (stems && areDifferentNativeNames(stems[0], stems[1]))
    return `${shown} are family names made of two different given names (${stems[0]}, ${stems[1]}).`;
  // Within one language, letters that Persian says alike but writes apart, and Arabic says apart, are two
  // letters: ح is not خ (خلم / حلم), ذ is not ز (زكي / ذكي).
  const apart =
    context.oneLanguage && context.sameScript
      ? letters.steps.find((st) => st.kind === 'variant' && KEPT_APART.some((pair) => pair.includes(st.a) && pair.includes(st.b)))
      : undefined;
  if (apart)
    return `${shown} are two names: within one language ${apart.a} and ${apart.b} are two letters, not two spellings of one sound.`;
  // Regional letters write the sounds of foreign names: a word with the shape of an Arabic name (a pattern on
  // a root Arabic has) is spelled one way, and another consonant makes another word (غانم / جانم, قادر / كادر).
  if (aWords.length === 1 && bWords.length === 1 && !context.foreign && context.oneLanguage) {
    const changed = letters.steps.find(isConsonantChange);
    const shapeA = changed ? nativeShape(a) : undefined;
    const shape = shapeA ?? (changed ? nativeShape(b) : undefined);
    if (changed && shape) {
      const word = shapeA ? a : b;
      return `${shown} are two names: ${word} has the shape of an Arabic name (the pattern ${shape.pattern} on the root ${[...shape.root].join(' ')}), which is spelled one way, and ${changed.a} against ${changed.b} makes another word.`;
    }
    // In one language a vowel letter, ة or ع more or less makes another word of such a name (صيدا / صيد, صور / صورة).
    const vowel = context.sameScript ? letters.steps.find(isPatternChange) : undefined;
    const vowelShape = vowel ? (nativeShape(a) ?? nativeShape(b)) : undefined;
    if (vowel && vowelShape && !areVariantNativeNames(a, b)) {
      const word = nativeShape(a) ? a : b;
      return `${shown} are two words: ${word} has the shape of an Arabic name or word (the pattern ${vowelShape.pattern} on the root ${[...vowelShape.root].join(' ')}), and ${vowel.a || vowel.b} ${vowel.a && vowel.b ? `against ${vowel.b} ` : ''}makes another pattern.`;
    }
  }
  const hard = letters.steps.find((s) => s.kind === 'different');
  if (hard) {
    return `${shown} are different names: ${hard.a || '—'} stands against ${hard.b || '—'}, which no convention writes for one sound.`;
  }
  if (!reformedMaksura(a, b) && (nisbaMismatch(a, b) || maksuraAgainstNisba(letters))) {
    return `${shown} differ in the ending ي, which makes an adjective or another name.`;
  }
  // In a given name, a final o against a final a makes another name (ماريو / ماریا, Antonio / Antonia).
  const lastStep = letters.steps[letters.steps.length - 1];
  const oa =
    !!lastStep && lastStep.kind === 'vowel' && ((lastStep.a === 'و' && lastStep.b === 'ا') || (lastStep.a === 'ا' && lastStep.b === 'و'));
  if (lastStep && oa && (isGivenName(a) || isGivenName(b))) {
    return `${shown} are two names: the final vowel ${lastStep.a} against ${lastStep.b} makes another name.`;
  }
  // A final a added to a given name makes the woman's name (ألكسندر / ألكسندرا, Daniel / Daniela).
  if (lastStep && lastStep.kind === 'extra' && (lastStep.a || lastStep.b) === 'ا' && (isGivenName(a) || isGivenName(b))) {
    return `${shown} are two names: the final ا makes the woman's name.`;
  }
  // Within one language a final ة on one side only makes another word (زحل / زحلة, صور / صورة); Persian may
  // drop it from an Arabic name (الإسكندرونة / اسکندرون).
  if (context.oneLanguage && lastStep && lastStep.kind === 'extra' && (lastStep.a || lastStep.b) === 'ة') {
    const [withTa, without] = lastStep.a ? [a, b] : [b, a];
    const word = [withTa, without].find((w) => isOrdinary(w));
    return word
      ? `${word} is an ordinary ${LANGUAGE_NAMES[languageOfSpelling(word) ?? 'ar']} word, not a spelling of ${word === withTa ? without : withTa}: the ending ة makes another word.`
      : `${shown} are two words: the ending ة makes another.`;
  }
  const gendered = GENDERED_ENDINGS.find(
    ([feminine, masculine]) => (a.endsWith(feminine) && b.endsWith(masculine)) || (b.endsWith(feminine) && a.endsWith(masculine)),
  );
  if (gendered) {
    return `${shown} are the feminine (${gendered[0]}) and masculine (${gendered[1]}) forms of a surname: two people.`;
  }
  // A name of one or two consonants has little room for variation: one vowel letter more, less or
  // changed at most (جون / جان, أوسلو / اسلو, but not ميخا / ماخي).
  if (Math.max(skeletonSize(a), skeletonSize(b)) <= 2) {
    // A hamza seat Persian writes between two vowels (شیائومی) is no vowel letter of its own.
    const extras = letters.steps.filter((s) => s.kind === 'extra' && s.a !== 'ء' && s.b !== 'ء').length;
    const changes = letters.steps.filter((s) => s.kind === 'vowel' && !isFinalAlef(s)).length;
    if (extras + changes > 1) {
      return `${shown} are different names: in a name this short a vowel letter is not a spelling variant.`;
    }
  }
  if (score < threshold) return `${shown} differ too much to be one name (score ${round(score)}).`;
  return undefined;
}

/**
 * Persian spelling reform writes the final alef maksura of an Arabic name as ا (موسی / موسا, مرتضی / مرتضا): one
 * name, when the name with ى is a native name and the two differ in that letter only.
 */
function reformedMaksura(a: string, b: string): boolean {
  const [withYa, withAlef] = a.endsWith('ا') ? [b, a] : [a, b];
  if (!withAlef.endsWith('ا') || !(withYa.endsWith('ي') || withYa.endsWith('ى'))) return false;
  const stem = withYa.slice(0, -1);
  return stem === withAlef.slice(0, -1) && isNativeName(stem + 'ى');
}

/** The last step of an alignment read as the reform's letter for the final a, which the explanation names. */
function reformStep(alignment: SpellingAlignment): SpellingAlignment {
  const steps = alignment.steps.slice(0, -1);
  const last = elementAt(alignment.steps, alignment.steps.length - 1);
  const step: AlignedLetters = {
    a: last.a,
    b: last.b,
    kind: 'variant',
    sound: 'the final a of an Arabic name (ی in the old spelling, ا in the reformed Persian one)',
    cost: VOWEL_COSTS.finalAlef,
  };
  return { cost: alignment.cost - last.cost + step.cost, steps: [...steps, step] };
}

/**
 * The given names inside two family names that both end in the adjective ي, when both are native names (محمدی,
 * محمودی). A stem that is no listed name decides nothing: نظري and نزاري may be one surname transliterated.
 */
function nisbaStems(a: string, b: string): readonly [string, string] | undefined {
  if (a.length < 4 || b.length < 4 || !a.endsWith('ي') || !b.endsWith('ي')) return undefined;
  const [x, y] = [a.slice(0, -1), b.slice(0, -1)];
  return isNativeName(x) && isNativeName(y) ? [x, y] : undefined;
}

/**
 * A step that changes an Arabic word's pattern: a vowel letter, ة, ع or a final ه (the Persian e: راشد /
 * راشده) written on one side only, or one vowel
 * letter for another — not a hamza written on its seat or as ي (فائز / فايز), nor the article.
 */
function isPatternChange(step: AlignedLetters): boolean {
  if ([step.a, step.b].some((x) => x === 'ء' || x === 'ال')) return false;
  if (step.kind === 'extra') return VOWEL_ONLY.has(step.a || step.b) || 'ةعه'.includes(step.a || step.b);
  return step.kind === 'vowel' && !step.sound && !isFinalAlef(step);
}

/** A consonant written with another letter (a regional letter, an emphatic), not ة, a final vowel or a borrowed letter. */
function isConsonantChange(step: AlignedLetters): boolean {
  return (
    step.kind === 'variant' &&
    !NATIVE_NAME_SOUNDS.has(step.sound ?? '') &&
    step.sound !== 'final e' &&
    ![...step.a, ...step.b].some((c) => PERSIAN_LETTERS.includes(c))
  );
}

function isFinalAlef(step: AlignedLetters): boolean {
  return step.cost <= VOWEL_COSTS.finalAlef;
}

interface TokenAlignment {
  readonly parts: readonly PartResult[];
  readonly unmatchedA: readonly number[];
  readonly unmatchedB: readonly number[];
  readonly cost: number;
}

/** Aligns the words of two names, letting up to three words on either side match as one. */
function alignTokens(a: readonly string[], b: readonly string[], threshold: number): TokenAlignment {
  const n = a.length;
  const m = b.length;
  const weightA = a.map(spellingWeight);
  const weightB = b.map(spellingWeight);
  type Cell = { cost: number; from: [number, number]; part?: PartResult };
  const table: (Cell | undefined)[][] = Array.from({ length: n + 1 }, () => new Array<Cell | undefined>(m + 1));
  (table[0] as (Cell | undefined)[])[0] = { cost: 0, from: [0, 0] };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = table[i]?.[j];
      if (!here) continue;
      const offer = (ti: number, tj: number, cost: number, part?: PartResult): void => {
        const row = table[ti] as (Cell | undefined)[];
        const known = row[tj];
        if (!known || cost < known.cost) row[tj] = part ? { cost, from: [i, j], part } : { cost, from: [i, j] };
      };
      if (i < n) offer(i + 1, j, here.cost + elementAt(weightA, i));
      if (j < m) offer(i, j + 1, here.cost + elementAt(weightB, j));
      for (let k = 1; k <= MAX_GROUP && i + k <= n; k++) {
        for (let l = 1; l <= MAX_GROUP && j + l <= m; l++) {
          // Words match one to one, or several on one side as one word on the other (إمام علي / امامعلی).
          if (k === l && k > 1) continue;
          const part = comparePart(a.slice(i, i + k), b.slice(j, j + l), threshold);
          if ('alignment' in part) offer(i + k, j + l, here.cost + part.cost, part);
        }
      }
    }
  }
  const parts: PartResult[] = [];
  const unmatchedA: number[] = [];
  const unmatchedB: number[] = [];
  let i = n;
  let j = m;
  const total = table[n]?.[m]?.cost ?? Infinity;
  while (i > 0 || j > 0) {
    const cell = table[i]?.[j] as Cell;
    const [pi, pj] = cell.from;
    if (cell.part) parts.push(cell.part);
    else if (pi < i) unmatchedA.push(pi);
    else unmatchedB.push(pj);
    i = pi;
    j = pj;
  }
  return { parts: parts.reverse(), unmatchedA: unmatchedA.reverse(), unmatchedB: unmatchedB.reverse(), cost: total };
}

function different(detail: string, extra?: Partial<NameMatchReason>, score = 0): NameMatch {
  return {
    same: false,
    score,
    reason: { kind: 'different', detail, parts: [], unmatched: { a: [], b: [] }, differences: [], ...extra },
  };
}

function describeEntity(entity: KnownEntity): string {
  return `${entity.name} (${entity.id})`;
}

// How closely an unknown spelling must match a spelling of a known place or organisation: their names are
// kept in full, so a spelling of one is close to one of them.
const KNOWN_THRESHOLD = 0.85;

function bestSpelling(name: string, entry: GazetteerEntry, threshold: number): NameMatch | undefined {
  let best: NameMatch | undefined;
  for (const [spelling, headed] of spellingsOf(entry)) {
    const m = compareSpellings(name, spelling, Math.max(threshold, KNOWN_THRESHOLD));
    if (!m.same || m.reason.kind === 'partial' || anotherWord(m) || (best && m.score <= best.score)) continue;
    // A name its list gives only with a head (شهر بال): the match says so, since the letters alone say nothing.
    best =
      headed && m.reason.kind === 'identical'
        ? {
            ...m,
            reason: {
              ...m.reason,
              kind: 'convention',
              detail: `Its list names it ${headed}, with its head; ${name.trim()} is that name without it.`,
            },
          }
        : m;
  }
  return best;
}

/**
 * The Arabic-script names of an entry, and those a city's or province's head opens without it: a place whose bare
 * name is also a word (مدينة ليل, the word night) or another place's (شهر ایلام, the province) is listed with its
 * head, and a text that names it in Latin letters (Lille, Ilam) may be set against the bare name.
 */
function spellingsOf(entry: GazetteerEntry): (readonly [spelling: string, headed?: string])[] {
  const names = [...entry.ar, ...entry.fa];
  const out: (readonly [string, string?])[] = names.map((n) => [n]);
  for (const name of names) {
    const { head, rest } = splitHead(name);
    if (head?.role === 'admin' && rest && !names.includes(rest) && !out.some(([s]) => s === rest)) out.push([rest, name]);
  }
  return out;
}

/**
 * Whether a spelling differs from a known name as another word does: a vowel letter, ه, ة or ع added or
 * dropped at the end (كوبا / كوب, حماس / حماسه, قطر / قطار has one inside), or any vowel letter in a name of
 * three consonants or fewer (قم / قوم, باريس / بوريس). Transliterations of a known name change consonants.
 */
function anotherWord(m: NameMatch): boolean {
  return m.reason.parts.some((p) => {
    const steps = p.alignment.steps.filter((st) => st.kind !== 'same' && !(st.kind === 'extra' && (st.a || st.b) === 'ال'));
    const last = p.alignment.steps[p.alignment.steps.length - 1];
    const endChanged = !!last && (last.kind === 'extra' || (last.kind === 'vowel' && last.cost > VOWEL_COSTS.finalAlef));
    const short = Math.max(skeletonSize(foldName(p.a).replace(/ /gu, '')), skeletonSize(foldName(p.b).replace(/ /gu, ''))) <= 3;
    return endChanged || (short && steps.some((st) => st.kind === 'extra' || st.kind === 'vowel'));
  });
}

/**
 * Decides whether two names, in Arabic or Persian script (either language on either side), name the same
 * person, place or organisation, and says how the spellings differ.
 *
 * Places and organisations are looked up first: each language names countries by its own convention
 * (`Intl.DisplayNames` in ar and fa gives الصين and چین for CN), so two names of one entity are the same
 * and names of two entities are different however alike they look (النمسا / استرالیا). Otherwise the
 * names are aligned word by word and letter by letter under the transliteration conventions of the two
 * orthographies (g as غ/گ/ج/ق/ك, p as ب/پ, ch as تش/ش/چ, v as ف/ڤ/و, a final e as ي or ه, a silent h, vowel
 * letters written or dropped, words written together or apart, the article ال), with guards for what is not
 * a spelling variant: the adjective ending ي (روسيا / روسی), two different native names (محمد / محمود), a
 * native name with another consonant (قاسم / جاسم), short names where a vowel letter makes another name
 * (علي / عالي), an ordinary word that looks like a name (قطر / قطار), a father's name in a patronymic chain.
 *
 * Generic heads (river, sea, strait, province, movement, agency, university …) translate each other and may
 * be left out; names translated word by word match through the bilingual lexicon and the gazetteer. A name in
 * Latin script is read sound by sound (an acronym by its letters' names) against the Arabic-script one, the
 * digits must agree, and a known place or organisation is matched by its Latin names.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 *
 * compareNames('تاسماغامبيتوف', 'تاسماگامبتوف').same; // => true
 * compareNames('تاسماغامبيتوف', 'تاسماگامبتوف').reason.detail;
 * // => 'The same name transliterated two ways: غ and گ both write g, and ي is written in the first only.'
 * compareNames('إمام علي رحمن', 'امامعلی رحمان').same; // => true
 * compareNames('الصين', 'چین').reason.kind; // => 'convention'
 * compareNames('روسيا', 'روسی').same; // => false
 * compareNames('جوجل', 'غوغل').reason.detail; // => 'The same name transliterated two ways: ج and غ both write g.'
 * compareNames('نهر كارون', 'رود کارون').reason.detail;
 * // => "The river's head is translated (نهر / رود); the same name, spelled alike."
 * compareNames('النرويج', 'ناروی').reason.detail;
 * // => 'ناروی is the Dari form of the name of Norway (NO); النرويج is the Arabic one.'
 * compareNames('Pfizer', 'فایزر').same; // => true
 * compareNames('COVID-19', 'كوفيد-20').same; // => false
 * ```
 */
export function compareNames(a: string, b: string, options?: CompareNamesOptions): NameMatch {
  argument('compareNames', 'a', a, string);
  argument('compareNames', 'b', b, string);
  const threshold = checkOptions('compareNames', options, NAME_THRESHOLD).threshold ?? DEFAULT_NAME_THRESHOLD;
  // A copy, whole: the answer holds the gazetteer's entities and the letter table's steps, which are shared.
  return structuredClone(matchNames(a, b, threshold));
}

/**
 * {@link compareNames} without the checks at the door and without the copy, for the library's own callers, which
 * read the answer and hand none of it out. The comparisons of name parts are remembered for the outermost call.
 */
export function matchNames(a: string, b: string, threshold = DEFAULT_NAME_THRESHOLD): NameMatch {
  // A nested call compares in the outer call's context, which is not the pair's own: it is not remembered.
  if (inCall) return matchOnce(a, b, threshold);
  return threshold === DEFAULT_NAME_THRESHOLD ? matchRemembered(a, b) : matchInContext(a, b, threshold);
}

/** Sets the context of a top-level call (nested calls keep it) and compares. */
function matchInContext(a: string, b: string, threshold: number): NameMatch {
  if (inCall) return matchOnce(a, b, threshold);
  inCall = true;
  foreignContext = looksForeign(tokensOf(a)) || looksForeign(tokensOf(b));
  const [la, lb] = [languageOfSpelling(a), languageOfSpelling(b)];
  // Persian letters on one side only may be a Persian name against an Arabic one whose letters say nothing.
  oneLanguage = (la === 'fa') === (lb === 'fa') && (!la || !lb || la === lb);
  sameScript = la === lb;
  try {
    return matchOnce(a, b, threshold);
  } finally {
    inCall = false;
    foreignContext = false;
    oneLanguage = false;
    sameScript = false;
  }
}

// Names recur within a report and across reports (and the detectors weigh one name against many): comparisons at
// the default threshold are remembered. Nobody changes an answer: compareNames hands out a copy.
const matchRemembered = /* @__PURE__ */ memoize2((a: string, b: string): NameMatch => matchInContext(a, b, DEFAULT_NAME_THRESHOLD));

function matchOnce(a: string, b: string, threshold: number): NameMatch {
  if (isLatinName(a) || isLatinName(b)) return compareLatin(a, b, threshold);
  // Numbers in both names must agree (كوفيد-19 / كوفيد-20, گروه ۲۰ / گروه ۷), in whatever figures they are written.
  const [da, db] = [digitGroups(a).join(' '), digitGroups(b).join(' ')];
  if (da && db && da !== db) return different(`${a.trim()} and ${b.trim()} carry different numbers (${da} against ${db}).`);
  const ka = entityKey(a);
  const kb = entityKey(b);
  const ea = lookupEntries(a);
  const eb = lookupEntries(b);
  if (ea.length > 0 && eb.length > 0) {
    const shared = ea.find((x) => eb.includes(x));
    if (shared) {
      const kind: NameMatchKind = ka === kb && ka.length > 0 ? 'identical' : 'convention';
      const detail =
        kind === 'identical' ? `Both write ${describeEntity(shared.entity)} the same way.` : describeConvention(a.trim(), b.trim(), shared);
      return {
        same: true,
        score: 1,
        reason: { kind, detail, entity: shared.entity, parts: [], unmatched: { a: [], b: [] }, differences: [] },
      };
    }
    const x = elementAt(ea, 0).entity;
    const y = elementAt(eb, 0).entity;
    return different(`${a.trim()} is ${describeEntity(x)} and ${b.trim()} is ${describeEntity(y)}.`);
  }
  const adjA = lookupAdjective(ka, languageOfSpelling(a));
  const adjB = lookupAdjective(kb, languageOfSpelling(b));
  if ((ea.length > 0 && adjB) || (eb.length > 0 && adjA)) {
    const [place, adjective, entry] = ea.length > 0 ? [a, b, adjB as GazetteerEntry] : [b, a, adjA as GazetteerEntry];
    const placeEntity = elementAt(ea.length > 0 ? ea : eb, 0).entity;
    return different(
      `${adjective.trim()} is an adjective (of ${describeEntity(entry.entity)}), not the name of ${place.trim()} (${placeEntity.id}).`,
      { entity: placeEntity },
    );
  }
  if (adjA && adjB) {
    if (adjA === adjB) {
      return {
        same: true,
        score: 1,
        reason: {
          kind: ka === kb ? 'identical' : 'convention',
          detail: `Both are adjectives of ${describeEntity(adjA.entity)}.`,
          entity: adjA.entity,
          parts: [],
          unmatched: { a: [], b: [] },
          differences: [],
        },
      };
    }
    return different(`${a.trim()} is an adjective of ${describeEntity(adjA.entity)} and ${b.trim()} of ${describeEntity(adjB.entity)}.`);
  }
  const known = ea[0] ?? eb[0];
  const headed = compareHeaded(a, b, threshold);
  // The rests of a known body's name matched word by word: the body is still the one named (سازمان بهداشت جهانی).
  if (headed?.same && known && !headed.reason.entity) return { ...headed, reason: { ...headed.reason, entity: known.entity } };
  if (headed) return headed;
  if (known) {
    const other = ea.length > 0 ? b : a;
    const best = bestSpelling(other, known, threshold);
    const word = best ? ordinaryWord(other, known.entity.name) : undefined;
    if (word) return word;
    if (best) {
      return {
        same: true,
        score: best.score,
        reason: {
          ...best.reason,
          kind: best.reason.kind === 'convention' ? 'convention' : 'transliteration',
          entity: known.entity,
          detail: `${other.trim()} is a spelling of ${describeEntity(known.entity)}: ${lowerFirst(best.reason.detail)}`,
        },
      };
    }
    // A known body named by a translation its list does not hold (سازمان بهداشت جهانی for منظمة الصحة العالمية).
    const translation = compareTranslated(a, b, threshold);
    if (translation)
      return {
        ...translation,
        reason: {
          ...translation.reason,
          entity: known.entity,
          detail: `${(ea.length > 0 ? a : b).trim()} is ${describeEntity(known.entity)}; ${lowerFirst(translation.reason.detail)}`,
        },
      };
    return different(`${(ea.length > 0 ? a : b).trim()} is ${describeEntity(known.entity)}; ${other.trim()} is not one of its names.`, {
      entity: known.entity,
    });
  }
  const spelled = compareSpellings(a, b, threshold);
  if (spelled.same && spelled.reason.kind === 'transliteration') {
    const word = ordinaryWord(a, b) ?? ordinaryWord(b, a);
    if (word && !(isOrdinary(a) && isOrdinary(b))) return word;
    const inflected = languageOfSpelling(a) === languageOfSpelling(b) ? (inflectedWord(a, b) ?? inflectedWord(b, a)) : undefined;
    if (inflected) return inflected;
  }
  if (spelled.same) return spelled;
  return compareTranslated(a, b, threshold) ?? spelled;
}

/** Whether a name of one word is a frequent word of its language (or of either, when its letters do not say which). */
function isFrequentWord(name: string): boolean {
  const key = entityKey(name);
  const language = languageOfSpelling(name);
  return language ? isCommonWord(key, language) : isCommonWord(key, 'ar') || isCommonWord(key, 'fa');
}

/** Whether a name of one word is an ordinary word of its language (قطار, جاده, مدرن), and no known name. */
function isOrdinary(name: string): boolean {
  const words = tokensOf(name);
  if (words.length !== 1) return false;
  const key = entityKey(name);
  const language = languageOfSpelling(name);
  return lookupEntries(name).length === 0 && !lookupAdjective(key, language) && isDictionaryWord(key, language);
}

/**
 * A name matched by its letters alone against one of a single word that is an ordinary word of its language:
 * the country قطر and the word قطار (train), the city جدة and جاده (road). The letters allow it; the
 * dictionary says the word is not a spelling of the name. Returns the finding, or undefined.
 */
function ordinaryWord(word: string, name: string): NameMatch | undefined {
  if (!isOrdinary(word) || tokensOf(name).length > 1) return undefined;
  // Against an unknown name, only a frequent word counts: a surname may be a rarer word too (کندی for Kennedy).
  const language = languageOfSpelling(word);
  if (
    lookupEntries(name).length === 0 &&
    !(language ? isCommonWord(entityKey(word), language) : isCommonWord(entityKey(word), 'ar') || isCommonWord(entityKey(word), 'fa'))
  )
    return undefined;
  return different(
    `${word.trim()} is an ordinary ${LANGUAGE_NAMES[languageOfSpelling(word) ?? 'ar']} word, not a spelling of ${name.trim()}.`,
  );
}

/**
 * Within one language, a name against a word of that language that differs from it by a letter: the city
 * حماة and حماية (protection), درعا and درع (shield). A newsroom does not respell a name of its own language
 * into another word, so any word of the lexicon counts here, not only a frequent one, as long as the name is
 * not itself one.
 */
function inflectedWord(word: string, name: string): NameMatch | undefined {
  if (tokensOf(name).length !== 1 || isOrdinary(name) || !isOrdinary(word)) return undefined;
  return different(
    `${word.trim()} is an ordinary ${LANGUAGE_NAMES[languageOfSpelling(word) ?? languageOfSpelling(name) ?? 'ar']} word, not a spelling of ${name.trim()}.`,
  );
}

/** The language a name's letters give away, for lookups. */
function languagesOf(a: string, b: string): readonly [NameLanguage | undefined, NameLanguage | undefined] {
  return [languageOfSpelling(a), languageOfSpelling(b)];
}

/** Two single words spelled against each other, for {@link linkWords}. */
function spellWords(threshold: number): SpellWords {
  return (x, y, ezafe) => {
    const tx = tokensOf(x);
    const ty = tokensOf(y);
    if (tx.length === 0 || ty.length === 0) return undefined;
    if (identityKey(tx.join('')) === identityKey(ty.join(''))) return { score: 1, phrase: `${x} is written alike` };
    if (tx.length > 1 || ty.length > 1) return undefined;
    const x0 = elementAt(tx, 0);
    const y0 = elementAt(ty, 0);
    const plain = comparePart(tx, ty, threshold);
    const bare = ezafe.a || ezafe.b ? comparePart([ezafe.a ? withoutEzafe(x0) : x0], [ezafe.b ? withoutEzafe(y0) : y0], threshold) : plain;
    const part = 'alignment' in plain ? plain : bare;
    if (!('alignment' in part)) return undefined;
    return {
      score: part.score,
      phrase: lowerFirst(
        describeDifferences(
          part.alignment.steps.filter((st) => st.kind !== 'same'),
          false,
        )
          .replace(/^The same name transliterated two ways: /u, '')
          .replace(/\.$/u, ''),
      ),
    };
  };
}

function matched(kind: NameMatchKind, score: number, detail: string, entity?: KnownEntity): NameMatch {
  return {
    same: true,
    score: round(score),
    reason: { kind, detail, ...(entity ? { entity } : {}), parts: [], unmatched: { a: [], b: [] }, differences: [] },
  };
}

/**
 * Names whose words are translated rather than transliterated, without a generic head: آسيا الصغرى /
 * آسیای صغیر. At least one word must be the same name (a spelling or a known place) and no more words
 * translated than named, so that two people who share a name are not taken for a translation.
 */
function compareTranslated(a: string, b: string, threshold: number): NameMatch | undefined {
  if (isLatinName(a) || isLatinName(b) || (tokensOf(a).length < 2 && tokensOf(b).length < 2)) return undefined;
  const spell = spellWords(threshold);
  const languages = languagesOf(a, b);
  const plain = linkWords(a, b, languages, spell, false);
  if (plain.links.length > 0 && plain.unmatchedA.length === 0 && plain.unmatchedB.length === 0) {
    if (!plain.links.every((l, k) => k === 0 || l.j > elementAt(plain.links, k - 1).j)) return undefined;
    const score = plain.links.reduce((s, l) => s + l.score, 0) / plain.links.length;
    return matched('transliteration', score, `The same name, word by word: ${joinPhrases(plain.links.map((l) => l.phrase))}.`);
  }
  // Only ordinary words can be translations: names left over on either side end it here, before the lexicon loads.
  const [la, lb] = languages;
  if (
    ![...plain.unmatchedA.map((w) => [w, la] as const), ...plain.unmatchedB.map((w) => [w, lb] as const)].every(([w, l]) =>
      isDictionaryWord(bareKey(w), l),
    )
  )
    return undefined;
  const linking = linkWords(a, b, languages, spell, true);
  if (linking.links.length === 0 || linking.unmatchedA.length > 0 || linking.unmatchedB.length > 0) return undefined;
  const translated = linking.links.filter((l) => l.how === 'translation');
  const named = linking.links.length - translated.length;
  // Without a translated word the words must keep their order: عبد الله بن عبد العزيز is not عبد العزيز بن عبد الله.
  const inOrder = linking.links.every((l, k) => k === 0 || l.j > elementAt(linking.links, k - 1).j);
  // More words translated than named needs two translated words at least (المؤتمر الشعبي / کنگره مردمی,
  // منظمة التحرير الفلسطينية / سازمان آزادی‌بخش فلسطین): one shared meaning is too little to name one body.
  if ((translated.length === 0 && !inOrder) || (translated.length > named && translated.length < 2)) return undefined;
  if (
    translated.some(
      (l) =>
        isGivenName(lettersOf(foldName(l.a))) ||
        isGivenName(lettersOf(foldName(l.b))) ||
        isNativeName(lettersOf(foldName(l.a))) ||
        isNativeName(lettersOf(foldName(l.b))),
    )
  )
    return undefined;
  const score = linking.links.reduce((s, l) => s + l.score, 0) / linking.links.length;
  const what = translated.length > 0 ? 'The same name, partly translated' : 'The same name, word by word';
  return matched(
    translated.length > 0 ? 'convention' : 'transliteration',
    score,
    `${what}: ${joinPhrases(linking.links.map((l) => l.phrase))}.`,
  );
}

/** A word without the Persian ezafe after a final vowel (کارولینای → کارولینا), for a word another follows. */
function withoutEzafe(word: string): string {
  return word.length > 3 && (word.endsWith('اي') || word.endsWith('وي')) ? word.slice(0, -1) : word;
}

function bareKey(word: string): string {
  const key = entityKey(word);
  return withoutArticle(key) ?? key;
}

function joinPhrases(phrases: readonly string[]): string {
  const unique = [...new Set(phrases)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${elementAt(unique, unique.length - 1)}`;
}

/** The rests of two names after their heads: the same name, spelled, known or translated word by word. */
function compareRests(x: string, y: string, threshold: number): NameMatch {
  const m = matchNames(x, y, threshold);
  if (m.same && m.reason.kind !== 'partial') return m;
  // After a head, Arabic gives even a short name its article (نهر البو / رود پو), which the letters alone
  // keep for a name of three letters or fewer.
  const [kx, ky] = [entityKey(x), entityKey(y)];
  if (kx.startsWith('ال') !== ky.startsWith('ال') && tokensOf(x).length === 1 && tokensOf(y).length === 1) {
    const [withArticle, other, first] = kx.startsWith('ال') ? [x, y, true] : [y, x, false];
    const bare = withArticle.trim().replace(/^[اأإآ]ل/u, '');
    if (entityKey(bare).length >= 2) {
      const retry = first ? compareNames(bare, other, { threshold }) : compareNames(other, bare, { threshold });
      if (retry.same && retry.reason.kind !== 'partial')
        return {
          ...retry,
          reason: {
            ...retry.reason,
            detail: `The article ال is written in the ${first ? 'first' : 'second'} only; ${lowerFirst(retry.reason.detail)}`,
          },
        };
    }
  }
  const linking = linkWords(x, y, languagesOf(x, y), spellWords(threshold), true);
  if (linking.links.length > 0 && linking.unmatchedA.length === 0 && linking.unmatchedB.length === 0) {
    const score = linking.links.reduce((s, l) => s + l.score, 0) / linking.links.length;
    const how = linking.links.every((l) => l.how === 'spelling') ? 'transliteration' : 'convention';
    return matched(how, score, joinPhrases(linking.links.map((l) => l.phrase)));
  }
  return m;
}

/**
 * Names with a generic head (نهر كارون / رود کارون, وكالة تسنيم / تسنيم): heads of one family translate each
 * other, the rests are compared as names, and either side may leave its head out — unless the bare name is
 * the place the headed one is named after (جامعة طهران / تهران, بحر اليابان / اليابان); a news agency is cited
 * by its bare name even when that is a place's (وكالة الأناضول / آناتولی), and a river or a range by its own
 * (رودخانه دجله / دجله). Two heads of
 * different kinds name two things (مدينة قندهار / ولایت قندهار).
 */
function compareHeaded(a: string, b: string, threshold: number): NameMatch | undefined {
  const ha = splitHead(a);
  const hb = splitHead(b);
  if (!ha.head && !hb.head) return undefined;
  if (ha.head && hb.head) {
    if (ha.head.family !== hb.head.family) {
      return different(
        `${a.trim()} names a ${ha.head.kind} and ${b.trim()} a ${hb.head.kind}${ha.rest && matchNames(ha.rest, hb.rest, threshold).same ? ' of the same name' : ''}.`,
      );
    }
    let rest = compareRests(ha.rest, hb.rest, threshold);
    // Arabic names a sea or an ocean by an adjective (البحر الأدرياتيكي), Persian by the noun (دریای آدریاتیک).
    if (!rest.same && ha.head.role === 'feature') {
      const noun = (x: string): string => x.replace(/ي$/u, '');
      const retry = compareRests(noun(ha.rest), noun(hb.rest), threshold);
      if (retry.same) rest = retry;
    }
    const kind = ha.head.kind;
    // A head that a lexicon phrase translates with the word after it (المجلس الأعلى / شورای عالی).
    const whole = rest.same ? undefined : compareTranslated(a, b, threshold);
    if (whole) return whole;
    if (!rest.same)
      return different(
        `Both name a ${kind}, but ${lowerFirst(rest.reason.detail)}`,
        { entity: rest.reason.entity } as Partial<NameMatchReason>,
        rest.score,
      );
    const sameHead = entityKey(ha.headText) === entityKey(hb.headText);
    const headPhrase = sameHead ? '' : `the ${kind}'s head is translated (${ha.headText} / ${hb.headText})`;
    const detail = headPhrase ? `${upperFirst(headPhrase)}; ${lowerFirst(rest.reason.detail)}` : rest.reason.detail;
    const resultKind: NameMatchKind = rest.reason.kind === 'identical' ? (sameHead ? 'identical' : 'convention') : rest.reason.kind;
    return { same: true, score: rest.score, reason: { ...rest.reason, kind: resultKind, detail } };
  }
  const [headed, other, first] = ha.head ? [ha, b, true] : [hb, a, false];
  const head = headed.head as NameHead;
  if (head.role !== 'admin' && head.family !== 'agency') {
    const place = lookupEntries(other).find((e) => e.entity.type === 'place' && !isFeatureOfKind(e, head));
    if (place && (lookupEntries(headed.rest).includes(place) || matchNames(headed.rest, other, threshold).same)) {
      return different(`${(first ? a : b).trim()} is a ${head.kind} named after ${describeEntity(place.entity)}, not the place itself.`, {
        entity: place.entity,
      });
    }
  }
  const rest = compareRests(headed.rest, other, threshold);
  if (!rest.same) return undefined;
  const detail = `The ${head.kind}'s head ${headed.headText} is left out of the ${first ? 'second' : 'first'}; ${lowerFirst(rest.reason.detail)}`;
  return {
    same: true,
    score: rest.score,
    reason: { ...rest.reason, kind: rest.reason.kind === 'identical' ? 'partial' : rest.reason.kind, detail },
  };
}

// The heads that name a feature of nature of a place kind: the Tigris is a river, so رودخانه دجله is the Tigris
// itself, where بحر اليابان is a sea named after a country.
const FEATURE_KINDS: Readonly<Record<string, string>> = {
  river: 'water',
  sea: 'water',
  ocean: 'water',
  lake: 'water',
  strait: 'water',
  canal: 'water',
  gulf: 'water',
  mountain: 'landform',
  desert: 'landform',
  plateau: 'landform',
};

/** Whether a known place is itself the kind of feature a head names (a river for نهر, a range for جبال). */
function isFeatureOfKind(entry: GazetteerEntry, head: NameHead): boolean {
  return head.role === 'feature' && entry.entity.kind !== undefined && FEATURE_KINDS[head.family] === entry.entity.kind;
}

/**
 * A name in Latin script against one in Arabic script (or two Latin names): the digits must agree
 * (COVID-19 / كوفيد-19), a known place or organisation is matched by its Latin names, and otherwise the
 * Latin words are read sound by sound, or an acronym letter by letter, as Arabic and Persian write them.
 */
function compareLatin(a: string, b: string, threshold: number): NameMatch {
  const bothLatin = isLatinName(a) && isLatinName(b);
  const [latin, other, latinFirst] = isLatinName(a) ? [a.trim(), b.trim(), true] : [b.trim(), a.trim(), false];
  if (latinKey(latin) === latinKey(other)) return matched('identical', 1, 'The same name, spelled alike.');
  const el = lookupEntries(latin);
  const eo = lookupEntries(other);
  // A known body whose acronym carries a number the other name spells out (G7 / مجموعة السبع).
  const shared = el.find((e) => eo.includes(e));
  if (shared) return matched('convention', 1, describeConvention(a.trim(), b.trim(), shared), shared.entity);
  const digitsL = digitGroups(latin).join(' ');
  const digitsO = digitGroups(other).join(' ');
  if (digitsL !== digitsO)
    return different(`${latin} and ${other} carry different numbers (${digitsL || 'none'} against ${digitsO || 'none'}).`);
  if (el.length > 0 && eo.length > 0) {
    return different(`${latin} is ${describeEntity(elementAt(el, 0).entity)} and ${other} is ${describeEntity(elementAt(eo, 0).entity)}.`);
  }
  if (bothLatin) return compareTwoLatin(a.trim(), b.trim());
  // A known place or organisation in Arabic script: the Latin name must be one of its Latin names, or read
  // closely as its Arabic-script name (Roche is not روسيا).
  // A known place or organisation in Latin script: the other name must be one of its Arabic-script names,
  // spelled another way (Naples is نابولي, not نابلس).
  if (el[0]) {
    const spelled = bestSpelling(other, el[0], threshold);
    if (spelled)
      return {
        ...spelled,
        reason: {
          ...spelled.reason,
          kind: spelled.reason.kind === 'convention' ? 'convention' : 'transliteration',
          entity: el[0].entity,
          detail: `${latin} is ${describeEntity(el[0].entity)}, which ${other} spells: ${lowerFirst(spelled.reason.detail)}`,
        },
      };
    // An acronym read out (CIA / سي آي إيه) or as a word (سیا) names what it stands for.
    const read = isAcronym(latin.replace(/[^A-Za-z0-9]/gu, '')) ? alignLatinWords(latin, other, STRICT_LATIN) : undefined;
    if (read && read.parts.length > 0 && read.unmatchedLatin.length === 0 && read.unmatchedArabic.length === 0) {
      return matched(
        'convention',
        read.score,
        `${latin} is ${describeEntity(el[0].entity)}, and ${other} reads it: ${joinPhrases(read.parts.map((p) => describeReading(p.reading)))}.`,
        el[0].entity,
      );
    }
    return different(`${latin} is ${describeEntity(el[0].entity)}; ${other} is not one of its names.`, { entity: el[0].entity });
  }
  const known = eo[0];
  const alignment = alignLatinWords(latin, other, known ? Math.max(threshold, STRICT_LATIN) : threshold);
  if (!alignment || alignment.parts.length === 0) {
    return different(
      known ? `${other} is ${describeEntity(known.entity)}; ${latin} is not one of its names.` : `${latin} cannot be read as ${other}.`,
    );
  }
  const parts: NamePartMatch[] = alignment.parts.map((p) => ({
    a: latinFirst ? p.latin : p.arabic,
    b: latinFirst ? p.arabic : p.latin,
    score: round(p.reading.score),
    alignment: latinAlignment(p, latinFirst),
  }));
  const unmatched = latinFirst
    ? { a: alignment.unmatchedLatin, b: alignment.unmatchedArabic }
    : { a: alignment.unmatchedArabic, b: alignment.unmatchedLatin };
  const differences = parts.flatMap((p) => p.alignment.steps.filter((st) => st.kind !== 'same'));
  const phrases = joinPhrases(alignment.parts.map((p) => describeReading(p.reading)));
  const entity = known?.entity;
  const gendered = alignment.parts.map((p) => latinGenderClash(p.latin, p.arabic)).find((x) => x !== undefined);
  if (gendered) return different(gendered, { parts, unmatched, differences });
  // A frequent word of the language is taken for a Latin name only when it writes every vowel of it (Mars / مارس):
  // with a vowel left unwritten the letters fit too much (Meta / متى, Uber / عبر, NASA / نساء).
  if (
    !known &&
    alignment.parts.length === 1 &&
    tokensOf(other).length === 1 &&
    isFrequentWord(other) &&
    alignment.parts.some(
      (p) => p.reading.how !== 'letters' && p.reading.steps.some((st) => st.arabic === '' && /^[aeiouy]$/u.test(st.latin)),
    )
  ) {
    return different(
      `${other} is an ordinary ${LANGUAGE_NAMES[languageOfSpelling(other) ?? 'ar']} word; ${latin} reads as it only with a vowel left unwritten.`,
      { parts, unmatched, differences },
    );
  }
  if (unmatched.a.length === 0 && unmatched.b.length === 0) {
    if (known && alignment.score < STRICT_LATIN)
      return different(`${other} is ${describeEntity(known.entity)}; ${latin} is not one of its names.`);
    const detail = `The same name in two scripts: ${latin} in Latin letters and ${other}, with ${phrases}.`;
    return {
      same: true,
      score: round(alignment.score),
      reason: {
        kind: 'transliteration',
        detail: detail.replace(', with letter for letter', ', letter for letter'),
        ...(entity ? { entity } : {}),
        parts,
        unmatched,
        differences,
      },
    };
  }
  if ((unmatched.a.length === 0 || unmatched.b.length === 0) && alignment.keepsLast && !known) {
    const omitted = [...unmatched.a, ...unmatched.b].join(' ');
    return {
      same: true,
      score: round(alignment.score),
      reason: {
        kind: 'partial',
        detail: `One name is part of the other: ${omitted} is missing from the ${unmatched.a.length > 0 ? 'second' : 'first'}; ${phrases}.`,
        parts,
        unmatched,
        differences,
      },
    };
  }
  return different(
    `The names differ: ${[...unmatched.a, ...unmatched.b].join(' ')} has no counterpart.`,
    { parts, unmatched, differences },
    round(alignment.score),
  );
}

// Slavic surnames have a feminine form (Zelensky / Zelenska, Ivanov / Ivanova) that names another person: the
// Latin endings, and the Arabic-script ones of the other gender (folded letters).
const LATIN_MASCULINE = /(?:ov|ev|in|sky|ski|skiy|skyi)$/u;
const LATIN_FEMININE = /(?:ova|eva|ina|ska|skaya)$/u;
const ARABIC_FEMININE = ['وفا', 'ووا', 'يفا', 'ينا', 'سكا', 'سكايا'];
const ARABIC_MASCULINE = ['وف', 'يف', 'ين', 'سكي'];

/** Why a Latin word and its Arabic-script reading are the two genders of a Slavic surname, or undefined. */
function latinGenderClash(latin: string, arabic: string): string | undefined {
  const l = latin.toLowerCase().split(/\s+/u).pop() ?? '';
  const a = lettersOf(foldName(arabic.split(/\s+/u).pop() ?? ''));
  const feminineA = ARABIC_FEMININE.some((e) => a.endsWith(e));
  const masculineA = !feminineA && ARABIC_MASCULINE.some((e) => a.endsWith(e));
  if (LATIN_MASCULINE.test(l) && feminineA) return `${latin} is the masculine and ${arabic} the feminine form of one surname: two people.`;
  if (LATIN_FEMININE.test(l) && masculineA) return `${latin} is the feminine and ${arabic} the masculine form of one surname: two people.`;
  return undefined;
}

/** Latin words of a name for comparing two Latin names: lower case, digits folded, an acronym's plural s off (NSAIDs). */
function latinTerms(name: string): string[] {
  return name
    .split(/[\s\-–—/&.,]+/u)
    .map((w) => (/^[A-Z0-9]{2,}s$/u.test(w) ? w.slice(0, -1) : w))
    .map(latinKey)
    .filter((w) => w.length > 0 && !COMPANY_FORMS.has(w));
}

// Legal forms of companies, which one text writes and another leaves out (Adriftmorn Limited).
const COMPANY_FORMS = new Set(['limited', 'ltd', 'inc', 'corp', 'corporation', 'llc', 'plc', 'gmbh', 'ag']);

/** Two names in Latin script: the same words, or one a part of the other (OC43 / HCoV-OC43). */
function compareTwoLatin(a: string, b: string): NameMatch {
  const ta = latinTerms(a);
  const tb = latinTerms(b);
  if (ta.length > 0 && ta.join(' ') === tb.join(' '))
    return matched('identical', 1, 'The same name, spelled alike (case, digits and legal form aside).');
  const [shorter, longer] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (shorter.length > 0 && shorter.every((w) => longer.includes(w)) && shorter.join('').length >= 3) {
    return {
      ...matched(
        'partial',
        shorter.length / longer.length,
        `One name is part of the other: ${longer.filter((w) => !shorter.includes(w)).join(' ')} is missing from the ${ta.length <= tb.length ? 'first' : 'second'}.`,
      ),
    };
  }
  return different(`${a} and ${b} are two different Latin names.`);
}

// How closely a Latin name must read as the Arabic-script name of a known place before it counts as one of its names.
const STRICT_LATIN = 0.9;

function latinAlignment(part: LatinPart, latinFirst: boolean): SpellingAlignment {
  const steps: AlignedLetters[] = part.reading.steps.map((st) => {
    const kind: AlignedLetters['kind'] = st.cost === 0 ? 'same' : st.latin && st.arabic ? 'variant' : 'extra';
    const [x, y] = latinFirst ? [st.latin, st.arabic] : [st.arabic, st.latin];
    return kind === 'variant' ? { a: x, b: y, kind, sound: st.latin, cost: st.cost } : { a: x, b: y, kind, cost: st.cost };
  });
  return { cost: steps.reduce((c, st) => c + st.cost, 0), steps };
}

/** The form of one name of an entry: standard, Dari, historical, newsroom, or Latin script. */
function formOf(name: string, entry: GazetteerEntry): PlaceName | 'latin' | undefined {
  if (isLatinName(name)) return 'latin';
  const key = entityKey(name);
  return entry.names.find((n) => {
    const k = entityKey(n.text);
    return k === key || withoutArticle(k) === key || k === withoutArticle(key);
  });
}

const LANGUAGE_NAMES = { ar: 'Arabic', fa: 'Persian' } as const;

/**
 * Why two names of one place or organisation differ: each language's name, the Dari form, an old name — and,
 * when the two are one name spelled two ways, the convention that links the letters (غ and ج both write g).
 */
function describeConvention(a: string, b: string, entry: GazetteerEntry): string {
  const why = describeNames(a, b, entry);
  if (isLatinName(a) || isLatinName(b)) return why;
  const letters = compareSpellings(a, b, DEFAULT_NAME_THRESHOLD);
  if (!letters.same || letters.reason.kind !== 'transliteration') return why;
  const how = letters.reason.detail.replace(/^The same name transliterated two ways: /u, '');
  return `${why.replace(/(: each language has its own)?\.$/u, '')}: ${how}`;
}

function describeNames(a: string, b: string, entry: GazetteerEntry): string {
  const e = describeEntity(entry.entity);
  const fa = formOf(a, entry);
  const fb = formOf(b, entry);
  if (fa === 'latin' || fb === 'latin') {
    const [latin, other, form] = fa === 'latin' ? [a, b, fb] : [b, a, fa];
    return form === 'latin'
      ? `${a} and ${b} are two Latin-script names of ${e}.`
      : `${latin} is the Latin-script name of ${e}; ${other} its ${form ? LANGUAGE_NAMES[form.language] : 'Arabic-script'} name.`;
  }
  if (!fa || !fb) return `${a} and ${b} are two conventional names of ${e}.`;
  if (fa.form === 'historical' || fb.form === 'historical') {
    if (fa.form === fb.form) return `${a} and ${b} are two old names of ${e}.`;
    const [old, current] = fa.form === 'historical' ? [a, b] : [b, a];
    return `${old} is an old name of ${e}; ${current} is its current name.`;
  }
  if (fa.form === 'dari' || fb.form === 'dari') {
    if (fa.form === fb.form) return `${a} and ${b} are two Dari forms of the name of ${e}.`;
    const [dari, other, otherForm] = fa.form === 'dari' ? [a, b, fb] : [b, a, fa];
    return `${dari} is the Dari form of the name of ${e}; ${other} is the ${otherForm.language === 'fa' ? 'Iranian Persian' : 'Arabic'} one.`;
  }
  if (fa.language !== fb.language) {
    const [arabic, persian] = fa.language === 'ar' ? [a, b] : [b, a];
    return `${arabic} is the Arabic and ${persian} the Persian name of ${e}: each language has its own.`;
  }
  return `${a} and ${b} are two ${LANGUAGE_NAMES[fa.language]} names of ${e}.`;
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Compares two names by their letters alone (no lexicon of places). */
function compareSpellings(a: string, b: string, threshold: number): NameMatch {
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  if (ta.length === 0 || tb.length === 0) return different('One of the names has no Arabic-script letters.');
  if (Math.max(ta.length, tb.length) > MAX_WORDS || Math.max(ta.join('').length, tb.join('').length) > MAX_LETTERS) {
    const same = identityKey(ta.join('')) === identityKey(tb.join(''));
    const detail = `Too long for a name (over ${MAX_WORDS} words or ${MAX_LETTERS} letters): compared letter for letter only.`;
    return same
      ? { same, score: 1, reason: { kind: 'identical', detail, parts: [], unmatched: { a: [], b: [] }, differences: [] } }
      : different(detail);
  }
  if (identityKey(ta.join('')) === identityKey(tb.join(''))) {
    const together = ta.length !== tb.length;
    const alignment = alignSpellings(ta.join(''), tb.join(''));
    return {
      same: true,
      score: 1,
      reason: {
        kind: 'identical',
        detail: together ? 'The same letters, written as one word on one side and apart on the other.' : 'The same name, spelled alike.',
        parts: [{ a: ta.join(' '), b: tb.join(' '), score: 1, alignment }],
        unmatched: { a: [], b: [] },
        differences: [],
      },
    };
  }
  const aligned = alignTokens(ta, tb, threshold);
  const weightA = ta.reduce((s, t) => s + spellingWeight(t), 0);
  const weightB = tb.reduce((s, t) => s + spellingWeight(t), 0);
  const parts: NamePartMatch[] = aligned.parts.map((p) => ({ a: p.a, b: p.b, score: round(p.score), alignment: p.alignment }));
  const differences = aligned.parts.flatMap((p) => p.alignment.steps.filter((s) => s.kind !== 'same'));
  const unmatched = { a: aligned.unmatchedA.map((i) => elementAt(ta, i)), b: aligned.unmatchedB.map((i) => elementAt(tb, i)) };
  const score = round(Math.max(0, 1 - aligned.cost / Math.max(weightA, weightB)));
  if (parts.length === 0) {
    if (ta.length === 1 && tb.length === 1) {
      const failed = comparePart(ta, tb, threshold);
      if (!('alignment' in failed)) return different(failed.failure, { unmatched }, round(failed.score));
    }
    return different('The names share no part that could be one spelling of the other.', { unmatched }, score);
  }
  const joined = aligned.parts.some((p) => p.a.includes(' ') !== p.b.includes(' '));
  if (unmatched.a.length === 0 && unmatched.b.length === 0) {
    const detail = describeDifferences(differences, joined);
    return { same: true, score, reason: { kind: 'transliteration', detail, parts, unmatched, differences } };
  }
  if (unmatched.a.length > 0 && unmatched.b.length > 0) {
    return different(
      `The names differ: ${unmatched.a.join(' ')} against ${unmatched.b.join(' ')}.`,
      { parts, unmatched, differences },
      score,
    );
  }
  // One name is part of the other. The surname alone identifies a person (رحمون for إمام علي رحمون); a
  // given name alone (محمد against محمد بن زايد) or a name without its last part (داود against داود أوغلو) does not.
  const [longer, missing] = unmatched.a.length > 0 ? [ta, aligned.unmatchedA] : [tb, aligned.unmatchedB];
  // A chain cut after the father (محمد بن سلمان for محمد بن سلمان بن عبد العزيز) or without the family name
  // (تميم بن حمد for تميم بن حمد آل ثاني) names the same person.
  const tail =
    missing.length > 0 &&
    missing.every((i, k) => i === elementAt(missing, 0) + k) &&
    elementAt(missing, missing.length - 1) === longer.length - 1;
  const chainEnd =
    tail &&
    (PATRONYMIC.has(elementAt(longer, elementAt(missing, 0))) || longer[elementAt(missing, 0)] === foldName('آل')) &&
    longer.slice(0, missing[0]).some((w) => PATRONYMIC.has(w));
  if (chainEnd) {
    return {
      same: true,
      score: round((aligned.parts.reduce((s, p) => s + p.score, 0) / aligned.parts.length) * 0.9),
      reason: {
        kind: 'partial',
        detail: `One name is part of the other: the chain of fathers or the family name (${missing.map((i) => longer[i]).join(' ')}) is left out.`,
        parts,
        unmatched,
        differences,
      },
    };
  }
  const father = fatherInChain(longer, missing);
  if (father) return different(father, { parts, unmatched, differences }, score);
  // A Chinese, Korean or Vietnamese given name is two syllables written apart: with one of them gone it is
  // another person's (لي كه تشيانغ / لي تشيانغ), though the surname alone may stand for the person.
  if (eastAsianSurnameSet().has(elementAt(longer, 0)) && !missing.includes(0) && missing.length < longer.length - 1) {
    return different(
      `${longer.join(' ')} has the given name ${longer.slice(1).join(' ')}, written in syllables; without ${missing.map((i) => longer[i]).join(' ')} it is another person's.`,
      { parts, unmatched, differences },
      score,
    );
  }
  const keepsSurname = !missing.includes(lastNonParticle(longer));
  const substantive = missing.filter((i) => !PARTICLES.has(elementAt(longer, i)));
  if (substantive.length === 0 || keepsSurname) {
    const coverage = shorterWeight(longer, missing) / Math.max(weightA, weightB);
    const partScore = aligned.parts.reduce((s, p) => s + p.score, 0) / aligned.parts.length;
    const omitted = missing.map((i) => longer[i]).join(' ');
    return {
      same: true,
      score: round(partScore * (0.6 + 0.4 * coverage)),
      reason: {
        kind: 'partial',
        detail: `One name is part of the other: ${omitted} is missing from the ${unmatched.a.length > 0 ? 'second' : 'first'}.`,
        parts,
        unmatched,
        differences,
      },
    };
  }
  return different(
    `Only a given name is shared; ${unmatched.a.length > 0 ? unmatched.a.join(' ') : unmatched.b.join(' ')} has no counterpart.`,
    { parts, unmatched, differences },
    score,
  );
}

// Common Chinese, Korean and Vietnamese surnames as Arabic and Persian write them (folded), which open a name.
let eastAsianSurnames: ReadonlySet<string> | undefined;
function eastAsianSurnameSet(): ReadonlySet<string> {
  eastAsianSurnames ??= new Set(EAST_ASIAN_SURNAME_SPELLINGS.split(' ').map((w) => foldName(w)));
  return eastAsianSurnames;
}

// Particles that say "son of" / "daughter of": what follows them is the father's name.
const PATRONYMIC = new Set(['بن', 'ابن', 'بنت'].map((w) => foldName(w)));
// Second parts of compound given names (احمد شاه, سراج الدين): without them the given name is another.
const COMPOUND_SECONDS = new Set(['شاه', 'الدين', 'الله'].map((w) => foldName(w)));

function isGivenName(word: string): boolean {
  return vocabulary('ar').givenNames.has(entityKey(word));
}

/**
 * When the shorter of two names is the longer without its first words, it is often another person: Arabic
 * names chain a person's given name, his father's and his grandfather's, so علي عبد الله صالح is the father
 * of أحمد علي عبد الله صالح, and زايد is the father of طحنون بن زايد. A compound given name without its second
 * part (احمد مسعود for احمد شاه مسعود) is another person too. Returns why, or undefined.
 */
function fatherInChain(longer: readonly string[], missing: readonly number[]): string | undefined {
  const kept = longer.map((_, i) => i).filter((i) => !missing.includes(i));
  const particle = longer.findIndex((w) => PATRONYMIC.has(w));
  if (particle >= 0 && kept.length > 0 && kept.every((i) => i > particle)) {
    return `${kept.map((i) => longer[i]).join(' ')} is the father's name in ${longer.join(' ')} (${longer[particle]}: son of): two people.`;
  }
  const prefix = missing.every((i, k) => i === k);
  const first = elementAt(longer, 0);
  // محمد and علي often open a Persian compound name that news shortens (محمد جواد ظريف / جواد ظريف).
  // A compound of عبد or أبو (عبد الناصر) is one name: alone it is the surname the news uses.
  const oneCompound =
    kept.length === 2 && (longer[elementAt(kept, 0)] === foldName('عبد') || longer[elementAt(kept, 0)] === foldName('ابو'));
  if (
    prefix &&
    kept.length >= 2 &&
    !oneCompound &&
    particle < 0 &&
    isGivenName(first) &&
    first !== foldName('محمد') &&
    first !== foldName('علي')
  ) {
    return `${longer.join(' ')} carries ${kept.map((i) => longer[i]).join(' ')} as his father's name: two people.`;
  }
  const middle = missing.find((i) => i > 0 && COMPOUND_SECONDS.has(elementAt(longer, i)) && isGivenName(elementAt(longer, i - 1)));
  if (middle !== undefined)
    return `${longer[middle - 1]} ${longer[middle]} is a compound given name; without ${longer[middle]} it names another person.`;
  return undefined;
}

function lastNonParticle(words: readonly string[]): number {
  for (let i = words.length - 1; i >= 0; i--) if (!PARTICLES.has(elementAt(words, i))) return i;
  return words.length - 1;
}

function shorterWeight(words: readonly string[], missing: readonly number[]): number {
  let w = 0;
  words.forEach((t, i) => {
    if (!missing.includes(i)) w += spellingWeight(t);
  });
  return w;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
