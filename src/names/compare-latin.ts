import { foldName, lettersOf, spellingWeight } from './phonetic.js';
import { foldLatin, readableLetters, readLatin, readLatinFrench, readLatinUnmarkedFrench, type LatinReading } from './latin.js';
import { latinWords } from './latin-words.js';
import { joinArticles } from './latin-article.js';
import { constructReading } from './latin-construct.js';
import { looksFrench } from './latin-words.js';
import { isOrdinary } from './name-words.js';
import { lookupEntries } from './gazetteer.js';
import { elementAt } from '../contract/element-at.js';
import { alignGroups } from './group-alignment.js';
import { englishKey, englishWords } from '../lexicon/english-words.js';
import { englishHeads } from '../lexicon/english-heads.js';
import { nameHeads } from '../lexicon/name-heads.js';
import { joinedSonOf, particlesDiffer, readPatronymic } from './latin-patronymic.js';
import { arabicStems } from './vocabulary.js';
import { demonymCountry, namesCountry } from './latin-demonym.js';
import { frenchPlaceAdjective, placeAsNisba } from './latin-french-adjective.js';
import { andJoined, hasAnd } from './latin-conjunction.js';
import { madeThing } from './latin-making.js';
import { isSportingWord } from './sporting.js';

/** A group of Latin words read as a group of Arabic-script words. */
export interface LatinPart {
  readonly latin: string;
  readonly arabic: string;
  readonly reading: LatinReading;
}

/** How the words of a Latin name line up with those of an Arabic-script name. */
export interface LatinAlignment {
  readonly parts: readonly LatinPart[];
  readonly unmatchedLatin: readonly string[];
  readonly unmatchedArabic: readonly string[];
  /** 1 − cost ÷ weight, over the whole names. */
  readonly score: number;
  /** Whether the last word of the longer name has a counterpart (a surname kept). */
  readonly keepsLast: boolean;
  /** Whether every word without a counterpart comes before the first that has one (Khaled bin in Khaled bin Zayed). */
  readonly unmatchedFirst: boolean;
}

const MAX_GROUP = 3;
const MAX_SPELLED_OUT = 5;
const MAX_WORDS = 10;
// Words for "and" that an Arabic-script name writes where the Latin has '&' (Johnson & Johnson / جونسون آند جونسون).
const AND_WORDS = new Set(['اند', 'آند', 'و', 'أند'].map((w) => lettersOf(foldName(w))));

function latinWeight(word: string): number {
  let w = 0;
  // An apostrophe weighs nothing: the ع or hamza it marks weighs on the Arabic-script side.
  for (const c of foldLatin(word)) w += c === "'" ? 0 : 'aeiouy'.includes(c) ? 0.5 : 1;
  return Math.max(w, 0.5);
}

// The English words of the list by their lower-case form, their translations folded.
let translations: Map<string, ReadonlySet<string>> | undefined;

/**
 * An English word of a name that Arabic or Persian translates (Persian / فارسی, Jr. / الابن), read as its
 * translation: a reading of score 1 whose one step is the word and its translation.
 */
function translatedWord(latin: string, arabic: string): LatinReading | undefined {
  const forms = englishTranslations().get(englishKey(latin));
  if (!forms) return undefined;
  const letters = lettersOf(foldName(arabic));
  // A clitic is joined to one word: two words are read as written (و تغییر is "and" and a word, not a word).
  const clitic = !/\s/u.test(arabic.trim()) && withoutProclitic(letters).some((w) => forms.has(w));
  return forms.has(letters) || clitic ? translation(latin, arabic) : undefined;
}

/**
 * An Arabic word without the preposition ل (for, of) or the conjunction و (and) that a translated name joins to
 * it, read as {@link arabicStems} reads the clitics, with or without the article: لتحرير for تحرير (الجبهة الشعبية
 * لتحرير فلسطين), للطيران for الطيران, والمساواة for المساواة where the English writes "and" apart.
 */
function withoutProclitic(letters: string): string[] {
  if (!letters.startsWith('ل') && !letters.startsWith('و')) return [];
  return arabicStems(letters)
    .slice(1)
    .flatMap(({ stem }) => [stem, stem.startsWith('ال') ? stem.slice(2) : 'ال' + stem]);
}

