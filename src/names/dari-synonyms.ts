// Dari and Iranian Persian words for one thing in bodies' names (شفاخانه / بیمارستان): a link of two words the
// letters cannot make, named as what it is.

import { DARI_WORD_ROWS } from '../lexicon/dari-words.js';
import { entityKey } from './gazetteer.js';

interface DariWord {
  readonly english: string;
  readonly dari: boolean;
  readonly row: number;
}

let index: Map<string, DariWord[]> | undefined;

/** Folded form → the rows it is a Dari or an Iranian word of. */
function words(): Map<string, DariWord[]> {
  if (index) return index;
  const out = new Map<string, DariWord[]>();
  DARI_WORD_ROWS.forEach(([english, dari, iranian], row) => {
    for (const [forms, isDari] of [
      [dari, true],
      [iranian, false],
    ] as const) {
      for (const form of forms.split('|')) {
        const key = entityKey(form);
        out.set(key, [...(out.get(key) ?? []), { english, dari: isDari, row }]);
      }
    }
  });
  index = out;
  return out;
}

/** Whether a folded word is one of the table's Dari or Iranian words (a word of the language, not a name). */
export function isDariTableWord(key: string): boolean {
  return words().has(key);
}

/**
 * The phrase for two words of which one is the Dari and the other the Iranian word for one thing ("شفاخانه is the
 * Dari word for hospital, بیمارستان the Iranian one"), or undefined.
 */
export function dariSynonym(x: string, y: string): string | undefined {
  const [wx, wy] = [words().get(entityKey(x)) ?? [], words().get(entityKey(y)) ?? []];
  for (const a of wx) {
    const b = wy.find((w) => w.row === a.row && w.dari !== a.dari);
    if (!b) continue;
    const [dari, iranian] = a.dari ? [x, y] : [y, x];
    return `${dari} is the Dari word for ${a.english}, ${iranian} the Iranian one`;
  }
  return undefined;
}
