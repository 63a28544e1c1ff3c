import { isArabicLetter, isLineBreak } from '../text/chars.js';
import { argument, boolean, options as checkOptions, string } from '../contract/validate.js';
import { detectLanguage, languageOption, type LanguageTag } from '../text/language.js';
import { normalize, sourceSpanOf, type NormalizedText } from '../text/normalize.js';
import { memoize } from '../text/memo.js';
import { cutTokens } from '../text/tokens.js';
import {
  lookupAcronym,
  lookupAdjective,
  lookupEntries,
  lookupKey,
  longestNameFrom,
  type GazetteerEntry,
  type KnownEntity,
  type NameLanguage,
} from '../names/gazetteer.js';
import { arabicStems, isCommonWord, vocabulary, type Vocabulary } from '../names/vocabulary.js';
import {
  hasArabicPatternShape,
  hasMasdarShape,
  hasParticiplePluralShape,
  hasPronounSuffix,
  isGluedPrepositionalPhrase,
  isLexiconWord,
  isPersianVerbForm,
  isPluralOfWord,
  conceptNamesPlace,
  lexiconWords,
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

interface Word {
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
}

interface Found {
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

const QUOTES = new Set(['"', '«', '»', '“', '”', "'", '‘', '’']);
const SEPARATORS = new Set(['،', ',', '-', '–', '—', ...QUOTES]);
const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '…', ':', '؛', ';']);
const MAX_NAME_WORDS = 5;
// Letters of the longest word a name part has (تاسماغامبيتوف has 13).
const MAX_NAME_WORD = 15;
const MAX_TITLE_COMPLEMENT = 6;
// How far (in tokens) a title or a Persian verb of saying may be from the name it introduces; bounds the
// work on pathological input (a title followed by thousands of commas).
const MAX_TITLE_REACH = 16;
const MAX_SUBJECT_REACH = 40;
// Place names that are also frequent words the lexicon does not hold: بنين "sons", چك "cheque", جاد "serious",
// قم the imperative of قام (قم بغسل يديك). Words it holds (مالي "financial", سيول "floods", دوشنبه "Monday")
// are found ambiguous through it.
const AMBIGUOUS_PLACE_KEYS = new Set(['بنين', 'چك', 'جاد', 'قم']);
// Words before a place that make an ambiguous word one (في مالي, در دوشنبه, پایتخت آستانه), folded.
const LOCATIVE = new Set(
  ['في', 'إلى', 'من', 'نحو', 'عاصمة', 'العاصمة', 'مدينة', 'ولاية', 'محافظة', 'در', 'به', 'از', 'تا', 'پایتخت', 'شهر', 'استان', 'ولایت'].map(
    (w) => normalize(w).text,
  ),
);
const LATIN_ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;
// A Latin word (Pfizer, BioNTech, iPhone, CoV): with a capital letter, a name quoted in Latin script.
const LATIN_NAME = /^[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f]{0,39}$/u;
const LATIN_CAPITAL = /[A-Z\u00c0-\u00de]/u;
// The Persian plural suffix when it is written apart from its noun, as Dari often does (رستورانت های).
const PERSIAN_PLURAL_SUFFIXES = new Set(['ها', 'هاي', 'هايي']);
// Persian verbs of saying that are verbs by themselves; the others are the nouns of compound verbs (هشدار داد).
const SIMPLE_PERSIAN_SPEECH = new Set(['گفت', 'گفتند', 'افزود', 'افزودند', 'نوشت', 'نوشتند', 'خواند', 'خواندند']);
// Tanween, or a Persian plural, comparative, verbal or pronominal affix joined by a zero-width non-joiner.
const AFFIXED = /[\u064b-\u064d]|\u200c(?:ها|های|هایی|تر|ترین|ای|اند|ام|ایم|اید|است|شان|مان|تان)$|^(?:ن?می|بی)\u200c/u;
const FIND_NAMES_OPTIONS = { language: languageOption, adjectives: boolean };

/**
 * Finds the names in an Arabic or Persian text: people, places and organisations, each with its span in
 * the caller's string, its type, the cue that made it a name and, for known places and organisations, the
 * entity (the ISO region code from `Intl` for countries, so that الصين and چین share `CN`).
 *
 * Places and organisations come from the gazetteer (with the Arabic clitics و ب ل ف ك and the article
 * taken off: وروسيا, لطاجيكستان, للمنظمة); Latin acronyms next to an expansion are attached to it. People
 * are found by their context — a title or role before the name (الرئيس, وزير الدفاع الروسي، دبیرکل,
 * آقای), a verb of saying (وقال X, X گفت), a known given name, a surname's form (‑وف, ‑سكي) — and then
 * wherever the same name or surname appears again in the text. A name of several words is one mention
 * (إمام علي رحمن). Ordinary words are told from names with the stopwords of each language (stopwords-iso)
 * and a list of frequent news words; adjectives of places (الروسية, تاجیکی) are not names and are returned
 * only with `adjectives: true`.
 *
 * @example
 * ```ts
 * import { findNames } from 'muqabala';
 *
 * const text = 'التقى الرئيس إمام علي رحمن في دوشنبه وزير الدفاع الروسي أندريه بيلوسوف.';
 * findNames(text).map((m) => `${m.type}:${m.text}`);
 * // => ['person:إمام علي رحمن', 'place:دوشنبه', 'person:أندريه بيلوسوف']
 * findNames('وقال لافروف إن روسيا والصين تعارضان ذلك.').map((m) => m.entity?.id ?? m.text);
 * // => ['لافروف', 'RU', 'CN']
 * findNames('ولادیمیر پوتین در مسکو با رئیس‌جمهور چین دیدار کرد.').map((m) => m.text);
 * // => ['ولادیمیر پوتین', 'مسکو', 'چین']
 * ```
 */