/** The English words of the list (see {@link translatedWord}), built on first use. */
function englishTranslations(): Map<string, ReadonlySet<string>> {
  return (translations ??= new Map(englishWords().map((w) => [w.words, new Set(w.forms.map((f) => lettersOf(foldName(f))))])));
}

/** A Latin word read as the Arabic-script word that translates it: a reading of score 1, one step. */
function translation(latin: string, arabic: string): LatinReading {
  return { score: 1, steps: [{ latin, arabic, cost: 0 }], how: 'translation' };
}

/**
 * How the words of a Latin name are read: as French says them when the name looks French; else as written, and as
 * French says them only against an Arabic-script word that is no ordinary word and no known name (Putin is not
 * بوتان, Bhutan, by a French nasal; Tiaret is not تيار, a current, by silent letters).
 */
function readerOf(latin: string): (latin: string, arabicScript: string) => LatinReading | undefined {
  if (looksFrench(latin)) return readLatinFrench;
  return (x, y) => {
    const plain = readLatin(x, y);
    if ((plain && plain.score >= 0.9) || isOrdinary(y) || lookupEntries(y).length > 0) return plain;
    return readLatinUnmarkedFrench(x, y) ?? plain;
  };
}

/**
 * Aligns the words of a Latin name with those of an Arabic-script name, in order, letting up to three
 * words on either side be one on the other (TikTok / تيك توك, Sao Paulo / سائوپائولو).
 */
export function alignLatinWords(latin: string, arabicScript: string, threshold: number): LatinAlignment | undefined {
  const lw = joinArticles(latinWords(latin));
  let aw = arabicScript.split(/[\s\-–—/]+/u).filter((w) => lettersOf(foldName(w)).length > 0);
  if (latin.includes('&')) aw = aw.filter((w) => !AND_WORDS.has(lettersOf(foldName(w))));
  if (lw.length === 0 || aw.length === 0 || lw.length > MAX_WORDS || aw.length > MAX_WORDS) return undefined;
  const n = lw.length;
  const m = aw.length;
  const read = readerOf(latin);
  const wl = lw.map(latinWeight);
  const wa = aw.map((w) => spellingWeight(lettersOf(foldName(w))));
  const mayRead = readableGroups(lw, aw);
  const maxB = Math.max(MAX_GROUP, MAX_SPELLED_OUT);
  const [latinText, arabicText, arabicLetters] = [groupTexts(lw, MAX_GROUP, ' '), groupTexts(aw, maxB, ' '), groupTexts(aw, maxB, '')];
  const { steps, cost: total } = alignGroups(wl, wa, MAX_GROUP, maxB, (i, k, j, l) => {
    // Groups of more than two words are read only as a Latin word spelled out (below): no translation, no article moved.
    if ((k > 2 || l > 2) && (l > (k === 1 ? MAX_SPELLED_OUT : MAX_GROUP) || (k > 1 && l > 1))) return undefined;
    // Two English words translated by two (Red Crescent / الهلال الأحمر).
    // The particle of a patronymic chain in the form Arabic writes in its place (ibn / بن).
    const translated =
      k <= 2 && l <= 2
        ? (translatedWord(latinText(i, k), arabicText(j, l)) ??
          (k === 1 && l === 1
            ? (readPatronymic(elementAt(lw, i), elementAt(aw, j)) ??
              frenchPlaceAdjective(elementAt(lw, i), elementAt(aw, j)) ??
              (i > 0 && j > 0 ? placeAsNisba(elementAt(lw, i), elementAt(aw, j), false) : undefined))
            : undefined))
        : undefined;
    // "and" with the word after it against one Arabic-script word that joins و to it (and Kuwait / والكويت).
    const joined =
      k === 2 && l === 1 && !translated
        ? andJoined(lw.slice(i, i + 2), elementAt(aw, j), (x, y) => translatedWord(x, y) ?? read(x, y))
        : undefined;
    if (k === 1 && l === 1 && !translated && particlesDiffer(elementAt(lw, i), elementAt(aw, j))) return undefined;
    const x = lw.slice(i, i + k);
    const y = aw.slice(j, j + l);
    // A Latin word with letters read by their names is several Arabic-script words (MySQL / ماي إس كيو إل).
    // Two by two only where the first Latin word ends in the second's article (Sirajul Haq / سراج الحق).
    const articleMoved = k === 2 && l === 2 && endsInArticle(elementAt(x, 0), elementAt(y, 1));
    if (!translated && !articleMoved && (l > (k === 1 ? MAX_SPELLED_OUT : MAX_GROUP) || (k > 1 && l > 1))) return undefined;
    // An initial is read by its letter's name or not at all, never as a sound of the word beside it (the H of George
    // H. W. Bush is no silent h of George).
    if (k > 1 && x.some(isInitial) && !x.every(isInitial)) return undefined;
    // No reading can write a letter outside the Latin group's readable letters: spared the readers (most pairs).
    if (!translated && !joined && !mayRead(i, k, j, l)) return undefined;
    const whole = translated ?? joined ?? read(latinText(i, k), arabicLetters(j, l));
    const reading = whole && whole.score >= threshold ? whole : (romanisedReading(x, y, i + k < n && j + l < m, read) ?? whole);
    if (!reading || reading.score < threshold) return undefined;
    const sum = (weights: readonly number[], from: number, count: number): number =>
      weights.slice(from, from + count).reduce((s, w) => s + w, 0);
    const weight = Math.max(sum(wl, i, k), sum(wa, j, l));
    return { cost: (1 - reading.score) * weight, part: { latin: latinText(i, k), arabic: arabicText(j, l), reading } };
  });
  const parts: LatinPart[] = [];
  const unmatchedLatin: string[] = [];
  const unmatchedArabic: string[] = [];
  let lastMatched = false;
  let unmatchedFirst = true;
  for (const { from, to, part } of steps) {
    if (part) {
      parts.push(part);
      if ((to[0] === n && n >= m) || (to[1] === m && m >= n)) lastMatched = true;
      continue;
    }
    if (parts.length > 0) unmatchedFirst = false;
    if (from[0] < to[0]) unmatchedLatin.push(elementAt(lw, from[0]));
    else unmatchedArabic.push(elementAt(aw, from[1]));
  }
  const weight = Math.max(
    wl.reduce((s, w) => s + w, 0),
    wa.reduce((s, w) => s + w, 0),
    1,
  );
  return {
    parts,
    unmatchedLatin,
    unmatchedArabic,
    score: Math.max(0, 1 - total / weight),
    keepsLast: lastMatched,
    unmatchedFirst,
  };
}

