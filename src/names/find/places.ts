// First pass: places and organisations the gazetteer knows, clitics taken off (وروسيا, للمنظمة); a word that is also an
// ordinary word (مالي, دوشنبه) is a place only where the text shows it (after في, در, پایتخت).
import { lookupAdjective,lookupKey,longestNameFrom,type GazetteerEntry } from '../gazetteer.js';
import { isLexiconWord,conceptNamesPlace } from './ordinary-words.js';
import { Finder,type Word,QUOTES,AMBIGUOUS_PLACE_KEYS,LOCATIVE } from './finder.js';

export function findPlaces(finder: Finder): void {
  const words = finder.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (w.kind !== 'word' || finder.owner[i]) continue;
    let best: { last: number; prefix: number; entry: GazetteerEntry; length: number } | undefined;
    for (const { stem, prefix } of finder.stems(w.key)) {
      const longest = longestNameFrom(stem);
      if (longest === 0) continue;
      let key = stem;
      let last = i;
      let count = 1;
      const tryMatch = (): void => {
        const entry = lookupKey(key, finder.language)[0];
        if (entry && (!best || count > best.length) && !(count === 1 && ambiguousPlace(finder, i, key, prefix, entry))) {
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
      finder.add({ first: i, last: best.last, prefix: best.prefix, type: entity.type, cue: 'gazetteer', entity });
      i = best.last;
      continue;
    }
    for (const { stem, prefix } of finder.stems(w.key)) {
      const place = lookupAdjective(stem, finder.language);
      if (place) {
        finder.adjective[i] = true;
        finder.add({ first: i, last: i, prefix, type: 'place', cue: 'adjective', entity: place.entity, form: 'adjective' });
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
function ambiguousPlace(finder: Finder, i: number, key: string, prefix: number, entry: GazetteerEntry): boolean {
  const evidence = finder.lexicon[i] ?? 0;
  if (evidence === 4) return !(finder.phrases[i] ?? []).some((c) => conceptNamesPlace(c, entry.entity.id, finder.language));
  // A declined word (أسّيًّا, exponentially) is no place name.
  if ((finder.words[i] as Word).affixed) return true;
  // Persian: a nisba of a word the lexicon knows (مالی of مال, financial) is that adjective as often as a place.
  const nisba = finder.language === 'fa' && key.endsWith('ي') && key.length >= 4 && isLexiconWord(key.slice(0, -1), 'fa');
  if (entry.entity.type !== 'place' || !(AMBIGUOUS_PLACE_KEYS.has(key) || evidence === 1 || evidence === 3 || nisba || finder.isCommon(key))) return false;
  const w = finder.words[i] as Word;
  if (prefix > 0 && w.key.slice(0, prefix).endsWith('ب')) return false;
  const before = finder.words[i - 1];
  return !(before && before.kind === 'word' && !w.newLine && LOCATIVE.has(before.key));
}

// ——— acronyms: (CSTO) after منظمة معاهدة الأمن الجماعي ———