export function findNames(text: string, options?: FindNamesOptions): NameMention[] {
  argument('findNames', 'text', text, string);
  const checked = checkOptions('findNames', options, FIND_NAMES_OPTIONS);
  const guessed = checked.language ?? detectLanguage(text).language;
  return namesIn(normalize(text), guessed === 'fa' ? 'fa' : 'ar', checked.adjectives ?? false);
}

/** {@link findNames} over a text already folded (`normalize(text)`), for the library's own callers that have it. */
export function namesIn(n: NormalizedText, language: NameLanguage, adjectives: boolean): NameMention[] {
  const words = readWords(n);
  const finder = new Finder(words, language, vocabulary(language));
  finder.run();
  const found = adjectives ? finder.found : finder.found.filter((f) => f.form !== 'adjective');
  return found.sort((a, b) => a.first - b.first).map((f) => toMention(f, words, n));
}

function readWords(n: NormalizedText): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const t of cutTokens(n.text)) {
    let newLine = false;
    for (let i = previousEnd; i < t.start; i++) if (isLineBreak(n.text.charCodeAt(i))) newLine = true;
    previousEnd = t.end;
    const key = arabicLettersOf(t.text);
    const kind: Word['kind'] =
      t.kind === 'punctuation' ? 'punctuation' : key.length > 0 ? 'word' : t.kind === 'word' && (LATIN_ACRONYM.test(t.text) || LATIN_NAME.test(t.text)) ? 'latin' : 'other';
    const span = sourceSpanOf(n, t.start, t.end);
    const maksura = n.source.charCodeAt(span.end - 1) === 0x0649;
    const affixed = kind === 'word' && mayBeAffixed(n.source, span.start, span.end) && AFFIXED.test(n.source.slice(span.start, span.end));
    words.push({ key: kind === 'latin' ? t.text : key, start: t.start, end: t.end, kind, char: t.text, newLine, maksura, affixed });
  }
  return words;
}

/** The Arabic-script letters of a token: the token itself when it has nothing else (most words). */
function arabicLettersOf(token: string): string {
  let i = 0;
  while (i < token.length && isArabicLetter(token.charCodeAt(i))) i++;
  if (i === token.length) return token;
  let key = token.slice(0, i);
  for (; i < token.length; i++) if (isArabicLetter(token.charCodeAt(i))) key += token[i];
  return key;
}

/** Whether a word as written has a tanween or a zero-width non-joiner, without which {@link AFFIXED} cannot match. */
function mayBeAffixed(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x064d) || c === 0x200c) return true;
  }
  return false;
}

function toMention(f: Found, words: readonly Word[], n: NormalizedText): NameMention {
  const first = words[f.first] as Word;
  let last = words[f.last] as Word;
  // A quotation mark opened inside the name (منظمة "معاهدة الأمن الجماعي") is closed with it.
  let opened = false;
  for (let i = f.first; i <= f.last; i++) if (words[i]?.kind === 'punctuation' && QUOTES.has((words[i] as Word).char)) opened = !opened;
  const after = words[f.last + 1];
  if (opened && after?.kind === 'punctuation' && QUOTES.has(after.char)) last = after;
  const span = sourceSpanOf(n, first.start + f.prefix, last.end);
  const mention: { -readonly [K in keyof NameMention]: NameMention[K] } = {
    text: n.source.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    type: f.type,
    cue: f.cue,
  };
  if (f.entity) mention.entity = { ...f.entity }; // a copy: the gazetteer's entities are shared
  if (f.acronym) mention.acronym = f.acronym;
  if (f.form) mention.form = f.form;
  return mention;
}

interface Stem {
  readonly stem: string;
  readonly prefix: number;
}

// A word's readings are asked for by every pass of the finder over every word: each is worked out once per word.
const arabicStemsOf: (key: string) => readonly Stem[] = /* @__PURE__ */ memoize(arabicStems);
const wholeStem: (key: string) => readonly Stem[] = /* @__PURE__ */ memoize((key: string) => [{ stem: key, prefix: 0 }]);

class Finder {
  readonly found: Found[] = [];
  /** For each word, the mention that covers it. */
  private readonly owner: (Found | undefined)[];
  private readonly adjective: boolean[];
  /** For each word, how sure the bilingual lexicon is that it is ordinary vocabulary (alone or in one of its phrases). */
  private readonly lexicon: LexiconEvidence[];
  /** For each word, the concepts of the lexicon's phrases that cover it. */
  private readonly phrases: (readonly number[])[] = [];
  /** For each word, whether its form is an ordinary word's whatever the lexicon says (see {@link Finder.hasWordForm}). */
  private readonly form: boolean[];
  private readonly commonCache = new Map<string, boolean>();
  private readonly headCache = new Map<string, boolean>();

  constructor(
    private readonly words: readonly Word[],
    private readonly language: NameLanguage,
    private readonly v: Vocabulary,
  ) {
    this.owner = new Array<Found | undefined>(words.length);
    this.adjective = new Array<boolean>(words.length).fill(false);
    this.lexicon = lexiconWords(
      words.map((w) => (w.kind === 'word' ? w.key : '')),
      language,
      this.phrases,
    );
    this.form = words.map((w, i) => w.kind === 'word' && (this.hasWordForm(w) || this.pluralBefore(i)));
  }