/**
 * Whether a Latin word of a name is an initial, one capital letter (its dot is no letter of the word); not I, V or X,
 * which after a name are as often its regnal number (Gregory X), which the regnal reading weighs.
 */
export function isInitial(word: string): boolean {
  return /^[A-HJ-UWYZ]$/u.test(word);
}

/**
 * The words from `i` to `i + k` joined by `separator` (groups of at most `max` words), each made once per name
 * rather than once per pair of groups the alignment tries.
 */
function groupTexts(words: readonly string[], max: number, separator: string): (i: number, k: number) => string {
  const made: string[] = [];
  return (i, k) => (made[i * (max + 1) + k] ??= words.slice(i, i + k).join(separator));
}

/**
 * Whether some reading of Latin words `i` to `i + k` could spell Arabic-script words `j` to `j + l`: false when the
 * Arabic-script letters hold one outside the Latin group's {@link readableLetters}, a superset of every letter a
 * reading writes (readLatin, its French readings, letters read by name, a mixed reading, a final vowel added: each
 * returns undefined then). Not said for one Persian word of two parts joined by a zero-width non-joiner against two
 * Latin words: those parts are read one by one (`joinedByZwnj`), each folded on its own.
 */
function readableGroups(lw: readonly string[], aw: readonly string[]): (i: number, k: number, j: number, l: number) => boolean {
  const readable = new Map<number, ReadonlySet<string>>();
  const letters = new Map<number, string>();
  return (i, k, j, l) => {
    if (k === 2 && l === 1 && elementAt(aw, j).includes('\u200c')) return true;
    const x = i * (MAX_GROUP + 1) + k;
    let set = readable.get(x);
    if (!set) readable.set(x, (set = readableLetters(lw.slice(i, i + k).join(' '))));
    const y = j * (MAX_SPELLED_OUT + 1) + l;
    let written = letters.get(y);
    if (written === undefined) letters.set(y, (written = lettersOf(foldName(aw.slice(j, j + l).join('')))));
    for (let c = 0; c < written.length; c++) if (!set.has(written.charAt(c))) return false;
    return true;
  };
}

