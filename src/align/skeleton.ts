import { elementAt } from '../contract/element-at.js';
/**
 * A consonant skeleton of an Arabic-script word for spotting names and loanwords that the two languages
 * spell alike but not identically (طاجيكستان / تاجیکستان, تاسماغامبيتوف / تاسماگامبتوف). Letters that write
 * one foreign sound in either orthography share a class; vowel letters, hamza and ع are dropped; doubled
 * classes collapse. Only words with a long skeleton get one, since short skeletons collide by chance.
 */

// Class letter (as a char code) per Arabic-block code unit; 0 = dropped.
const CLASSES = new Uint8Array(0x0700);
function classOf(letters: string, cls: string): void {
  for (const l of letters) CLASSES[l.charCodeAt(0) - 0x0600] = cls.charCodeAt(0);
}
classOf('بپ', 'b');
classOf('تط', 't');
classOf('ثسص', 's');
classOf('جچژ', 'j');
classOf('حه', 'h');
classOf('خ', 'x');
classOf('د', 'd');
classOf('ذزضظ', 'z');
classOf('ر', 'r');
classOf('ش', 'c');
classOf('غگقكک', 'k');
classOf('فڤ', 'f');
classOf('ل', 'l');
classOf('م', 'm');
classOf('ن', 'n');
// ا و ي ی ى ء ع ة and the hamza carriers are vowels or glides for this purpose: dropped.

/** Minimum number of consonant classes for a skeleton to be worth comparing. */
export const MIN_SKELETON = 4;

/**
 * The skeleton of a folded word (see `normalize`), or `undefined` when it is too short to be telling.
 * The Arabic article is dropped first, so الطاجيكي and طاجيكي share a skeleton.
 */
export function skeleton(folded: string): string | undefined {
  const from = folded.length > 4 && folded.startsWith('ال') ? 2 : 0;
  // Built a character at a time: String.fromCharCode(...codes) overflows the stack on a word of 100,000 letters.
  let codes = '';
  let last = 0;
  for (let i = from; i < folded.length; i++) {
    const c = folded.charCodeAt(i) - 0x0600;
    const cls = c >= 0 && c < CLASSES.length ? elementAt(CLASSES, c) : 0;
    if (cls === 0 || cls === last) continue;
    codes += String.fromCharCode(cls);
    last = cls;
  }
  return codes.length >= MIN_SKELETON ? codes : undefined;
}
