// The finder's state, shared by its passes: the words of the text, what each word is (ordinary, a title, a given
// name, a particle …) and the names found so far, each word belonging to at most one.
import { boolean } from '../../contract/validate.js';
import { languageOption, type LanguageTag } from '../../text/language.js';
import { normalize } from '../../text/normalize.js';
import { memoize } from '../../text/memo.js';
import type { LexiconWordInfo } from '../../lexicon/bilingual-lexicon.js';
import { type KnownEntity, type NameLanguage } from '../gazetteer.js';
import { arabicStems, isCommonWord, type Vocabulary } from '../vocabulary.js';
import {
  hasMasdarShape,
  hasParticiplePluralShape,
  hasPronounSuffix,
  isGluedPrepositionalPhrase,
  isLexiconWord,
  isPersianVerbForm,
  lexiconWordsOfTypes,
  type LexiconEvidence,
} from './ordinary-words.js';

/** What a name names. `unknown` is a name whose kind the text does not show. */
export type NameType = 'person' | 'place' | 'organization' | 'unknown';

/**
 * What made a stretch of text a name:
 * - `gazetteer`: a known place or organisation (countries from `Intl.DisplayNames`, hand-kept cities and organisations);
 * - `acronym`: a Latin acronym of a known organisation, or one in parentheses after an organisation's name;
 * - `organization-head`: a quoted name after منظمة, حركة, وكالة, سازمان …;
 * - `title`: a title or role before it (الرئيس, وزير الدفاع الروسي، …, دبیرکل, آقای);
 * - `speech-verb`: a verb of saying next to it (وقال X / X گفت);
 * - `given-name`: it starts with a known given name (فلاديمير, إمام علي, جلال);
 * - `surname-form`: its form is a surname's (‑وف, ‑يف, ‑ينكو, ‑سكي, ‑زاده …);
 * - `repeated`: the same name, or its last part, found as a name elsewhere in the text;
 * - `adjective`: an adjective of a place (الروسية, تاجیکی), only with `adjectives: true`;
 * - `latin`: a name in Latin script inside the text (Pfizer, Johns Hopkins, COVID-19); a known place or
 *   organisation by its English name or acronym.
 */
export type NameCue =
  | 'gazetteer'
  | 'acronym'
  | 'organization-head'
  | 'title'
  | 'speech-verb'
  | 'given-name'
  | 'surname-form'
  | 'repeated'
  | 'adjective'
  | 'latin';

/** A name found in a text, with its span in the caller's string. */
export interface NameMention {
  /** The name as written: `input.slice(start, end)`, without clitics (وروسيا gives روسيا). */
  readonly text: string;
  /** Offset of its first code unit in the input. */
  readonly start: number;
  /** Offset one past its last code unit. */
  readonly end: number;
  /** Person, place, organisation, or unknown. */
  readonly type: NameType;
  /** The evidence that made it a name. */
  readonly cue: NameCue;
  /** For known places and organisations: the entity (`CN` for الصين and چین alike). */
  readonly entity?: KnownEntity;
  /** A Latin acronym written next to the name (`CSTO`). */
  readonly acronym?: string;
  /** `adjective` for adjectives of places (only returned with `adjectives: true`). */
  readonly form?: 'adjective';
}

/** Options for {@link findNames}. */
export interface FindNamesOptions {
  /** The language of the text (see {@link LanguageTag}); detected when not given. */
  language?: LanguageTag;
  /**
   * Also return adjectives of places (الروسية, الطاجيكي, تاجیکی) as mentions with `form: 'adjective'`,
   * `type: 'place'` and the place's entity. Default `false`: an adjective is not a name.
   */
  adjectives?: boolean;
}

