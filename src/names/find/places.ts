// First pass: places and organisations the gazetteer knows, clitics taken off (وروسيا, للمنظمة); a word that is also an
// ordinary word (مالي, دوشنبه) is a place only where the text shows it (after في, در, پایتخت).
import { entityKey, lookupAdjective, lookupKey, longestNameFrom, withoutArticle, type GazetteerEntry } from '../gazetteer.js';
import { isLexiconWord, conceptNamesPlace } from './ordinary-words.js';
import { Finder, QUOTES, AMBIGUOUS_PLACE_KEYS, LOCATIVE } from './finder.js';
import { elementAt } from '../../contract/element-at.js';

export function findPlaces(finder: Finder): void {
  const words = finder.words;
  for (let i = 0; i < words.length; i++) {
    const w = elementAt(words, i);
    if (w.kind !== 'word' || finder.owner[i]) continue;
    const best = startsKnownName(finder, i) ? knownNameAt(finder, i) : undefined;
    if (best) {
      const entity = best.entry.entity;
      finder.add({ first: i, last: best.last, prefix: best.prefix, type: entity.type, cue: 'gazetteer', entity });
      i = best.last;
      continue;
    }
    const twoWords = finder.language === 'ar' ? adjectiveOfTwoWords(finder, i) : undefined;
    if (twoWords) {
      finder.adjective[i] = true;
      finder.adjective[i + 1] = true;
      finder.add({
        first: i,
        last: i + 1,
        prefix: twoWords.prefix,
        type: 'place',
        cue: 'adjective',
        entity: twoWords.entry.entity,
        form: 'adjective',
      });
      i++;
      continue;
    }
    const k = adjectiveStemAt(finder, i);
    if (k >= 0) {
      const { stem, prefix } = elementAt(finder.stemsAt(i), k);
      const place = lookupAdjective(stem, finder.language);
      if (place) {
        finder.adjective[i] = true;
        finder.add({ first: i, last: i, prefix, type: 'place', cue: 'adjective', entity: place.entity, form: 'adjective' });
      }
    }
  }
}

/**
 * The longest known place or organisation whose name starts at word i (a stem of it: the clitics off), if any.
 * Apart from findPlaces' loop, so that the closure here costs nothing at the words (most) where no name starts.
 */
function knownNameAt(finder: Finder, i: number): { last: number; prefix: number; entry: GazetteerEntry; length: number } | undefined {
  const words = finder.words;
  let best: { last: number; prefix: number; entry: GazetteerEntry; length: number } | undefined;
  for (const { stem, prefix } of finder.stemsAt(i)) {
    const longest = longestNameFrom(stem);
    if (longest === 0) continue;
    let key = stem;
    let last = i;
    let count = 1;
    const tryMatch = (): void => {
      const entry = lookupKey(key, finder.language)[0];
      if (
        entry &&
        (!best || count > best.length) &&
        !(count === 1 ? ambiguousPlace(finder, i, key, prefix, entry) : inPhrase(finder, i, last, entry))
      ) {
        best = { last, prefix, entry, length: count };
      }
    };
    tryMatch();
    for (let j = i + 1; j < words.length && count < longest; j++) {
      const next = elementAt(words, j);
      if (next.newLine) break;
      if (next.kind === 'punctuation' && QUOTES.has(next.char)) continue;
      if (next.kind !== 'word') break;
      key += next.key;
      last = j;
      count++;
      tryMatch();
    }
  }
  return best;
}

/** Whether a stem of word i is the first word of a known name; kept per word type, as it depends on the key alone. */
function startsKnownName(finder: Finder, i: number): boolean {
  const id = elementAt(finder.words, i).id;
  let k = finder.types.placeStart[id] ?? 0;
  if (k === 0) finder.types.placeStart[id] = k = finder.stemsAt(i).some((s) => longestNameFrom(s.stem) > 0) ? 2 : 1;
  return k === 2;
}

/** The index of word i's first stem that is a place's adjective (الروسية, تاجیکی), or -1; kept per word type. */
function adjectiveStemAt(finder: Finder, i: number): number {
  const id = elementAt(finder.words, i).id;
  let k = finder.types.adjectiveStem[id] ?? 0;
  if (k === 0) finder.types.adjectiveStem[id] = k = finder.stemsAt(i).findIndex((s) => lookupAdjective(s.stem, finder.language)) + 2;
  return k - 2;
}

/**
 * Arabic: the adjective of a country named with a point of the compass, in two words: a nisba and the point
 * (الكورية الجنوبية, الكوري الشمالي of كوريا الجنوبية, كوريا الشمالية; التيموري الشرقي), or the point and a nisba
 * (الجنوب أفريقي, جنوب سودانية of جنوب أفريقيا, جنوب السودان). The nisba alone (الكورية) names no country.
 */
function adjectiveOfTwoWords(finder: Finder, i: number): { entry: GazetteerEntry; prefix: number } | undefined {
  const next = finder.words[i + 1];
  if (!next || next.kind !== 'word' || next.newLine) return undefined;
  const here = elementAt(finder.words, i);
  // The point after the nisba (الكورية الجنوبية: كوريا + الجنوبيه), or before it (الجنوب أفريقي: جنوب + أفريقيا).
  const after = COMPASS_ADJECTIVES.get(next.key);
  if (after === undefined && !isCompassNoun(finder, i)) return undefined;
  const noun = withoutArticle(here.key) ?? here.key;
  const before = COMPASS_NOUNS.has(noun) ? noun : undefined;
  if (after === undefined && before === undefined) return undefined;
  const nisbas = before !== undefined ? [{ stem: next.key, prefix: here.key.length - noun.length }] : finder.stemsAt(i);
  for (const { stem, prefix } of nisbas) {
    const bare = withoutArticle(stem) ?? stem;
    const root = bare.replace(/(?:يه|ي)$/u, '');
    if (root === bare || root.length < 3) continue;
    for (const name of [root + 'يا', root + 'ا', root]) {
      const keys = after !== undefined ? [name + after] : [`${before}${name}`, `${before}ال${name}`];
      const entry = keys.flatMap((key) => lookupKey(key, 'ar')).find((e) => e.entity.type === 'place' && e.entity.kind === 'country');
      if (entry) return { entry, prefix };
    }
  }
  return undefined;
}