  /** Persian: whether the word is a noun whose plural suffix stands apart after it (رستورانت های). */
  private pluralBefore(i: number): boolean {
    const next = this.words[i + 1];
    return this.language === 'fa' && !!next && next.kind === 'word' && !next.newLine && PERSIAN_PLURAL_SUFFIXES.has(next.key);
  }

  /**
   * Whether a word's form is an ordinary word's: an affix no name takes (tanween, Persian ‌ها), the shape of
   * a verbal noun (اختبار, معاملة), a Persian verb (میکند, گردید), an Arabic pronoun suffix (لعبته,
   * وغيرها), or an Arabic feminine whose masculine the lexicon knows (قائلة beside قائلا).
   */
  private hasWordForm(w: Word): boolean {
    if (w.affixed || hasMasdarShape(w.key, this.language) || hasParticiplePluralShape(w.key, this.language)) return true;
    if (this.language !== 'ar') return isPersianVerbForm(w.key) || isGluedPrepositionalPhrase(w.key);
    if (hasPronounSuffix(w.key)) return true;
    return w.key.length >= 5 && w.key.endsWith('ه') && (isLexiconWord(w.key.slice(0, -1), 'ar') || isLexiconWord(w.key.slice(0, -1) + 'ا', 'ar'));
  }

  run(): void {
    this.places();
    this.acronyms();
    this.latinNames();
    this.quotedOrganizations();
    this.people();
    this.repeated();
  }

  private add(f: Found): void {
    for (let i = f.first; i <= f.last; i++) if (this.owner[i]) return;
    this.found.push(f);
    for (let i = f.first; i <= f.last; i++) this.owner[i] = f;
  }

  private stems(key: string): readonly Stem[] {
    return this.language === 'ar' ? arabicStemsOf(key) : wholeStem(key);
  }

  /** Whether a word's reading without clitics and article is the head of an organisation's name (منظمة, حزب). */
  private isBareOrganizationHead(key: string): boolean {
    let known = this.headCache.get(key);
    if (known === undefined) this.headCache.set(key, (known = this.stems(key).some((s) => this.v.organizationHeads.has(s.stem.replace(/^ال/u, '')))));
    return known;
  }

  private isWord(i: number): boolean {
    return this.words[i]?.kind === 'word';
  }

  // ——— places and organisations from the gazetteer ———