/** A token of the text as the finder reads it. */
export interface Word {
  /** Folded letters. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'latin' | 'punctuation' | 'other';
  /** The character, for punctuation. */
  readonly char: string;
  /** A line break stands between this token and the one before. */
  readonly newLine: boolean;
  /** The original ends in alef maksura (على), which no name does. */
  readonly maksura: boolean;
  /**
   * The original carries an affix no name takes: tanween (تكيفًا, خفيفٌ), or a Persian affix behind a
   * zero-width non-joiner (‌ها, ‌تر, ‌اند, می‌).
   */
  readonly affixed: boolean;
  /**
   * Which of the key's first 31 letters the original writes as alef with a hamza (أ إ), one bit each: the key
   * folds them with آ, which short names begin with (آمد, آمل) where words begin with أ (لأمد, أمل).
   */
  readonly hamzaAlefs: number;
  /** The word's type: its key's number in the text's {@link WordTypes}. */
  readonly id: number;
}

/** A name found, by the words it covers. */
export interface Found {
  first: number;
  last: number;
  /** Letters taken off the front of the first word (the clitic of وروسيا). */
  prefix: number;
  type: NameType;
  cue: NameCue;
  entity?: KnownEntity;
  acronym?: string;
  form?: 'adjective';
}

export const QUOTES = new Set(['"', '«', '»', '“', '”', "'", '‘', '’']);
export const SEPARATORS = new Set(['،', ',', '-', '–', '—', ...QUOTES]);
export const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '…', ':', '؛', ';']);
export const MAX_NAME_WORDS = 5;
// Letters of the longest word a name part has (تاسماغامبيتوف has 13).
export const MAX_NAME_WORD = 15;
export const MAX_TITLE_COMPLEMENT = 6;
// How far (in tokens) a title or a Persian verb of saying may be from the name it introduces; bounds the
// work on pathological input (a title followed by thousands of commas).
export const MAX_TITLE_REACH = 16;
export const MAX_SUBJECT_REACH = 40;
// Place names that are also frequent words the lexicon does not hold: بنين "sons", چك "cheque", جاد "serious",
// قم the imperative of قام (قم بغسل يديك). Words it holds (مالي "financial", سيول "floods", دوشنبه "Monday")
// are found ambiguous through it.
export const AMBIGUOUS_PLACE_KEYS = new Set(['بنين', 'چك', 'جاد', 'قم']);
// Words before a place that make an ambiguous word one (في مالي, در دوشنبه, پایتخت آستانه), folded.
export const LOCATIVE = new Set(
  ['في', 'إلى', 'من', 'نحو', 'عاصمة', 'العاصمة', 'مدينة', 'ولاية', 'محافظة', 'در', 'به', 'از', 'تا', 'پایتخت', 'شهر', 'استان', 'ولایت'].map(
    (w) => normalize(w).text,
  ),
);
export const LATIN_ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;
// A Latin word (Pfizer, BioNTech, iPhone, CoV): with a capital letter, a name quoted in Latin script.
export const LATIN_NAME = /^[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f]{0,39}$/u;
export const LATIN_CAPITAL = /[A-Z\u00c0-\u00de]/u;
// The Persian plural suffix when it is written apart from its noun, as Dari often does (رستورانت های).
export const PERSIAN_PLURAL_SUFFIXES = new Set(['ها', 'هاي', 'هايي']);
// Persian verbs of saying that are verbs by themselves; the others are the nouns of compound verbs (هشدار داد).
export const SIMPLE_PERSIAN_SPEECH = new Set(['گفت', 'گفتند', 'افزود', 'افزودند', 'نوشت', 'نوشتند', 'خواند', 'خواندند']);
// Tanween, or a Persian plural, comparative, verbal or pronominal affix joined by a zero-width non-joiner.
export const AFFIXED = /[\u064b-\u064d]|\u200c(?:ها|های|هایی|تر|ترین|ای|اند|ام|ایم|اید|است|شان|مان|تان)$|^(?:ن?می|بی)\u200c/u;
export const FIND_NAMES_OPTIONS = { language: languageOption, adjectives: boolean };

interface Stem {
  readonly stem: string;
  readonly prefix: number;
}

// A word's readings are asked for by every pass of the finder over every word: each is worked out once per word.
const arabicStemsOf: (key: string) => readonly Stem[] = /* @__PURE__ */ memoize(arabicStems);
const wholeStem: (key: string) => readonly Stem[] = /* @__PURE__ */ memoize((key: string) => [{ stem: key, prefix: 0 }]);

