/**
 * The words of a name match's sentence as the two names write them. The conventions compare folded letters (ئ and ؤ
 * read as ء, ی as ي, ZWNJ left out), and a sentence built from those parts would show a reader words nobody wrote
 * (القاءد for القائد, خامنهاي for خامنه‌ای): each folded word of the sentence that is the fold of one written word of
 * the names is given back in its written form.
 */
import type { NameMatch } from './name-match.js';
import { foldName, lettersOf } from './phonetic.js';

// A run of Arabic-script letters, marks and ZWNJ: one word of the sentence (a single class, so no backtracking).
const ARABIC_WORD = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c]+/gu;

/**
 * The folded form of each written word of the names, mapped to that word; a folded form two different written words
 * share (ايران of إيران and ایران) is left out, since the sentence does not say which of the two it quotes, and so is
 * one that is itself a written word of the names (فاس beside فأس, whose fold it is).
 */
function writtenForms(a: string, b: string): Map<string, string> {
  const words = `${a} ${b}`.match(ARABIC_WORD) ?? [];
  const written = new Set(words);
  const forms = new Map<string, string | undefined>();
  for (const word of words) {
    const folded = lettersOf(foldName(word));
    if (folded.length < 2 || written.has(folded)) continue;
    const known = forms.get(folded);
    if (!forms.has(folded)) forms.set(folded, word);
    else if (known !== word) forms.set(folded, undefined);
  }
  const out = new Map<string, string>();
  for (const [folded, word] of forms) if (word !== undefined) out.set(folded, word);
  return out;
}

/**
 * A match whose sentence quotes every word of the two names as written: the same object when nothing changed.
 *
 * @param m - the match of `a` and `b`
 * @param a - the first name, as the caller gave it
 * @param b - the second name, as the caller gave it
 * @returns the match, or a copy whose `reason.detail` shows written words for folded ones
 */
export function withWrittenWords(m: NameMatch, a: string, b: string): NameMatch {
  const forms = writtenForms(a, b);
  if (forms.size === 0) return m;
  const detail = m.reason.detail.replace(ARABIC_WORD, (word) => forms.get(word) ?? word);
  return detail === m.reason.detail ? m : { ...m, reason: { ...m.reason, detail } };
}
