// The Arabic article of a name within Arabic: an Arabic text writes a name that has the article with it
// (الرمادي, العمارة), so the same letters without it, in Arabic, are another word or name (رمادي: grey).

import { entityKey, languageOfSpelling, lookupEntries, type GazetteerEntry } from './gazetteer.js';
import { looksForeign, nativeShape } from './arabic-roots.js';
import { different, matched, type NameMatch } from './name-match.js';
import { isGivenName, isOrdinary, tokensOf } from './name-words.js';
import { isOrdinaryWord } from './find/ordinary-words.js';
import { describeEntity } from './match-describe.js';

/**
 * Two one-word names whose letters are both Arabic (not Persian, whose spellings drop the article: رمادی), the
 * same but for the article on one side only: different, unless the bare form is one of the Arabic names a known
 * place is listed with, the place is a country or the word looks foreign, whose article Arabic writes or leaves
 * out (بيرو / البيرو), or an unknown word ends in the ي of a family name (الحوثي / حوثي). A known place whose bare
 * form is no word, given name or other place of Arabic (العريش / عريش) is the place with its article left out, as
 * headlines and clitics leave it. Returns the finding, or undefined.
 */
export function articleWithinArabic(a: string, b: string): NameMatch | undefined {
  if (languageOfSpelling(a) !== 'ar' || languageOfSpelling(b) !== 'ar') return undefined;
  const [ta, tb] = [tokensOf(a), tokensOf(b)];
  if (ta.length !== 1 || tb.length !== 1) return undefined;
  const [x, y] = [ta[0] ?? '', tb[0] ?? ''];
  const [withArticle, bare, bareWord] = x === 'ال' + y ? [a, b, y] : y === 'ال' + x ? [b, a, x] : [];
  if (!withArticle || !bare || !bareWord || bareWord.length < 3 || looksForeign([bareWord])) return undefined;
  const known = lookupEntries(withArticle);
  // A country's name is mostly foreign, and Arabic writes its article or not (البيرو, الأرجنتين).
  if (known.some((e) => e.entity.kind === 'country' || e.ar.some((n) => entityKey(n) === entityKey(bare)))) return undefined;
  if (known.length === 0 && bareWord.endsWith('ي')) return undefined;
  const place = known.length > 0 ? articleLeftOff(bare, bareWord, known) : undefined;
  if (place)
    return matched(
      'convention',
      0.95,
      `${withArticle.trim()} is ${describeEntity(place.entity)}; ${bare.trim()} leaves out its article, as a headline or a clitic does, and is no Arabic word or other name.`,
      place.entity,
    );
  const detail = isOrdinary(bare)
    ? `${bare.trim()} is an ordinary Arabic word; ${withArticle.trim()}, with the article, names something by it.`
    : `An Arabic text writes ${withArticle.trim()} with its article; ${bare.trim()}, without it, is another word or name.`;
  return different(detail, known[0] ? { entity: known[0].entity } : undefined);
}

/**
 * The known place a bare form names once its article is left off, when nothing else reads it: not a word of
 * the lexicon or the frequent vocabulary (خرطوم, a hose), not an adjective by its shape (the nisba ي of رمادي,
 * grey, for الرمادي; the comparative أفعل of أقصر, shorter, for الأقصر, and the feminine فعلاء of a colour's أفعل,
 * زرقاء, blue, for الزرقاء), not a given name (خليل) or its feminine, and no other known place or body (the bare form
 * is looked up on its own).
 */
export function articleLeftOff(bare: string, bareWord: string, known: readonly GazetteerEntry[]): GazetteerEntry | undefined {
  const place = known.find((e) => e.entity.type === 'place');
  const key = entityKey(bareWord);
  const pattern = nativeShape(key)?.pattern;
  if (!place || key.endsWith('ي') || pattern === 'افعل' || pattern === 'فعلاء') return undefined;
  // Nor the feminine of a given name or a word (ناصرة of ناصر, for الناصرة).
  const masculine = key.endsWith('ه') ? key.slice(0, -1) : undefined;
  if (isOrdinaryWord(key, 'ar') || isGivenName(bareWord) || (masculine && (isGivenName(masculine) || isOrdinaryWord(masculine, 'ar'))))
    return undefined;
  return lookupEntries(bare).every((e) => known.includes(e)) ? place : undefined;
}