/**
 * The distinct keys of a text, numbered as they first appear, with what the finder works out of each key alone:
 * a text of a hundred thousand words has a few thousand distinct ones, and every pass asks the same questions
 * of each occurrence (its stems, whether it is a common word, a title …). An answer kept by number costs an
 * array read where a memo by string costs a hash lookup. Each answer array holds 0 for not asked yet, 1 for no,
 * 2 for yes.
 */
export class WordTypes {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  readonly stems: (readonly Stem[] | undefined)[] = [];
  readonly infos: (LexiconWordInfo | undefined)[] = [];
  common: Uint8Array = new Uint8Array(0);
  title: Uint8Array = new Uint8Array(0);
  speech: Uint8Array = new Uint8Array(0);
  definite: Uint8Array = new Uint8Array(0);
  shape: Uint8Array = new Uint8Array(0);
  head: Uint8Array = new Uint8Array(0);
  /** Whether a stem of the word is the first word of a known name (see findPlaces). */
  placeStart: Uint8Array = new Uint8Array(0);
  /** Which stem of the word is a place's adjective, plus two (1: none; see findPlaces). */
  adjectiveStem: Uint8Array = new Uint8Array(0);
  /** Whether the word has a surname's ending (see hasSurnameForm). */
  surnameEnding: Uint8Array = new Uint8Array(0);
  /** Whether the word is a point of the compass as a noun, with or without the article (see findPlaces). */
  compassNoun: Uint8Array = new Uint8Array(0);
  /** The lexicon's evidence of a word by itself, plus one (0: not asked yet). */
  evidence: Uint8Array = new Uint8Array(0);

  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** Makes room for the answers of every key numbered so far (the arrays grow by doubling, keeping what they hold). */
  reserve(): void {
    const n = this.keys.length;
    if (this.common.length >= n) return;
    const size = Math.max(n, this.common.length * 2, 64);
    const grown = (a: Uint8Array): Uint8Array => {
      const b = new Uint8Array(size);
      b.set(a);
      return b;
    };
    this.common = grown(this.common);
    this.title = grown(this.title);
    this.speech = grown(this.speech);
    this.definite = grown(this.definite);
    this.shape = grown(this.shape);
    this.head = grown(this.head);
    this.placeStart = grown(this.placeStart);
    this.adjectiveStem = grown(this.adjectiveStem);
    this.compassNoun = grown(this.compassNoun);
    this.surnameEnding = grown(this.surnameEnding);
    this.evidence = grown(this.evidence);
  }
}

/** Arabic: whether a word begins with the preposition ل (after و or ف, and ل again) glued on an alef with a hamza. */
function prepositionBeforeHamza(w: Word): boolean {
  const at = /^[وف]?ل?ل(?=ا)/u.exec(w.key)?.[0].length;
  return at !== undefined && ((w.hamzaAlefs >> at) & 1) === 1;
}

export class Finder {
  readonly found: Found[] = [];
  /** For each word, the mention that covers it. */
  readonly owner: (Found | undefined)[];
  readonly adjective: boolean[];
  /** For each word, how sure the bilingual lexicon is that it is ordinary vocabulary (alone or in one of its phrases). */
  readonly lexicon: LexiconEvidence[];
  /** For each word, the concepts of the lexicon's phrases that cover it. */
  readonly phrases: (readonly number[])[] = [];
  /** For each word, whether its form is an ordinary word's whatever the lexicon says: affixed, or see {@link Finder.hasWordForm}. */
  readonly form: boolean[];
  readonly commonCache = new Map<string, boolean>();

  constructor(
    readonly words: readonly Word[],
    readonly language: NameLanguage,
    readonly v: Vocabulary,
    readonly types: WordTypes,
  ) {
    types.reserve();
    this.owner = new Array<Found | undefined>(words.length);
    this.adjective = new Array<boolean>(words.length).fill(false);
    this.lexicon = lexiconWordsOfTypes(words, language, this.phrases, types);
    this.form = words.map((w, i) => w.kind === 'word' && (w.affixed || this.hasShapeOf(w) || this.pluralBefore(i)));
  }

