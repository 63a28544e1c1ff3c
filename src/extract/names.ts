import { isArabicLetter, isLineBreak } from '../text/chars.js';
import { argument, boolean, options as checkOptions, string } from '../contract/validate.js';
import { detectLanguage, languageOption, type LanguageTag } from '../text/language.js';
import { normalize, toSourceSpan, type NormalizedText } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import {
  lookupAcronym,
  lookupAdjective,
  lookupKey,
  longestNameFrom,
  type GazetteerEntry,
  type KnownEntity,
  type NameLanguage,
} from '../names/gazetteer.js';
import { arabicStems, isCommonWord, vocabulary, type Vocabulary } from '../names/vocabulary.js';

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
 * - `adjective`: an adjective of a place (الروسية, تاجیکی), only with `adjectives: true`.
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
  | 'adjective';

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
const MAX_TITLE_COMPLEMENT = 6;
// How far (in tokens) a title or a Persian verb of saying may be from the name it introduces; bounds the
// work on pathological input (a title followed by thousands of commas).
const MAX_TITLE_REACH = 16;
const MAX_SUBJECT_REACH = 40;
// Place names that are also frequent words (مالي is "financial" in both languages, بنين "sons" and سيول
// "floods" in Arabic).
const AMBIGUOUS_PLACE_KEYS = new Set(['مالي', 'بنين', 'چك', 'جاد', 'سيول']);
const LATIN_ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;
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
  const language: NameLanguage = guessed === 'fa' ? 'fa' : 'ar';
  const n = normalize(text);
  const words = readWords(n);
  const finder = new Finder(words, language, vocabulary(language));
  finder.run();
  const found = checked.adjectives ? finder.found : finder.found.filter((f) => f.form !== 'adjective');
  return found.sort((a, b) => a.first - b.first).map((f) => toMention(f, words, n));
}

function readWords(n: NormalizedText): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const t of tokenize(n.text)) {
    let newLine = false;
    for (let i = previousEnd; i < t.start; i++) if (isLineBreak(n.text.charCodeAt(i))) newLine = true;
    previousEnd = t.end;
    let key = '';
    for (let i = 0; i < t.text.length; i++) if (isArabicLetter(t.text.charCodeAt(i))) key += t.text[i];
    const kind: Word['kind'] =
      t.kind === 'punctuation' ? 'punctuation' : key.length > 0 ? 'word' : t.kind === 'word' && LATIN_ACRONYM.test(t.text) ? 'latin' : 'other';
    const sourceEnd = toSourceSpan(n, t.start, t.end).end;
    const maksura = n.source.charCodeAt(sourceEnd - 1) === 0x0649;
    words.push({ key: kind === 'latin' ? t.text : key, start: t.start, end: t.end, kind, char: t.text, newLine, maksura });
  }
  return words;
}