/** The points of the compass as adjectives, folded, each with the feminine form a country's name takes (الجنوبيه). */
const COMPASS_ADJECTIVES: ReadonlyMap<string, string> = new Map(
  ['الجنوبي', 'الشمالي', 'الشرقي', 'الغربي', 'الاستوائي'].flatMap((m) => [
    [m, m + 'ه'],
    [m + 'ه', m + 'ه'],
  ]),
);

/** The points of the compass as nouns that open a country's name (جنوب أفريقيا, جنوب السودان), folded. */
const COMPASS_NOUNS: ReadonlySet<string> = new Set(['جنوب', 'شمال', 'شرق', 'غرب']);

/** Whether word i, without its article, is one of {@link COMPASS_NOUNS}; kept per word type. */
function isCompassNoun(finder: Finder, i: number): boolean {
  const w = elementAt(finder.words, i);
  let k = finder.types.compassNoun[w.id] ?? 0;
  if (k === 0) finder.types.compassNoun[w.id] = k = COMPASS_NOUNS.has(withoutArticle(w.key) ?? w.key) ? 2 : 1;
  return k === 2;
}

/**
 * Whether a one-word place is here an ordinary word: a word of a lexicon phrase that is not about the place
 * (مسقط رأس, در آستانه; but رئیس‌جمهور ایران is about Iran), or a word the lexicon, the stopwords or the
 * frequent news words also hold (كيف "how", دوشنبه "Monday", مالي "financial") that no locative word or
 * clitic puts in its place (في مالي, بمالي, در دوشنبه).
 */
function ambiguousPlace(finder: Finder, i: number, key: string, prefix: number, entry: GazetteerEntry): boolean {
  if (articleLeftOut(finder, key, entry) || hamzaForMadda(finder, i, key, prefix, entry)) return true;
  const evidence = finder.lexicon[i] ?? 0;
  if (evidence === 4) return !(finder.phrases[i] ?? []).some((c) => conceptNamesPlace(c, entry.entity.id, finder.language));
  // A declined word (أسّيًّا, exponentially) is no place name.
  if (elementAt(finder.words, i).affixed) return true;
  // Persian: a nisba of a word the lexicon knows (مالی of مال, financial) is that adjective as often as a place.
  const nisba = finder.language === 'fa' && key.endsWith('ي') && key.length >= 4 && isLexiconWord(key.slice(0, -1), 'fa');
  if (
    entry.entity.type !== 'place' ||
    !(AMBIGUOUS_PLACE_KEYS.has(key) || evidence === 1 || evidence === 3 || nisba || finder.isCommon(key))
  )
    return false;
  const w = elementAt(finder.words, i);
  if (prefix > 0 && w.key.slice(0, prefix).endsWith('ب')) return false;
  const before = finder.words[i - 1];
  return !(before && before.kind === 'word' && !w.newLine && LOCATIVE.has(before.key));
}

/**
 * Arabic: a short place whose every name of these letters begins with alef madda (آمد, آمل) read in a word that begins with alef
 * and hamza (لأمد "for a period", أمل "hope"): the key folds the two, the writing does not. Only names of three
 * letters: a longer one is spelled loosely (أسيا for آسيا), a short one is a word of the language.
 */
function hamzaForMadda(finder: Finder, i: number, key: string, prefix: number, entry: GazetteerEntry): boolean {
  if (finder.language !== 'ar' || key.length > 3 || prefix > 30) return false;
  if (((elementAt(finder.words, i).hamzaAlefs >> prefix) & 1) === 0) return false;
  const spelled = entry.ar.filter((name) => entityKey(name) === key);
  return spelled.length > 0 && spelled.every((name) => name.startsWith('آ'));
}

/**
 * Arabic: a place whose name has the article (الأقصر, الجيزة) read in a word without it: أقصر is "shorter",
 * وجيزة "and short". Arabic keeps the article of such a name wherever it names the place, after a clitic too
 * (بالجيزة; للأقصر, whose stem the clitics give back with its article).
 */
function articleLeftOut(finder: Finder, key: string, entry: GazetteerEntry): boolean {
  return finder.language === 'ar' && !key.startsWith('ال') && entry.ar.every((name) => entityKey(name) !== key);
}

/**
 * Whether a place of several words stands inside a phrase of the lexicon that is not about the place (متلازمة
 * الشرق الأوسط التنفسية, a disease that Persian also calls مرس): one phrase covers its first and its last word,
 * and none names the place in every form.
 */
function inPhrase(finder: Finder, first: number, last: number, entry: GazetteerEntry): boolean {
  const shared = (finder.phrases[first] ?? []).filter((c) => (finder.phrases[last] ?? []).includes(c));
  return shared.length > 0 && !shared.some((c) => conceptNamesPlace(c, entry.entity.id, finder.language, true));
}

// ——— acronyms: (CSTO) after منظمة معاهدة الأمن الجماعي ———