  /** {@link Finder.hasWordForm} of a word without its affixes, which depends on its key alone. */
  private hasShapeOf(w: Word): boolean {
    let k = this.types.shape[w.id] ?? 0;
    if (k === 0) this.types.shape[w.id] = k = this.hasWordForm(w) ? 2 : 1;
    return k === 2;
  }

  /** Persian: whether the word is a noun whose plural suffix stands apart after it (رستورانت های). */
  pluralBefore(i: number): boolean {
    const next = this.words[i + 1];
    return this.language === 'fa' && !!next && next.kind === 'word' && !next.newLine && PERSIAN_PLURAL_SUFFIXES.has(next.key);
  }

  /**
   * Whether a word's letters have an ordinary word's form: the shape of a verbal noun (اختبار, معاملة), a
   * Persian verb (میکند, گردید), an Arabic pronoun suffix (لعبته, وغيرها), or an Arabic feminine whose
   * masculine the lexicon knows (قائلة beside قائلا). (An affix no name takes, tanween or Persian ‌ها, is in
   * the writing, not the letters: {@link Word.affixed}.)
   */
  hasWordForm(w: { readonly key: string }): boolean {
    if (hasMasdarShape(w.key, this.language) || hasParticiplePluralShape(w.key, this.language)) return true;
    if (this.language !== 'ar') return isPersianVerbForm(w.key) || isGluedPrepositionalPhrase(w.key);
    if (hasPronounSuffix(w.key)) return true;
    return (
      w.key.length >= 5 && w.key.endsWith('ه') && (isLexiconWord(w.key.slice(0, -1), 'ar') || isLexiconWord(w.key.slice(0, -1) + 'ا', 'ar'))
    );
  }

  add(f: Found): void {
    for (let i = f.first; i <= f.last; i++) if (this.owner[i]) return;
    this.found.push(f);
    for (let i = f.first; i <= f.last; i++) this.owner[i] = f;
  }

  stems(key: string): readonly Stem[] {
    return this.language === 'ar' ? arabicStemsOf(key) : wholeStem(key);
  }

  /** {@link Finder.stems} of word i's key. */
  stemsAt(i: number): readonly Stem[] {
    const w = this.words[i] as Word;
    return (this.types.stems[w.id] ??= this.stems(w.key));
  }

  /** {@link Finder.isCommon} of word i's key. */
  isCommonAt(i: number): boolean {
    const w = this.words[i] as Word;
    let k = this.types.common[w.id] ?? 0;
    if (k === 0) this.types.common[w.id] = k = isCommonWord(w.key, this.language) ? 2 : 1;
    return k === 2;
  }

  /** Whether word i, or its reading without Arabic clitics (والذين: الذين), is a function word of the language. */
  isFunctionWordAt(i: number): boolean {
    return this.stemsAt(i).some((s) => this.v.stopwords.has(s.stem));
  }

  /** Whether word i's reading without clitics and article is the head of an organisation's name (منظمة, حزب). */
  isBareOrganizationHead(i: number): boolean {
    const w = this.words[i] as Word;
    let k = this.types.head[w.id] ?? 0;
    if (k === 0) this.types.head[w.id] = k = this.stemsOf(w).some((s) => this.v.organizationHeads.has(s.stem.replace(/^ال/u, ''))) ? 2 : 1;
    return k === 2;
  }

  isWord(i: number): boolean {
    return this.words[i]?.kind === 'word';
  }

  // ——— places and organisations from the gazetteer ———

  isCommon(key: string): boolean {
    let known = this.commonCache.get(key);
    if (known === undefined) {
      known = isCommonWord(key, this.language);
      this.commonCache.set(key, known);
    }
    return known;
  }