/**
 * Whether a Latin word ends in the article of the Arabic-script word after it, as South Asian romanisations join
 * it to the word before (Ziaul Haq-like names: ضياء الحق): -ul, -ol, or -u before a sun letter (Habibur Rahman), after a
 * consonant, or -ul and -u after the a of a word whose hamza the Latin leaves out (Ziaur Rahman / ضياء الرحمن).
 */
function endsInArticle(latin: string, nextArabic: string): boolean {
  return /(?:[^aeiou][uo]l|[^eiou]ul|[^eiou]u[dnrstz])$/iu.test(latin) && lettersOf(foldName(nextArabic)).startsWith('ال');
}

/**
 * The readings of a Latin group that the plain reader does not try: two words against one Persian word joined by a
 * zero-width non-joiner, a word in construct with the next (`inConstruct`: a word follows on both sides), and a
 * family name that joins "son of" to it (Benkirane / بن كيران). The first that reads, or undefined.
 */
function romanisedReading(
  x: readonly string[],
  y: readonly string[],
  inConstruct: boolean,
  read: (latin: string, arabic: string) => LatinReading | undefined,
): LatinReading | undefined {
  const [first, second] = [elementAt(x, 0), elementAt(y, 0)];
  if (x.length === 2 && y.length === 1) return joinedByZwnj(x, second, read);
  // بن kept apart from the name by a zero-width non-joiner, as Persian writes it (بن‌ناصر for Bennacer).
  const sonOf =
    x.length === 1 && y.length === 1 && second.includes('\u200c') ? joinedSonOf(first, second.split('\u200c'), read) : undefined;
  if (sonOf) return sonOf;
  if (x.length === 1 && y.length === 1 && inConstruct) return constructReading(first, second, read);
  if (x.length === 1 && y.length === 2) return joinedSonOf(first, y, read);
  return undefined;
}

/**
 * Two Latin words joined by a hyphen (a French compound given name, Jean-Pierre-like) against one Persian word that
 * joins them with a zero-width non-joiner (ژان‌پیر): each Latin word read against its part, so that the letters where
 * they meet are not read as one doubled consonant. Returns the reading, or undefined.
 */
function joinedByZwnj(
  latin: readonly string[],
  arabic: string,
  read: (latin: string, arabic: string) => LatinReading | undefined,
): LatinReading | undefined {
  const parts = arabic.split('\u200c').filter((p) => lettersOf(foldName(p)).length > 0);
  if (latin.length !== 2 || parts.length !== 2) return undefined;
  const first = read(elementAt(latin, 0), elementAt(parts, 0));
  const second = read(elementAt(latin, 1), elementAt(parts, 1));
  if (!first || !second) return undefined;
  const join: LatinReading['steps'][number] = {
    latin: '-',
    arabic: '\u200c',
    cost: 0,
    note: 'the hyphen of a compound given name written as Persian joins one, with a zero-width non-joiner',
  };
  return { score: Math.min(first.score, second.score), steps: [...first.steps, join, ...second.steps], how: first.how };
}

/**
 * A demonym read as the country's name or adjective (Indonesian / الإندونيسي, Iranian / ایران), and a country's
 * own name read as its adjective, as Arabic names a country's body after it (Kuwait / الكويتي in a bank's name).
 */
function demonymReading(latin: string, arabic: string): LatinReading | undefined {
  const country = demonymCountry(latin) ?? countryNamed(latin);
  return country && namesCountry(arabic, country) ? translation(latin, arabic) : undefined;
}

/**
 * A Latin word read as an Arabic-script one in a reordered name: a known place as one of its names, or as a spelling
 * its list does not hold only closely (Amur / آمور; Kuwait is کویت, not کوفه, Kufa, which `read` reads loosely); any
 * other word as `read` reads it.
 */
function placeReading(
  latin: string,
  arabic: string,
  read: (latin: string, arabic: string) => LatinReading | undefined,
): LatinReading | undefined {
  const places = lookupEntries(latin).filter((e) => e.entity.type === 'place');
  if (places.length === 0) return read(latin, arabic);
  const named = lookupEntries(arabic).some((e) => places.some((p) => p.entity.id === e.entity.id));
  const reading = read(latin, arabic);
  return named || (reading && reading.score >= CLOSE_PLACE_READING) ? reading : undefined;
}

