// The name of a dynasty after a ruler's name (شاه عباس صفوی, یعقوب لیث صفاری, الحاكم بأمر الله الفاطمي, محمود
// غزنوی): Persian and Arabic histories call a ruler by it, news and lists of names leave it out. Like a Pashtun
// tribal name after a full name, it is no part of the name a shorter spelling must keep.

import { foldName } from './phonetic.js';

/**
 * The dynasties' nisbas, as Arabic and Persian write them (the Arabic article is read off before lookup). Written
 * for the project: the caliphates, the Persian, Turkic and Mongol dynasties of Iran, Central Asia and India, and
 * the Afghan ones. Not Pahlavi, the family name the Pahlavi shahs bore (محمدرضا شاه پهلوی / محمدرضا پهلوی: the
 * family name is kept, the title left out). Family names of today that also name a dynasty (صفوی, عباسی) are
 * read so only after a name of at least two words.
 */
const NISBAS =
  'اموي اموی عباسي عباسی فاطمي فاطمی ايوبي ایوبی مملوكي مملوکی عثماني عثمانی سلجوقي سلجوقی ' +
  'طاهري طاهری صفاري صفاری ساماني سامانی غزنوي غزنوی غوري غوری بويهي بویهی خوارزمشاهي خوارزمشاهی ' +
  'ايلخاني ایلخانی تيموري تیموری گورکانی گوركاني صفوي صفوی افشار افشاري افشاری زند قاجار قاجاري قاجاری ' +
  'هوتکی هوتكي ابدالی ابدالي درانی دراني';

const KEYS: ReadonlySet<string> = new Set(NISBAS.split(' ').map((w) => foldName(w)));

/** Whether a folded name word is a dynasty's nisba, with the Arabic article or without (الفاطمي, صفوی). */
export function isDynastyNisba(word: string): boolean {
  return KEYS.has(word) || (word.startsWith('ال') && KEYS.has(word.slice(2)));
}