  isTitle(i: number): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word') return false;
    let k = this.types.title[w.id] ?? 0;
    if (k === 0) this.types.title[w.id] = k = this.isTitleKey(w) ? 2 : 1;
    return k === 2;
  }

  private isTitleKey(w: Word): boolean {
    // Persian writes the ezafe of a title as ی in Dari (رئیس‌جمهوری ایالات متحده).
    if (this.language === 'fa') return this.v.titles.has(w.key) || (w.key.endsWith('ي') && this.v.titles.has(w.key.slice(0, -1)));
    return this.stemsOf(w).some((s) => this.v.titles.has(s.stem) || (s.stem.startsWith('ال') && this.v.titles.has(s.stem.slice(2))));
  }

  isSpeechVerb(i: number): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word') return false;
    let k = this.types.speech[w.id] ?? 0;
    if (k === 0) this.types.speech[w.id] = k = this.stemsOf(w).some((s) => this.v.speechVerbs.has(s.stem)) ? 2 : 1;
    return k === 2;
  }

  private stemsOf(w: Word): readonly Stem[] {
    return (this.types.stems[w.id] ??= this.stems(w.key));
  }

  isGivenName(i: number): boolean {
    const w = this.words[i];
    return !!w && w.kind === 'word' && !w.maksura && !this.owner[i] && this.v.givenNames.has(w.key);
  }

  /** The number of words of a compound given name starting at i (إمام علي), or 0. */
  compoundAt(i: number): number {
    const w = this.words[i];
    // على is no علي, whatever the letters folding makes of it.
    if (!w || w.kind !== 'word' || w.maksura) return 0;
    const compounds = this.v.compoundGivenNames.get(w.key);
    if (!compounds) return 0;
    for (const compound of compounds) {
      if (compound.every((part, k) => this.words[i + k]?.key === part && (k === 0 || !this.words[i + k]?.newLine) && !this.owner[i + k])) {
        return compound.length;
      }
    }
    return 0;
  }

  /**
   * Whether word i is ordinary vocabulary, whatever its place: a word the lexicon knows (alone or in a
   * phrase: جمهور of رئیس جمهور), a word with tanween, a frequent news word or a function word.
   */
  isOrdinary(i: number): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word') return false;
    return this.form[i] === true || (this.lexicon[i] ?? 0) > 0 || this.isCommonAt(i);
  }

  /**
   * Whether word i could be part of a name: not an ordinary word, not a known place, not an adjective. With
   * `inName`, a short word of the lexicon may follow a given name in a name (زلماي خليل زاد).
   */
  nameCapable(i: number, inName = false): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word' || this.owner[i] || this.adjective[i] || w.maksura) return false;
    if (this.isGivenName(i)) return true;
    // A word this long is several that lost their spaces (وزيرالخارجيةالأمريكي), not a part of a name.
    if (w.key.length < 2 || w.key.length > MAX_NAME_WORD || this.form[i] || this.isCommonAt(i)) return false;
    if ((this.lexicon[i] ?? 0) > (inName ? 1 : 0)) return false;
    // Arabic: ل glued on an alef with a hamza (لإيفيننج, وللأسرة) is the preposition on a word: a name that
    // begins with La writes a bare alef (لافروف, لاريجاني).
    if (this.language === 'ar' && prepositionBeforeHamza(w)) return false;
    // An Arabic word with the article is a noun or an adjective; names with it (السيسي) come after a given name.
    return !(this.language === 'ar' && this.isDefinite(i));
  }

  /** Whether word i is an Arabic noun or adjective with the article (not a function word such as إلى, folded الي). */
  isDefinite(i: number): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word' || w.maksura) return false;
    let k = this.types.definite[w.id] ?? 0;
    if (k === 0)
      this.types.definite[w.id] = k = this.stemsOf(w).some(
        (s) => s.stem.startsWith('ال') && s.stem.length >= 4 && !this.v.stopwords.has(s.stem),
      )
        ? 2
        : 1;
    return k === 2;
  }

  isParticle(i: number): boolean {
    const w = this.words[i];
    return !!w && w.kind === 'word' && this.v.particles.has(w.key);
  }

  isGivenNameKey(key: string): boolean {
    return this.v.givenNames.has(key);
  }
}