  private places(): void {
    const words = this.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      if (w.kind !== 'word' || this.owner[i]) continue;
      let best: { last: number; prefix: number; entry: GazetteerEntry; length: number } | undefined;
      for (const { stem, prefix } of this.stems(w.key)) {
        const longest = longestNameFrom(stem);
        if (longest === 0) continue;
        let key = stem;
        let last = i;
        let count = 1;
        const tryMatch = (): void => {
          const entry = lookupKey(key, this.language)[0];
          if (entry && (!best || count > best.length) && !(count === 1 && this.ambiguousPlace(i, key, prefix, entry))) {
            best = { last, prefix, entry, length: count };
          }
        };
        tryMatch();
        for (let j = i + 1; j < words.length && count < longest; j++) {
          const next = words[j] as Word;
          if (next.newLine) break;
          if (next.kind === 'punctuation' && QUOTES.has(next.char)) continue;
          if (next.kind !== 'word') break;
          key += next.key;
          last = j;
          count++;
          tryMatch();
        }
      }
      if (best) {
        const entity = best.entry.entity;
        this.add({ first: i, last: best.last, prefix: best.prefix, type: entity.type, cue: 'gazetteer', entity });
        i = best.last;
        continue;
      }
      for (const { stem, prefix } of this.stems(w.key)) {
        const place = lookupAdjective(stem, this.language);
        if (place) {
          this.adjective[i] = true;
          this.add({ first: i, last: i, prefix, type: 'place', cue: 'adjective', entity: place.entity, form: 'adjective' });
          break;
        }
      }
    }
  }

  /**
   * Whether a one-word place is here an ordinary word: a word of a lexicon phrase that is not about the place
   * (مسقط رأس, در آستانه; but رئیس‌جمهور ایران is about Iran), or a word the lexicon, the stopwords or the
   * frequent news words also hold (كيف "how", دوشنبه "Monday", مالي "financial") that no locative word or
   * clitic puts in its place (في مالي, بمالي, در دوشنبه).
   */
  private ambiguousPlace(i: number, key: string, prefix: number, entry: GazetteerEntry): boolean {
    const evidence = this.lexicon[i] ?? 0;
    if (evidence === 4) return !(this.phrases[i] ?? []).some((c) => conceptNamesPlace(c, entry.entity.id, this.language));
    // A declined word (أسّيًّا, exponentially) is no place name.
    if ((this.words[i] as Word).affixed) return true;
    // Persian: a nisba of a word the lexicon knows (مالی of مال, financial) is that adjective as often as a place.
    const nisba = this.language === 'fa' && key.endsWith('ي') && key.length >= 4 && isLexiconWord(key.slice(0, -1), 'fa');
    if (entry.entity.type !== 'place' || !(AMBIGUOUS_PLACE_KEYS.has(key) || evidence === 1 || evidence === 3 || nisba || this.isCommon(key))) return false;
    const w = this.words[i] as Word;
    if (prefix > 0 && w.key.slice(0, prefix).endsWith('ب')) return false;
    const before = this.words[i - 1];
    return !(before && before.kind === 'word' && !w.newLine && LOCATIVE.has(before.key));
  }

  // ——— acronyms: (CSTO) after منظمة معاهدة الأمن الجماعي ———

  private acronyms(): void {
    const words = this.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      if (w.kind !== 'latin') continue;
      const inParentheses = words[i - 1]?.char === '(' && words[i + 1]?.char === ')';
      const before = inParentheses ? this.owner[i - 2] : undefined;
      const known = lookupAcronym(w.key);
      if (before && before.type === 'organization' && before.form !== 'adjective') {
        before.acronym = w.key;
        this.add({ first: i, last: i, prefix: 0, type: 'organization', cue: 'acronym', ...(before.entity ? { entity: before.entity } : {}) });
      } else if (known) {
        this.add({ first: i, last: i, prefix: 0, type: 'organization', cue: 'acronym', entity: known.entity });
      } else if (inParentheses) {
        // An unknown acronym after a name that starts with an organisation's head word: both are one organisation.
        const head = this.organizationHeadBefore(i - 1);
        if (head !== undefined) {
          this.add({ first: head, last: i - 2, prefix: 0, type: 'organization', cue: 'acronym', acronym: w.key });
          this.add({ first: i, last: i, prefix: 0, type: 'organization', cue: 'acronym' });
        }
      }
    }
  }

  // ——— names in Latin script: Pfizer, Johns Hopkins, COVID-19, SARS-CoV-2 ———

  private latinNames(): void {
    const words = this.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      if (w.kind !== 'latin' || this.owner[i] || !LATIN_CAPITAL.test(w.char)) continue;
      let last = i;
      // Latin words in a row, and what joins them: a hyphen, '&', digits (COVID-19, Johnson & Johnson).
      for (let j = i + 1; j < words.length; j++) {
        const next = words[j] as Word;
        const before = words[j - 1] as Word;
        if (next.newLine || this.owner[j]) break;
        if (next.kind === 'latin' && LATIN_CAPITAL.test(next.char)) last = j;
        else if (next.kind === 'other' && /^[0-9]+$/u.test(next.char) && before.char === '-' && next.start === before.end) last = j;
        else if (!((next.char === '-' || next.char === '&') && (words[j + 1]?.kind === 'latin' || (next.char === '-' && /^[0-9]+$/u.test(words[j + 1]?.char ?? ''))))) break;
      }
      const text = words.slice(i, last + 1).map((x) => x.char).join(' ');
      const entry = lookupEntries(text)[0];
      this.add({ first: i, last, prefix: 0, type: entry ? entry.entity.type : 'unknown', cue: 'latin', ...(entry ? { entity: entry.entity } : {}) });
      i = last;
    }
  }

  private organizationHeadBefore(paren: number): number | undefined {
    for (let j = paren - 1; j >= 0 && j >= paren - 6; j--) {
      const w = this.words[j] as Word;
      if (w.kind !== 'word' || this.owner[j]) return undefined;
      if (this.stems(w.key).some((s) => this.v.organizationHeads.has(s.stem) || this.v.organizationHeads.has(s.stem.replace(/^ال/u, '')))) {
        return j;
      }
    }
    return undefined;
  }

  // ——— حركة "طالبان", وكالة أنباء … "إيلنا" ———

  private quotedOrganizations(): void {
    const words = this.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      if (w.kind !== 'word' || !this.isBareOrganizationHead(w.key)) continue;
      for (let j = i + 1; j <= i + 6 && j < words.length; j++) {
        const q = words[j] as Word;
        if (q.newLine) break;
        if (q.kind === 'punctuation' && QUOTES.has(q.char)) {
          let k = j + 1;
          while (k < words.length && k <= j + 4 && words[k]?.kind === 'word') k++;
          const close = words[k];
          if (k > j + 1 && close?.kind === 'punctuation' && QUOTES.has(close.char)) {
            const inside = Array.from({ length: k - j - 1 }, (_, x) => j + 1 + x);
            if (inside.every((x) => !this.owner[x]) && inside.some((x) => !this.isCommon((words[x] as Word).key))) {
              this.add({ first: j + 1, last: k - 1, prefix: 0, type: 'organization', cue: 'organization-head' });
            }
          }
          break;
        }
        if (q.kind !== 'word') break;
      }
    }
  }

  // ——— people ———

  private isCommon(key: string): boolean {
    let known = this.commonCache.get(key);
    if (known === undefined) {
      known = isCommonWord(key, this.language);
      this.commonCache.set(key, known);
    }
    return known;
  }

  private isTitle(i: number): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word') return false;
    // Persian writes the ezafe of a title as ی in Dari (رئیس‌جمهوری ایالات متحده).
    if (this.language === 'fa') return this.v.titles.has(w.key) || (w.key.endsWith('ي') && this.v.titles.has(w.key.slice(0, -1)));
    return this.stems(w.key).some((s) => this.v.titles.has(s.stem) || (s.stem.startsWith('ال') && this.v.titles.has(s.stem.slice(2))));
  }

  private isSpeechVerb(i: number): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word') return false;
    return this.stems(w.key).some((s) => this.v.speechVerbs.has(s.stem));
  }

  private isGivenName(i: number): boolean {
    const w = this.words[i];
    return !!w && w.kind === 'word' && !w.maksura && !this.owner[i] && this.v.givenNames.has(w.key);
  }

  /** The number of words of a compound given name starting at i (إمام علي), or 0. */
  private compoundAt(i: number): number {
    const w = this.words[i];
    // على is no علي, whatever the letters folding makes of it.
    if (!w || w.kind !== 'word' || w.maksura) return 0;
    for (const compound of this.v.compoundGivenNames.get(w.key) ?? []) {
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
  private isOrdinary(i: number): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word') return false;
    return this.form[i] === true || (this.lexicon[i] ?? 0) > 0 || this.isCommon(w.key);
  }

  /**
   * Whether word i could be part of a name: not an ordinary word, not a known place, not an adjective. With
   * `inName`, a short word of the lexicon may follow a given name in a name (زلماي خليل زاد).
   */
  private nameCapable(i: number, inName = false): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word' || this.owner[i] || this.adjective[i] || w.maksura) return false;
    if (this.isGivenName(i)) return true;
    // A word this long is several that lost their spaces (وزيرالخارجيةالأمريكي), not a part of a name.
    if (w.key.length < 2 || w.key.length > MAX_NAME_WORD || this.form[i] || this.isCommon(w.key)) return false;
    if ((this.lexicon[i] ?? 0) > (inName ? 1 : 0)) return false;
    // An Arabic word with the article is a noun or an adjective; names with it (السيسي) come after a given name.
    return !(this.language === 'ar' && this.isDefinite(i));
  }

  /** Whether word i is an Arabic noun or adjective with the article (not a function word such as إلى, folded الي). */
  private isDefinite(i: number): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word' || w.maksura) return false;
    return this.stems(w.key).some((s) => s.stem.startsWith('ال') && s.stem.length >= 4 && !this.v.stopwords.has(s.stem));
  }

  private isParticle(i: number): boolean {
    const w = this.words[i];
    return !!w && w.kind === 'word' && this.v.particles.has(w.key);
  }

  /** The words of a person's name starting at i, or undefined when none starts there. */
  private nameRun(i: number): { first: number; last: number } | undefined {
    const words = this.words;
    let last: number;
    let given = false;
    const compound = this.compoundAt(i);
    if (compound > 0) {
      last = i + compound - 1;
      given = true;
    } else if (this.isGivenName(i)) {
      last = i;
      given = true;
    } else if (this.isParticle(i) && this.isWord(i + 1) && !(words[i + 1] as Word).newLine && !this.owner[i + 1] && (this.nameCapable(i + 1) || this.isGivenName(i + 1))) {
      // عبد الفتاح, أبو بكر: a particle and the word after it make a given name.
      last = i + 1;
      given = true;
    } else if (this.nameCapable(i)) last = i;
    else return undefined;
    const joins = (j: number): boolean => this.isWord(j) && !(words[j] as Word).newLine;
    let surnameSlot = given;
    // A given name that is also a word (حسن, نور, عمر) is a name only before a word that is no word itself.
    const ambiguous = given && compound === 0 && this.isOrdinary(i);
    while (last - i + 1 < MAX_NAME_WORDS) {
      const j = last + 1;
      if (!joins(j)) break;
      // سراج الدين, نصر الله: الدين and الله end a name part though they carry the article.
      if (this.v.nameSuffixes.has((words[j] as Word).key) && !this.owner[j]) {
        last = j;
        continue;
      }
      // A word with the conjunction و starts the next item of a list (محمد بن زايد وبوتين).
      if (this.language === 'ar' && (words[j] as Word).key.startsWith('و') && !this.isGivenName(j)) break;
      const next = compound > 0 || this.isGivenName(j) ? 0 : this.compoundAt(j);
      if (next > 0) {
        last = j + next - 1;
        continue;
      }
      if (this.isParticle(j) && joins(j + 1)) {
        // فون دير لاين, فون در لاین: a second particle may follow the first.
        const second = joins(j + 2) && (this.isParticle(j + 1) || this.v.secondParticles.has((words[j + 1] as Word).key)) ? 1 : 0;
        const k = j + 1 + second;
        if (joins(k) && (this.nameCapable(k) || this.isGivenName(k) || this.surnameWord(k, ambiguous))) {
          last = k;
          surnameSlot = false;
          continue;
        }
      }
      if (this.nameCapable(j, !ambiguous && this.isGivenName(j - 1)) && !this.endsPhrase(j)) {
        last = j;
        surnameSlot = false;
        continue;
      }
      // After a given name, a family name in the form of a nisba even if it is also a word (محمد أكرم نظري).
      if (!ambiguous && this.isGivenName(j - 1) && this.nisbaName(j)) {
        last = j;
        break;
      }
      // After a given name, one more word is its surname even if it is also a word (إمام علي رحمن).
      if (surnameSlot && this.surnameWord(j, ambiguous) && !this.isFutureVerb(j)) {
        last = j;
        surnameSlot = false;
        continue;
      }
      // A name that starts with a given name may end in a family name with the article (محمد شياع السوداني).
      if (given && this.language === 'ar' && this.isDefinite(j) && this.surnameWord(j, ambiguous) && !this.isCommon((words[j] as Word).key)) {
        last = j;
        break;
      }
      break;
    }
    return { first: i, last };
  }

  /** Whether word j could be a family name in the form of a nisba (نظري, نظری): a word in ي of four letters or more, of no ordinary word's form. */
  private nisbaName(j: number): boolean {
    const w = this.words[j];
    if (!w || w.kind !== 'word' || w.newLine || this.owner[j] || this.adjective[j] || this.form[j] || w.maksura) return false;
    return w.key.length >= 4 && w.key.endsWith('ي') && !w.key.startsWith('ال') && !this.isCommon(w.key) && !this.isTitle(j);
  }

  /**
   * Arabic: whether word j, after the first word of a name, reads as the start of the sentence going on
   * rather than as more of the name: a future verb (سيزور, ستستضيف) or a noun in construct with a definite
   * noun after it (صحة التقارير, أسعار النفط).
   */
  private endsPhrase(j: number): boolean {
    if (this.language !== 'ar' || this.isGivenName(j)) return false;
    if (this.isFutureVerb(j)) return true;
    const next = this.words[j + 1];
    return !!next && !next.newLine && this.isDefinite(j + 1) && !this.adjective[j + 1];
  }

  /** Arabic: whether word j is a verb in the future (سيزور, ستستضيف), which no name part is. */
  private isFutureVerb(j: number): boolean {
    const w = this.words[j] as Word;
    return this.language === 'ar' && !this.isGivenName(j) && w.key.length >= 5 && /^س[يتنا]/u.test(w.key);
  }

  /**
   * Whether word j can be a surname after a given name: any word but a function word, a title, a verb of
   * saying or a known place; after a given name that is also a word (حسن, نور, عمر), no word the lexicon
   * knows either (حسن نية, نور آبی, عمر طولانی).
   */
  private surnameWord(j: number, afterWord = false): boolean {
    const w = this.words[j];
    if (!w || w.kind !== 'word' || this.owner[j] || this.adjective[j] || w.maksura) return false;
    const stems = this.stems(w.key).map((s) => s.stem);
    if (this.v.stopwords.has(w.key) || this.isTitle(j) || this.isSpeechVerb(j)) return false;
    // Nor a word of an ordinary word's form (فيكتور اختبار, ريان معاملة); after a given name that is also a
    // word, nor any word of the lexicon. A surname may be a word itself after a true given name (محمد أكرم نظري).
    if (!this.isGivenName(j) && (this.form[j] || (afterWord && (this.lexicon[j] ?? 0) >= 1))) return false;
    // After a given name that is also a word, a word with a preposition glued on is its complement (نادر لمخالطين).
    if (afterWord && this.language === 'ar' && /^[وف]?[بلك]/u.test(w.key) && this.stems(w.key).some((s) => s.prefix > 0 && s.stem.length >= 4)) return false;
    return !(this.language === 'ar' && stems.some((s) => s.startsWith('ال') && this.isCommon(s)));
  }

  private person(run: { first: number; last: number }, cue: NameCue): void {
    // A word of two letters alone is a particle or a glide written apart (Dari جاده یی), not a name.
    if (run.first === run.last && (this.words[run.first] as Word).key.length <= 2 && !this.hasOwnEvidence(run)) return;
    this.add({ first: run.first, last: run.last, prefix: 0, type: 'person', cue });
  }

  private people(): void {
    const words = this.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as Word;
      if (w.kind !== 'word' || this.owner[i]) continue;
      if (this.isTitle(i)) {
        const run = this.afterTitle(i);
        if (run) {
          this.person(run, 'title');
          i = run.last;
        } else if (this.language === 'fa') this.nameBeforeTitle(i);
        continue;
      }
      if (this.language === 'ar' && this.isSpeechVerb(i)) {
        const run = this.isTitle(i + 1) ? undefined : this.nameRun(i + 1);
        if (run && !(words[i + 1] as Word).newLine && this.endsSubject(run)) {
          this.person(run, 'speech-verb');
          i = run.last;
        }
        continue;
      }
      if (this.language === 'fa' && this.isSpeechVerb(i)) {
        if (this.saysHere(i)) this.nameBeforeVerb(i);
        continue;
      }
      if (this.compoundAt(i) > 0 || (this.isGivenName(i) && !this.isCommon(w.key))) {
        const run = this.nameRun(i);
        if (run && run.last > run.first) {
          this.person(run, 'given-name');
          i = run.last;
        }
        continue;
      }
      if (this.nameCapable(i) && this.hasSurnameForm(i)) {
        const run = this.nameRun(i) as { first: number; last: number };
        // Persian: an unknown given name before the surname belongs to it (ولودیمیر زلنسکی). Not in Arabic,
        // where the word before a subject is most often its verb (يرأس ميرضيائيف).
        let first = run.first;
        while (this.language === 'fa' && first > 0 && run.first - first < 2 && !(words[first] as Word).newLine && this.nameCapable(first - 1) && !this.isCommon((words[first - 1] as Word).key)) first--;
        this.person({ first, last: run.last }, 'surname-form');
        i = run.last;
      }
    }
  }

  /**
   * Whether a run after an Arabic verb of saying reads as its subject: it has a name's own evidence (a
   * given name, a surname's form, Persian letters), or what follows closes it — punctuation, a function
   * word (على, إن, في), the end of the text. A noun after the verb (يؤكد تسلل عملاء الموساد) is followed
   * by more of its phrase.
   */
  private endsSubject(run: { first: number; last: number }): boolean {
    if (this.isGivenName(run.first) || this.compoundAt(run.first) > 0) return true;
    for (let k = run.first; k <= run.last; k++) if (this.hasSurnameForm(k)) return true;
    const after = this.words[run.last + 1];
    if (!after || after.newLine || after.kind === 'punctuation') return true;
    if (after.kind !== 'word') return false;
    // A preposition with the article opens a phrase after the subject: وصرح غروسي للصحفيين.
    if (/^(?:لل|بال|كال)/u.test(after.key)) return true;
    return after.maksura || this.stems(after.key).some((s) => this.v.stopwords.has(s.stem));
  }

  /** Whether word i has the form of a foreign surname (‑وف, ‑يف, ‑ينكو, ‑سكي …), not of an Arabic word that ends alike. */
  private hasSurnameForm(i: number): boolean {
    const key = (this.words[i] as Word).key;
    if (key.length < 5 || !this.v.surnameEndings.some((e) => key.endsWith(e))) return false;
    // Plurals of people (دانشجویان, حامیان) and Arabic duals and verbal nouns (ينتميان, نسيان) end as Armenian
    // surnames do; in Persian, where the plural is everywhere, the ending counts only after a given name.
    if (key.endsWith('يان')) {
      if (this.language === 'fa') return this.isGivenName(i - 1) && !isPluralOfWord(key, 'fa');
      return key.length > 6 && !isPluralOfWord(key, 'ar');
    }
    // ‑پور is a Persian surname's ending (علی‌پور) and the end of short words (راپور).
    if (key.endsWith('پور') && key.length < 6) return false;
    // Verbal nouns, adjectives and broken plurals of Arabic (تخفيف, ضعيف, معروف, وظائف), in Persian too.
    if (/(?:يف|وف)ا?$/u.test(key) && !key.endsWith('ييف') && hasArabicPatternShape(key, this.language)) return false;
    if (this.language !== 'ar') return true;
    // Arabic broken plurals end in اوف (مخاوف, ظروف is too short) and verbal nouns of the pattern تفعيل in يف (تكثيف).
    if (key.endsWith('اوف') || (key.length === 5 && key.startsWith('ت') && key.endsWith('يف'))) return false;
    // Imperfect verbs end in يف too (يضيف, ستستضيف): a prefix of person and the stem's ي.
    return !(key.endsWith('يف') && !key.endsWith('ييف') && /^(?:س?[يتن]|[وف]?س?[يتن]ست)/u.test(key));
  }

  /** The name after a title and its complements: وزير الدفاع الروسي، أندريه بيلوسوف. */
  private afterTitle(i: number): { first: number; last: number } | undefined {
    const words = this.words;
    let skipped = 0;
    // Ordinary words skipped on the way (not places, organisations or words of office): after two of them the
    // title governs a phrase (مدیر مؤسسه ملی X, مدیر مراکز کنترول), and only a name by its own evidence is taken.
    let ordinary = 0;
    for (let j = i + 1; j < words.length && skipped <= MAX_TITLE_COMPLEMENT && j - i <= MAX_TITLE_REACH; j++) {
      const w = words[j] as Word;
      if (w.newLine) return undefined;
      if (w.kind === 'punctuation') {
        if (SEPARATORS.has(w.char)) continue;
        return undefined;
      }
      if (w.kind !== 'word') return undefined;
      const owner = this.owner[j];
      if (owner) {
        if (owner.type === 'person') return undefined;
        j = owner.last;
        skipped++;
        continue;
      }
      // A word that is a title and a given name (سردار, أمير) is a given name when a name follows it.
      if (this.isTitle(j) && !(this.isGivenName(j) && (this.nameCapable(j + 1) || this.isGivenName(j + 1)))) continue;
      if (this.language === 'fa' && this.v.titleComplements.has(w.key) && !this.isGivenName(j)) {
        skipped++;
        continue;
      }
      // Persian: a title's complement is a place, an organisation, an adjective or a few words of office
      // (وزیر امور خارجه روسیه); anything else after it is the sentence going on.
      if (this.language === 'fa' && !(this.compoundAt(j) > 0 || this.isGivenName(j) || this.nameCapable(j))) {
        // Words of office the lexicon knows (رئیس جمهور, مدیر اجرایی, مشاور ارشد) belong to the title; a verb
        // or a function word ends it.
        if (this.isSpeechVerb(j) || this.v.stopwords.has(w.key)) return undefined;
        if (!this.v.titleComplements.has(w.key) && !this.isOrdinary(j)) return undefined;
        // A word of a phrase of the lexicon (جمهور of رئیس جمهور) is part of the title, not a word governed by it.
        if (!this.v.titleComplements.has(w.key) && this.lexicon[j] !== 4) ordinary++;
        skipped++;
        continue;
      }
      if (this.compoundAt(j) > 0 || this.isGivenName(j) || this.nameCapable(j)) {
        const run = this.nameRun(j);
        if (!run) return undefined;
        // The name right after a company or an agency is the body's (مدير شركة نيشن وايد), not a person's.
        if (this.isOrganizationHead(j - 1)) return undefined;
        // Arabic: unknown words after the title followed by a definite word are a construct (سائقي الشاحنات), not a name.
        const unknownStart = !this.isGivenName(j) && this.compoundAt(j) === 0;
        const after = words[run.last + 1];
        if (this.language === 'ar' && unknownStart && after?.kind === 'word' && !after.newLine && this.isDefinite(run.last + 1) && !this.adjective[run.last + 1]) {
          return undefined;
        }
        // Persian, where a title heads a chain of genitives: a run with no evidence of its own must end where a
        // name would (مدیر پروژه X گفت, not مدیر کنترول پروژه), with no ordinary word between it and its title
        // but the words of office (مشاور مکالمات طبیعت is a field, not a name).
        if (this.language === 'ar' && ordinary < 2) return run;
        return this.hasOwnEvidence(run) || (ordinary === 0 && this.closedAfter(run)) ? run : undefined;
      }
      // A function word ends the title's reach; an adjective with the article that the stopwords also hold
      // (السابق, الحالي) qualifies the title: الرئيس السابق X.
      const definiteAdjective = this.language === 'ar' && w.key.startsWith('ال') && w.key.length >= 5;
      if (this.isSpeechVerb(j) || (!definiteAdjective && this.stems(w.key).some((s) => this.v.stopwords.has(s.stem)))) return undefined;
      if (!this.adjective[j]) ordinary++;
      skipped++;
    }
    return undefined;
  }

  /** Whether word i is the head word of an organisation's name (شركة, وكالة, سازمان, کمپنی). */
  private isOrganizationHead(i: number): boolean {
    const w = this.words[i];
    return !!w && w.kind === 'word' && this.stems(w.key).some((s) => this.v.organizationHeads.has(s.stem) || this.v.organizationHeads.has(s.stem.replace(/^ال/u, '')));
  }

  /** Whether a run is a name by its own words: a given name, a compound given name, a surname's form. */
  private hasOwnEvidence(run: { first: number; last: number }): boolean {
    if (this.isGivenName(run.first) || this.compoundAt(run.first) > 0) return true;
    for (let k = run.first; k <= run.last; k++) if (this.hasSurnameForm(k)) return true;
    return false;
  }

  /**
   * Whether what follows a run closes it as a name does: the end of the text, a line break, punctuation, a
   * function word, a verb of saying, a title, another name or an adjective of a place, or (Arabic) a
   * preposition with the article (وصرح غروسي للصحفيين).
   */
  private closedAfter(run: { first: number; last: number }): boolean {
    const k = run.last + 1;
    const after = this.words[k];
    if (!after || after.newLine || after.kind === 'punctuation') return true;
    if (after.kind !== 'word') return false;
    if (this.owner[k] || this.adjective[k] || after.maksura || this.isSpeechVerb(k) || this.isTitle(k)) return true;
    if (this.language === 'ar' && /^(?:لل|بال|كال)/u.test(after.key)) return true;
    return this.stems(after.key).some((s) => this.v.stopwords.has(s.stem));
  }

  /** Whether word i opens a clause: the text's or a line's start, punctuation or a function word before it. */
  private opensClause(i: number): boolean {
    const before = this.words[i - 1];
    if (!before || (this.words[i] as Word).newLine || before.kind === 'punctuation') return true;
    return before.kind === 'word' && this.v.stopwords.has(before.key);
  }

  /**
   * Persian: whether the verb of saying at i says something here: a simple verb (گفت, افزود), or the
   * noun of a compound one with its light verb after it (هشدار داد, تاکید کرد) — not the noun alone
   * (زنگ هشدار).
   */
  private saysHere(i: number): boolean {
    const key = (this.words[i] as Word).key;
    if (isPersianVerbForm(key) || SIMPLE_PERSIAN_SPEECH.has(key)) return true;
    const next = this.words[i + 1];
    return !!next && next.kind === 'word' && !next.newLine && isPersianVerbForm(next.key);
  }

  /**
   * Persian: the subject of a verb of saying opens its sentence (تاسماگامبتوف با اشاره به … افزود,
   * ولادیمیر پوتین گفت): a name run at the start of the sentence, if there is one.
   */
  private nameBeforeVerb(verb: number): void {
    let start = verb;
    while (start > 0 && verb - start < MAX_SUBJECT_REACH) {
      const w = this.words[start - 1] as Word;
      if (w.kind === 'punctuation' && SENTENCE_ENDS.has(w.char)) break;
      if ((this.words[start] as Word).newLine) break;
      start--;
    }
    if (start >= verb || this.owner[start]) return;
    const run = this.nameRun(start);
    if (run && run.last < verb && this.closesName(run)) this.person(run, 'speech-verb');
  }

  /** Persian: the name before a title in apposition (سرگئی لاوروف، وزیر امور خارجه روسیه، / دیمیتری پسکوف سخنگوی کرملین). */
  private nameBeforeTitle(title: number): void {
    let end = title - 1;
    if (this.words[end]?.kind === 'punctuation' && SEPARATORS.has((this.words[end] as Word).char)) end--;
    if (end < 0 || !(this.nameCapable(end) || this.isGivenName(end)) || (this.words[title] as Word).newLine) return;
    let first = end;
    while (first > 0 && end - first + 1 < MAX_NAME_WORDS && (this.nameCapable(first - 1) || this.isGivenName(first - 1)) && !(this.words[first] as Word).newLine) first--;
    const run = this.nameRun(first);
    // Without evidence of its own, the name opens its clause: at the start, after punctuation or a function
    // word (با پسکوف، سخنگوی کرملین), not after a noun (گزارش خبری آنلاین، مدیر) or a number (۲۵ مارج، رئیس).
    if (run && run.last === end && (this.hasOwnEvidence(run) || this.opensClause(run.first))) this.person(run, 'title');
  }

  /** Whether the word after a Persian name run ends the subject: a preposition, a verb, a comma, a title. */
  private closesName(run: { first: number; last: number }): boolean {
    if (this.isGivenName(run.first) || this.compoundAt(run.first) > 0 || this.hasSurnameForm(run.last)) return true;
    const after = this.words[run.last + 1];
    if (!after || after.kind === 'punctuation') return true;
    return after.kind === 'word' && (this.v.stopwords.has(after.key) || this.isSpeechVerb(run.last + 1) || this.isTitle(run.last + 1));
  }

  // ——— the same names again ———

  private repeated(): void {
    const surnames = new Map<string, number>();
    const people = this.found.filter((f) => f.type === 'person');
    for (const f of people) {
      const last = this.words[f.last] as Word;
      if (last.key.length >= 3 && !this.v.particles.has(last.key) && !this.v.stopwords.has(last.key)) surnames.set(last.key, f.last);
      const first = this.words[f.first] as Word;
      // A name of one word, or a first word that is not a given name, is the name itself (تاسماغامبيتوف).
      if (f.first === f.last || (!this.isGivenNameKey(first.key) && first.key.length >= 4)) surnames.set(first.key, f.first);
    }
    if (surnames.size === 0) return;
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i] as Word;
      if (w.kind !== 'word' || this.owner[i] || w.maksura || (this.isOrdinary(i) && !this.isGivenName(i))) continue;
      for (const { stem, prefix } of this.stems(w.key)) {
        if (surnames.has(stem)) {
          this.add({ first: i, last: i, prefix, type: 'person', cue: 'repeated' });
          break;
        }
      }
    }
  }

  private isGivenNameKey(key: string): boolean {
    return this.v.givenNames.has(key);
  }
}