// The ezafe that Persian writes ی after a word ending in a vowel (کالای ایران, متروی تهران, دریای خزر).
const EZAFE = /[اوآ]ی$/u;

/**
 * A Persian word that writes the ezafe ی after its final vowel (کالای, متروی), read without it by `read`, with a
 * step for the ezafe last; undefined when the word writes none or its stem does not read.
 */
function withEzafe(persian: string, read: (stem: string) => LatinReading | undefined): LatinReading | undefined {
  const word = persian.trim();
  if (!EZAFE.test(word)) return undefined;
  const reading = read(word.slice(0, -1));
  if (!reading) return undefined;
  const step = { latin: '', arabic: 'ی', cost: 0, note: 'ی the ezafe, which Persian writes after a final vowel' };
  return { ...reading, steps: [...reading.steps, step] };
}

/** Whether Latin words are the name of a known place (Bandar Abbas). */
function isPlace(latin: string): boolean {
  return lookupEntries(latin).some((e) => e.entity.type === 'place');
}

/** The country a Latin word is the name of (its gazetteer id), if any. */
function countryNamed(latin: string): string | undefined {
  return lookupEntries(latin).find((e) => e.entity.kind === 'country')?.entity.id;
}

let headForms: Map<string, ReadonlySet<string>> | undefined;

/** Each English head (its words joined) with the letters of every Arabic and Persian head of its family. */
function englishHeadForms(): Map<string, ReadonlySet<string>> {
  if (!headForms) {
    const byFamily = new Map<string, Set<string>>();
    for (const h of nameHeads()) {
      const set = byFamily.get(h.family) ?? new Set<string>();
      for (const f of [...h.ar, ...h.fa]) set.add(lettersOf(foldName(f)));
      byFamily.set(h.family, set);
    }
    headForms = new Map(englishHeads().map((h) => [h.words.join(' '), byFamily.get(h.family) ?? new Set<string>()]));
  }
  return headForms;
}

/**
 * An English generic head read as an Arabic or Persian head of its family (University / الجامعة, Airlines / شرکت
 * هوایی), for the reordered alignment: the same heads `compareLatinHeaded` translates before or after a name.
 */
function headReading(latin: string, arabic: string): LatinReading | undefined {
  const forms = englishHeadForms().get(latin.toLowerCase());
  if (!forms) return undefined;
  const letters = lettersOf(foldName(arabic));
  // A head of two words carries the article on each (الخطوط الجوية for خطوط جوية).
  const bare = arabic
    .split(/\s+/u)
    .map((w) => lettersOf(foldName(w)))
    .map((w) => (w.startsWith('ال') ? w.slice(2) : w))
    .join('');
  return forms.has(letters) || forms.has(bare) ? translation(latin, arabic) : undefined;
}

/**
 * English words, and French de and du, that a name in Arabic or Persian leaves unwritten or writes as a clitic (Cup of
 * Nations / كأس أمم, Étoile du Sahel / النجم الساحلي).
 */
const ENGLISH_GLUE = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'de', 'du']);
/** Arabic-script words that a translated name puts between its words (الجامعة الإسلامية في غزة). */
const ARABIC_GLUE = new Set(['في', 'و', 'در', 'از'].map((w) => lettersOf(foldName(w))));
/** How closely a known place's Latin name must read as a spelling its list does not hold, in a reordered name. */
const CLOSE_PLACE_READING = 0.95;
/** The most words a side of a reordered name may have: the search tries every order. */
const MAX_REORDERED = 6;

/**
 * Aligns a Latin name whose words a translation puts in another order: English writes the modifiers of a
 * compound before its head, Arabic and Persian after it (Club World Cup / كأس العالم للأندية, Tehran Stock
 * Exchange / بورس تهران, Africa Cup of Nations / كأس أمم أفريقيا). Every word of each side, short function words
 * aside, must pair with one of the other, and at least one pair must be an English word the list translates:
 * a name spelled out word by word (a person's) keeps its order. The best such pairing, or `undefined`.
 */
