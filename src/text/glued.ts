/**
 * Words that lost the space between them. Text copied from the web often runs two words together (فييوليو for
 * في يوليو, ثلاثمرات for ثلاث مرات, أجلالولايات for أجل الولايات): a reader that looks for a word finds none,
 * and a comparison would report the fact as left out. Only a caller that knows the vocabulary can tell a run
 * of two words from one word, so the split is theirs to accept.
 */

/** A word this long (letters) is several that lost their spaces (الصينوروسيابشأن, غادربيونغيانغفييوليو). */
export const RUN_TOGETHER_LETTERS = 14;

/** The fewest letters of a name looked for inside a word run together with others: shorter ones hide in words. */
export const MIN_GLUED_NAME = 5;

/** The shortest part a split may leave on either side, in UTF-16 code units. */
const MIN_PART = 2;

/**
 * The first way to cut a word in two that `accept` takes (both parts at least two code units long), as
 * `[head, tail]`, or `undefined` when none does. The cuts are tried from the shortest head: with a predicate that
 * takes في and يوليو, فييوليو gives `['في', 'يوليو']`.
 */
export function splitGlued(word: string, accept: (head: string, tail: string) => boolean): [string, string] | undefined {
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (accept(head, tail)) return [head, tail];
  }
  return undefined;
}
