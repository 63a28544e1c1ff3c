// An Arab town's name carries the Arabic article (الزرقاء, العقبة, الرمادي): Arabic writes it so, and Persian drops
// it (زرقا, عقبه, رمادی). The same letters without the article, written as Arabic, are a word of the language
// (زرقاء, blue; عقبة, an obstacle; رمادي, grey) or a given name (خليل), not the town; only a form that is no word
// or other name is the town with its article left off, as a headline leaves it (see arabic-article.ts).

import { entityKey, languageOfSpelling, lookupEntity } from './gazetteer.js';
import { different, type NameMatch } from './name-match.js';
import { tokensOf } from './name-words.js';
import { describeEntity } from './match-describe.js';
import { articleLeftOff } from './arabic-article.js';

/**
 * A match of a Latin name with a known place, not a country (whose article Arabic writes or not: بيرو / البيرو), that
 * every Arabic name of the place writes with the article, where the Arabic-script name is one word without it and no
 * listed name of the place: written as Arabic (its letters say so), or in letters of both languages but not as the
 * place's Persian names write it (زرقاء, where Persian writes زرقا), and which reads as a word, a given name or
 * another place. The finding, or undefined.
 */
export function articleLeftOutOfPlace(m: NameMatch, arabicScript: string): NameMatch | undefined {
  const entity = m.reason.entity;
  if (!m.same || entity?.type !== 'place' || entity.kind === 'country') return undefined;
  const words = tokensOf(arabicScript);
  const word = words[0];
  if (words.length !== 1 || !word || word.startsWith('ال')) return undefined;
  const place = lookupEntity(entity.name, entity.id);
  if (!place || place.ar.length === 0 || !place.ar.every((n) => entityKey(n).startsWith('ال'))) return undefined;
  const key = entityKey(arabicScript);
  const language = languageOfSpelling(arabicScript);
  const listed = (names: readonly string[]): boolean => names.some((n) => entityKey(n) === key);
  if (language === 'fa' || listed(place.ar) || (language === undefined && listed(place.fa))) return undefined;
  // A form that nothing else reads is the place with its article left off, as a headline or a clitic leaves it.
  if (articleLeftOff(arabicScript, word, [place])) return undefined;
  return different(
    `${describeEntity(entity)} is ${place.ar[0] ?? ''} in Arabic, with the article; ${arabicScript.trim()}, Arabic without it, is another word or name.`,
    { entity },
  );
}
