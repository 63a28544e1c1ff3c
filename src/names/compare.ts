import { argument, number, options as checkOptions, string } from '../contract/validate.js';
import { isArabicLetter } from '../text/chars.js';
import { entityKey, languageOfSpelling, lookupAdjective, lookupEntries, type GazetteerEntry, type KnownEntity } from './gazetteer.js';
import { areDifferentNativeNames } from './native-names.js';
import { CROSSED_VOWEL_PENALTY, GENDERED_ENDINGS, NISBA_PENALTY, VOWEL_COSTS } from './orthography.js';
import { alignSpellings, foldName, identityKey, skeletonSize, spellingWeight, type AlignedLetters, type SpellingAlignment } from './phonetic.js';
import { describeDifferences } from './describe.js';

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
    if (isArabicLetter(c)) word += folded[i];
    else if (word) {
      tokens.push(word);
      word = '';
    }
  }
  while (tokens.length > 1 && HONORIFICS.has(tokens[0] as string)) tokens.shift();
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
  const other = endsInNisba(a) ? b : a;
  return !other.endsWith('يه') && !other.endsWith('ى');
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

function comparePart(aWords: readonly string[], bWords: readonly string[], threshold: number): PartOutcome {
  let a = aWords.join('');
  let b = bWords.join('');
  let extra = (aWords.length + bWords.length - 2) * JOIN_COST;
  // The Arabic article on one side only: الخوارزمي / خوارزمی.
  let article: AlignedLetters | undefined;
  if (a.startsWith('ال') !== b.startsWith('ال')) {
    if (a.startsWith('ال') && a.length >= 5) {
      a = a.slice(2);
      article = { a: 'ال', b: '', kind: 'extra', cost: VOWEL_COSTS.article };
    } else if (b.startsWith('ال') && b.length >= 5) {
      b = b.slice(2);
      article = { a: '', b: 'ال', kind: 'extra', cost: VOWEL_COSTS.article };
    }
    if (article) extra += VOWEL_COSTS.article;
  }
  const letters = alignSpellings(a, b);
  const alignment: SpellingAlignment = article ? { cost: letters.cost + article.cost, steps: [article, ...letters.steps] } : letters;
  let cost = letters.cost + extra;
  if (nisbaMismatch(a, b) || maksuraAgainstNisba(letters)) cost += NISBA_PENALTY;
  const vowelsOnlyInA = letters.steps.filter((s) => s.kind === 'extra' && VOWEL_ONLY.has(s.a)).length;
  const vowelsOnlyInB = letters.steps.filter((s) => s.kind === 'extra' && VOWEL_ONLY.has(s.b)).length;
  cost += CROSSED_VOWEL_PENALTY * Math.min(vowelsOnlyInA, vowelsOnlyInB);
  const score = Math.max(0, 1 - cost / Math.max(spellingWeight(a), spellingWeight(b), 1));
  const shown = `${aWords.join(' ')} and ${bWords.join(' ')}`;
  if (aWords.length === 1 && bWords.length === 1 && areDifferentNativeNames(a, b)) {
    return { failure: `${shown} are two different names, each spelled one way in both languages.`, score };
  }
  const hard = letters.steps.find((s) => s.kind === 'different');
  if (hard) {
    return { failure: `${shown} are different names: ${hard.a || '—'} stands against ${hard.b || '—'}, which no convention writes for one sound.`, score };
  }
  if (nisbaMismatch(a, b) || maksuraAgainstNisba(letters)) {
    return { failure: `${shown} differ in the ending ي, which makes an adjective or another name.`, score };
  }
  const gendered = GENDERED_ENDINGS.find(([feminine, masculine]) => (a.endsWith(feminine) && b.endsWith(masculine)) || (b.endsWith(feminine) && a.endsWith(masculine)));
  if (gendered) {
    return { failure: `${shown} are the feminine (${gendered[0]}) and masculine (${gendered[1]}) forms of a surname: two people.`, score };
  }
  // A name of one or two consonants has little room for variation: one vowel letter more, less or
  // changed at most (جون / جان, أوسلو / اسلو, but not ميخا / ماخي).
  if (Math.min(skeletonSize(a), skeletonSize(b)) <= 2) {
    const extras = letters.steps.filter((s) => s.kind === 'extra').length;
    const changes = letters.steps.filter((s) => s.kind === 'vowel' && !isFinalAlef(s)).length;
    if (extras + changes > 1) {
      return { failure: `${shown} are different names: in a name this short a vowel letter is not a spelling variant.`, score };
    }
  }
  if (score < threshold) return { failure: `${shown} differ too much to be one name (score ${round(score)}).`, score };
  return { cost, score, alignment, a: aWords.join(' '), b: bWords.join(' ') };
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
      if (i < n) offer(i + 1, j, here.cost + (weightA[i] as number));
      if (j < m) offer(i, j + 1, here.cost + (weightB[j] as number));
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

function bestSpelling(name: string, entry: GazetteerEntry, threshold: number): NameMatch | undefined {
  let best: NameMatch | undefined;
  for (const spelling of [...entry.ar, ...entry.fa]) {
    const m = compareSpellings(name, spelling, threshold);
    if (m.same && m.reason.kind !== 'partial' && (!best || m.score > best.score)) best = m;
  }
  return best;
}

/**
 * Decides whether two names, in Arabic or Persian script (either language on either side), name the same
 * person, place or organisation, and says how the spellings differ.
 *
 * Places and organisations are looked up first: each language names countries by its own convention
 * (`Intl.DisplayNames` in ar and fa gives الصين and چین for CN), so two names of one entity are the same
 * and names of two entities are different however alike they look (النمسا / استرالیا). Otherwise the
 * names are aligned word by word and letter by letter under the transliteration conventions of the two
 * orthographies (g as غ/گ/ج/ق, p as ب/پ, ch as تش/چ, v as ف/و, vowel letters written or dropped, words
 * written together or apart, the article ال), with guards for what is not a spelling variant: the
 * adjective ending ي (روسيا / روسی), two different native names (محمد / محمود), short names where a vowel
 * letter makes another name (علي / عالي).
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
 * ```
 */
export function compareNames(a: string, b: string, options?: CompareNamesOptions): NameMatch {
  argument('compareNames', 'a', a, string);
  argument('compareNames', 'b', b, string);
  const threshold = checkOptions('compareNames', options, NAME_THRESHOLD).threshold ?? DEFAULT_NAME_THRESHOLD;
  // A copy, whole: the answer holds the gazetteer's entities and the letter table's steps, which are shared.
  return structuredClone(matchNames(a, b, threshold));
}

function matchNames(a: string, b: string, threshold: number): NameMatch {
  const ka = entityKey(a);
  const kb = entityKey(b);
  const ea = lookupEntries(a);
  const eb = lookupEntries(b);
  if (ea.length > 0 && eb.length > 0) {
    const shared = ea.find((x) => eb.includes(x));
    if (shared) {
      const kind: NameMatchKind = ka === kb ? 'identical' : 'convention';
      const detail =
        kind === 'identical'
          ? `Both write ${describeEntity(shared.entity)} the same way.`
          : `${a.trim()} and ${b.trim()} are two conventional names of ${describeEntity(shared.entity)}.`;
      return { same: true, score: 1, reason: { kind, detail, entity: shared.entity, parts: [], unmatched: { a: [], b: [] }, differences: [] } };
    }
    const x = (ea[0] as GazetteerEntry).entity;
    const y = (eb[0] as GazetteerEntry).entity;
    return different(`${a.trim()} is ${describeEntity(x)} and ${b.trim()} is ${describeEntity(y)}.`);
  }
  const adjA = lookupAdjective(ka, languageOfSpelling(a));
  const adjB = lookupAdjective(kb, languageOfSpelling(b));
  if ((ea.length > 0 && adjB) || (eb.length > 0 && adjA)) {
    const [place, adjective, entry] = ea.length > 0 ? [a, b, adjB as GazetteerEntry] : [b, a, adjA as GazetteerEntry];
    const placeEntity = ((ea.length > 0 ? ea : eb)[0] as GazetteerEntry).entity;
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
  if (known) {
    const other = ea.length > 0 ? b : a;
    const best = bestSpelling(other, known, threshold);
    if (best) {
      return {
        same: true,
        score: best.score,
        reason: {
          ...best.reason,
          kind: 'transliteration',
          entity: known.entity,
          detail: `${other.trim()} is a spelling of ${describeEntity(known.entity)}: ${lowerFirst(best.reason.detail)}`,
        },
      };
    }
    return different(`${(ea.length > 0 ? a : b).trim()} is ${describeEntity(known.entity)}; ${other.trim()} is not one of its names.`, {
      entity: known.entity,
    });
  }
  return compareSpellings(a, b, threshold);
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
  const unmatched = { a: aligned.unmatchedA.map((i) => ta[i] as string), b: aligned.unmatchedB.map((i) => tb[i] as string) };
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
    return different(`The names differ: ${unmatched.a.join(' ')} against ${unmatched.b.join(' ')}.`, { parts, unmatched, differences }, score);
  }
  // One name is part of the other. The surname alone identifies a person (رحمون for إمام علي رحمون); a
  // given name alone (محمد against محمد بن زايد) or a name without its last part (داود against داود أوغلو) does not.
  const [longer, missing] = unmatched.a.length > 0 ? [ta, aligned.unmatchedA] : [tb, aligned.unmatchedB];
  const keepsSurname = !missing.includes(lastNonParticle(longer));
  const substantive = missing.filter((i) => !PARTICLES.has(longer[i] as string));
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
  return different(`Only a given name is shared; ${unmatched.a.length > 0 ? unmatched.a.join(' ') : unmatched.b.join(' ')} has no counterpart.`, { parts, unmatched, differences }, score);
}

function lastNonParticle(words: readonly string[]): number {
  for (let i = words.length - 1; i >= 0; i--) if (!PARTICLES.has(words[i] as string)) return i;
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