export function alignLatinWordsReordered(latin: string, arabicScript: string, threshold: number): LatinAlignment | undefined {
  const all = joinArticles(latinWords(latin));
  const lw = all.filter((w) => !ENGLISH_GLUE.has(w.toLowerCase()));
  // The "and" left out above may be a و joined to an Arabic-script word (Bahrain and Kuwait / البحرين والكويت).
  const and = hasAnd(all);
  // A club's "sporting" (الترجي الرياضي التونسي), which a Latin name without the word leaves out.
  const sporting = !all.some((w) => /^sport/iu.test(w));
  const aw = arabicScript.split(/[\s\-–—/]+/u).filter((w) => {
    const letters = lettersOf(foldName(w));
    return letters.length > 0 && !ARABIC_GLUE.has(letters) && !(sporting && isSportingWord(w));
  });
  if (lw.length < 2 || aw.length < 2 || lw.length > MAX_REORDERED || aw.length > MAX_REORDERED) return undefined;
  // Only a name with a word the lists translate is tried: most Latin names (people's) have none.
  const listed = (i: number, k: number): boolean => {
    const words = englishKey(lw.slice(i, i + k).join(' '));
    return englishTranslations().has(words) || englishHeadForms().has(words);
  };
  if (!lw.some((w, i) => listed(i, 1) || (i + 1 < lw.length && listed(i, 2)) || demonymCountry(w) !== undefined)) return undefined;
  const read = readerOf(latin);
  // What each unit of the Latin name (a word, or two the list translates together) reads as, per Arabic-script
  // word or two (Red Crescent / الهلال الأحمر).
  const readings = new Map<string, LatinReading | undefined>();
  const reading = (i: number, k: number, j: number, l: number): LatinReading | undefined => {
    const key = `${i},${k},${j},${l}`;
    if (!readings.has(key)) {
      const x = lw.slice(i, i + k).join(' ');
      const y = aw.slice(j, j + l).join(' ');
      // One word against one: a translation, a head, a country by its demonym, a place; a group: a translation or a
      // head, or a known place of two words (Bandar Abbas / بندرعباس).
      const plain = (u: string, v: string): LatinReading | undefined =>
        translatedWord(u, v) ??
        headReading(u, v) ??
        demonymReading(u, v) ??
        (j > 0 ? placeAsNisba(u, v) : undefined) ??
        placeReading(u, v, read);
      const single = (u: string, v: string): LatinReading | undefined => {
        const r = plain(u, v);
        return r && r.score >= threshold ? r : (withEzafe(v, (w) => plain(u, w)) ?? r);
      };
      const readOne = (u: string, v: string): LatinReading | undefined =>
        k === 1 && l === 1
          ? single(u, v)
          : (translatedWord(u, v) ?? headReading(u, v) ?? (isPlace(u) ? placeReading(u, v, read) : undefined));
      const r =
        readOne(x, y) ??
        (and && l === 1 ? andJoined(['and', x], y, readOne) : undefined) ??
        (k === 2 && l === 1 ? madeThing(lw.slice(i, i + 2), y, single) : undefined);
      readings.set(key, r && r.score >= threshold ? r : undefined);
    }
    return readings.get(key);
  };
  let best: { parts: LatinPart[]; score: number } | undefined;
  const used = new Array<boolean>(aw.length).fill(false);
  const parts: LatinPart[] = [];
  const search = (i: number, score: number): void => {
    if (i === lw.length) {
      if (used.every(Boolean) && parts.some((p) => p.reading.how === 'translation') && (!best || score > best.score))
        best = { parts: [...parts], score };
      return;
    }
    for (let k = 1; k <= 2 && i + k <= lw.length; k++) {
      for (let j = 0; j < aw.length; j++) {
        for (let l = 1; l <= 2 && j + l <= aw.length; l++) {
          if (used.slice(j, j + l).some(Boolean)) continue;
          const r = reading(i, k, j, l);
          if (!r) continue;
          for (let t = j; t < j + l; t++) used[t] = true;
          parts.push({ latin: lw.slice(i, i + k).join(' '), arabic: aw.slice(j, j + l).join(' '), reading: r });
          search(i + k, score + r.score);
          parts.pop();
          for (let t = j; t < j + l; t++) used[t] = false;
        }
      }
    }
  };
  search(0, 0);
  if (!best) return undefined;
  const found: { parts: LatinPart[]; score: number } = best;
  return {
    parts: found.parts,
    unmatchedLatin: [],
    unmatchedArabic: [],
    score: found.score / found.parts.length,
    keepsLast: true,
    unmatchedFirst: true,
  };
}