function toMention(f: Found, words: readonly Word[], n: NormalizedText): NameMention {
  const first = words[f.first] as Word;
  let last = words[f.last] as Word;
  // A quotation mark opened inside the name (منظمة "معاهدة الأمن الجماعي") is closed with it.
  let opened = false;
  for (let i = f.first; i <= f.last; i++) if (words[i]?.kind === 'punctuation' && QUOTES.has((words[i] as Word).char)) opened = !opened;
  const after = words[f.last + 1];
  if (opened && after?.kind === 'punctuation' && QUOTES.has(after.char)) last = after;
  const span = toSourceSpan(n, first.start + f.prefix, last.end);
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

class Finder {
  readonly found: Found[] = [];
  /** For each word, the mention that covers it. */
  private readonly owner: (Found | undefined)[];
  private readonly adjective: boolean[];
  private readonly commonCache = new Map<string, boolean>();

  constructor(
    private readonly words: readonly Word[],
    private readonly language: NameLanguage,
    private readonly v: Vocabulary,
  ) {
    this.owner = new Array<Found | undefined>(words.length);
    this.adjective = new Array<boolean>(words.length).fill(false);
  }

  run(): void {
    this.places();
    this.acronyms();
    this.quotedOrganizations();
    this.people();
    this.repeated();
  }

  private add(f: Found): void {
    for (let i = f.first; i <= f.last; i++) if (this.owner[i]) return;
    this.found.push(f);
    for (let i = f.first; i <= f.last; i++) this.owner[i] = f;
  }

  private stems(key: string): { stem: string; prefix: number }[] {
    return this.language === 'ar' ? arabicStems(key) : [{ stem: key, prefix: 0 }];
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
          if (entry && (!best || count > best.length) && !(count === 1 && AMBIGUOUS_PLACE_KEYS.has(key))) {
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
      if (w.kind !== 'word' || !this.stems(w.key).some((s) => this.v.organizationHeads.has(s.stem.replace(/^ال/u, '')))) continue;
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
    if (!w || w.kind !== 'word') return 0;
    for (const compound of this.v.compoundGivenNames.get(w.key) ?? []) {
      if (compound.every((part, k) => this.words[i + k]?.key === part && (k === 0 || !this.words[i + k]?.newLine) && !this.owner[i + k])) {
        return compound.length;
      }
    }
    return 0;
  }

  /** Whether word i could be part of a name: not an ordinary word, not a known place, not an adjective. */
  private nameCapable(i: number): boolean {
    const w = this.words[i];
    if (!w || w.kind !== 'word' || this.owner[i] || this.adjective[i] || w.maksura) return false;
    if (this.isGivenName(i)) return true;
    if (w.key.length < 2 || this.isCommon(w.key)) return false;
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
    } else if (this.isParticle(i) && this.isWord(i + 1) && !(words[i + 1] as Word).newLine && !this.owner[i + 1]) {
      // عبد الفتاح, أبو بكر: a particle and the word after it make a given name.
      last = i + 1;
      given = true;
    } else if (this.nameCapable(i)) last = i;
    else return undefined;
    const joins = (j: number): boolean => this.isWord(j) && !(words[j] as Word).newLine;
    let surnameSlot = given;
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
        if (joins(k) && (this.nameCapable(k) || this.isGivenName(k) || this.surnameWord(k))) {
          last = k;
          surnameSlot = false;
          continue;
        }
      }
      if (this.nameCapable(j) && !this.endsPhrase(j)) {
        last = j;
        surnameSlot = false;
        continue;
      }
      // After a given name, one more word is its surname even if it is also a word (إمام علي رحمن).
      if (surnameSlot && this.surnameWord(j) && !this.isFutureVerb(j)) {
        last = j;
        surnameSlot = false;
        continue;
      }
      // A name that starts with a given name may end in a family name with the article (محمد شياع السوداني).
      if (given && this.language === 'ar' && this.isDefinite(j) && this.surnameWord(j) && !this.isCommon((words[j] as Word).key)) {
        last = j;
        break;
      }
      break;
    }
    return { first: i, last };
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

  /** Whether word j can be a surname after a given name: any word but a function word, a title, a verb of saying or a known place. */
  private surnameWord(j: number): boolean {
    const w = this.words[j];
    if (!w || w.kind !== 'word' || this.owner[j] || this.adjective[j] || w.maksura) return false;
    const stems = this.stems(w.key).map((s) => s.stem);
    if (this.v.stopwords.has(w.key) || this.isTitle(j) || this.isSpeechVerb(j)) return false;
    return !(this.language === 'ar' && stems.some((s) => s.startsWith('ال') && this.isCommon(s)));
  }

  private person(run: { first: number; last: number }, cue: NameCue): void {
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
        this.nameBeforeVerb(i);
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
      // Persian: a title's complement is a place, an organisation, an adjective or a few words of office
      // (وزیر امور خارجه روسیه); anything else after it is the sentence going on.
      if (this.language === 'fa' && !(this.compoundAt(j) > 0 || this.isGivenName(j) || this.nameCapable(j))) {
        if (!this.v.titleComplements.has(w.key)) return undefined;
        skipped++;
        continue;
      }
      if (this.compoundAt(j) > 0 || this.isGivenName(j) || this.nameCapable(j)) {
        const run = this.nameRun(j);
        if (!run) return undefined;
        // Arabic: unknown words after the title followed by a definite word are a construct (سائقي الشاحنات), not a name.
        const unknownStart = !this.isGivenName(j) && this.compoundAt(j) === 0;
        const after = words[run.last + 1];
        if (this.language === 'ar' && unknownStart && after?.kind === 'word' && !after.newLine && this.isDefinite(run.last + 1) && !this.adjective[run.last + 1]) {
          return undefined;
        }
        return run;
      }
      if (this.isSpeechVerb(j) || this.stems(w.key).some((s) => this.v.stopwords.has(s.stem))) return undefined;
      skipped++;
    }
    return undefined;
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
    if (run && run.last === end) this.person(run, 'title');
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
      if (w.kind !== 'word' || this.owner[i] || w.maksura) continue;
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
