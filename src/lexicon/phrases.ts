import { foldText } from '../text/normalize.js';
import { cutTokens } from '../text/tokens.js';
import { elementAt } from '../contract/element-at.js';

/** A phrase found at a position of a word list. */
export interface PhraseMatch<T> {
  readonly value: T;
  /** Index one past the phrase's last word. */
  readonly end: number;
  /** Length of the clitic (و, ب, ل, ف, وب …) glued to the phrase's first word, which is not part of the phrase. */
  readonly clitic: number;
}

interface Entry<T> {
  readonly rest: readonly string[];
  readonly value: T;
  readonly clitic: number;
}

function entryOrder<T>(a: Entry<T>, b: Entry<T>): number {
  return b.rest.length - a.rest.length || a.clitic - b.clitic;
}

/** Words as the extractors see them: the tokens of `normalize`d text. */
export function phraseWords(phrase: string): string[] {
  return cutTokens(foldText(phrase)).map((t) => t.text);
}

/**
 * Phrases of one or more words (كانون الثاني, ه.ش, أكثر من) looked up at a position of a word list.
 * Phrases are written in their ordinary spelling and folded on the way in, so they match `normalize`d
 * text; for Arabic, the proclitics و ف ب ل (and their pairs) are accepted on the first word.
 */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  constructor(private readonly clitics: readonly string[] = []) {}

  add(phrase: string, value: T): this {
    const words = phraseWords(phrase);
    const first = words[0];
    if (first === undefined) return this;
    const rest = words.slice(1);
    this.put(first, { rest, value, clitic: 0 });
    if (first.length >= 2) {
      for (const c of this.clitics) {
        // ل before the article drops the alef: ل + العام → للعام.
        const glued = c.endsWith('ل') && first.startsWith('ال') ? c + first.slice(1) : c + first;
        this.put(glued, { rest, value, clitic: c.length });
      }
    }
    return this;
  }

  private put(first: string, entry: Entry<T>): void {
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    // Longest first, and a word as written before the same word read with a clitic; among equals, in the order
    // added (what a stable sort after each push gives, without sorting the list again at every phrase).
    let at = list.length;
    while (at > 0 && entryOrder(elementAt(list, at - 1), entry) > 0) at--;
    list.splice(at, 0, entry);
  }

  /** Whether any phrase (with or without a clitic) starts with this word. */
  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** The longest phrase at `words[i]` whose value `accept` takes (any, when absent). */
  match(words: readonly string[], i: number, accept?: (value: T) => boolean): PhraseMatch<T> | undefined {
    const list = this.byFirst.get(words[i] ?? '');
    if (!list) return undefined;
    for (const e of list) {
      if (accept && !accept(e.value)) continue;
      let k = 0;
      while (k < e.rest.length && words[i + 1 + k] === e.rest[k]) k++;
      if (k === e.rest.length) return { value: e.value, end: i + 1 + k, clitic: e.clitic };
    }
    return undefined;
  }
}

/** The proclitics an Arabic word may carry before a date or number word: and, so, with/in, for. */
export const ARABIC_CLITICS: readonly string[] = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];
