import { foldName, lettersOf, spellingWeight } from './phonetic.js';
import { foldLatin, readLatin, readLatinFrench, type LatinReading } from './latin.js';
import { latinWords } from './latin-words.js';
import { looksFrench } from './latin-words.js';
import { elementAt } from '../contract/element-at.js';

/** A group of Latin words read as a group of Arabic-script words. */
export interface LatinPart {
  readonly latin: string;
  readonly arabic: string;
  readonly reading: LatinReading;
}

/** How the words of a Latin name line up with those of an Arabic-script name. */
export interface LatinAlignment {
  readonly parts: readonly LatinPart[];
  readonly unmatchedLatin: readonly string[];
  readonly unmatchedArabic: readonly string[];
  /** 1 − cost ÷ weight, over the whole names. */
  readonly score: number;
  /** Whether the last word of the longer name has a counterpart (a surname kept). */
  readonly keepsLast: boolean;
}

const MAX_GROUP = 3;
const MAX_SPELLED_OUT = 5;
const MAX_WORDS = 10;
// Words for "and" that an Arabic-script name writes where the Latin has '&' (Johnson & Johnson / جونسون آند جونسون).
const AND_WORDS = new Set(['اند', 'آند', 'و', 'أند'].map((w) => lettersOf(foldName(w))));

function latinWeight(word: string): number {
  let w = 0;
  for (const c of foldLatin(word)) w += 'aeiouy'.includes(c) ? 0.5 : 1;
  return Math.max(w, 0.5);
}

/**
 * Aligns the words of a Latin name with those of an Arabic-script name, in order, letting up to three
 * words on either side be one on the other (TikTok / تيك توك, Sao Paulo / سائوپائولو).
 */
export function alignLatinWords(latin: string, arabicScript: string, threshold: number): LatinAlignment | undefined {
  const lw = latinWords(latin);
  let aw = arabicScript.split(/[\s\-–—/]+/u).filter((w) => lettersOf(foldName(w)).length > 0);
  if (latin.includes('&')) aw = aw.filter((w) => !AND_WORDS.has(lettersOf(foldName(w))));
  if (lw.length === 0 || aw.length === 0 || lw.length > MAX_WORDS || aw.length > MAX_WORDS) return undefined;
  const n = lw.length;
  const m = aw.length;
  const read = looksFrench(latin) ? readLatinFrench : readLatin;
  const wl = lw.map(latinWeight);
  const wa = aw.map((w) => spellingWeight(lettersOf(foldName(w))));
  type Cell = { cost: number; from: [number, number]; part?: LatinPart };
  const table: (Cell | undefined)[][] = Array.from({ length: n + 1 }, () => new Array<Cell | undefined>(m + 1));
  (table[0] as (Cell | undefined)[])[0] = { cost: 0, from: [0, 0] };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = table[i]?.[j];
      if (!here) continue;
      const offer = (ti: number, tj: number, cost: number, part?: LatinPart): void => {
        const row = table[ti] as (Cell | undefined)[];
        const known = row[tj];
        if (!known || cost < known.cost) row[tj] = part ? { cost, from: [i, j], part } : { cost, from: [i, j] };
      };
      if (i < n) offer(i + 1, j, here.cost + elementAt(wl, i));
      if (j < m) offer(i, j + 1, here.cost + elementAt(wa, j));
      for (let k = 1; k <= MAX_GROUP && i + k <= n; k++) {
        // A Latin word with letters read by their names is several Arabic-script words (MySQL / ماي إس كيو إل).
        for (let l = 1; l <= (k === 1 ? MAX_SPELLED_OUT : MAX_GROUP) && j + l <= m; l++) {
          if (k > 1 && l > 1) continue;
          const x = lw.slice(i, i + k);
          const y = aw.slice(j, j + l);
          const reading = read(x.join(' '), y.join(''));
          if (!reading || reading.score < threshold) continue;
          const weight = Math.max(
            x.reduce((s, w) => s + latinWeight(w), 0),
            y.reduce((s, w) => s + spellingWeight(lettersOf(foldName(w))), 0),
          );
          offer(i + k, j + l, here.cost + (1 - reading.score) * weight, { latin: x.join(' '), arabic: y.join(' '), reading });
        }
      }
    }
  }
  const parts: LatinPart[] = [];
  const unmatchedLatin: string[] = [];
  const unmatchedArabic: string[] = [];
  let i = n;
  let j = m;
  let lastMatched = false;
  const total = table[n]?.[m]?.cost ?? Infinity;
  while (i > 0 || j > 0) {
    const cell = table[i]?.[j] as Cell;
    const [pi, pj] = cell.from;
    if (cell.part) {
      parts.push(cell.part);
      if ((i === n && n >= m) || (j === m && m >= n)) lastMatched = true;
    } else if (pi < i) unmatchedLatin.push(elementAt(lw, pi));
    else unmatchedArabic.push(elementAt(aw, pj));
    i = pi;
    j = pj;
  }
  const weight = Math.max(
    wl.reduce((s, w) => s + w, 0),
    wa.reduce((s, w) => s + w, 0),
    1,
  );
  return {
    parts: parts.reverse(),
    unmatchedLatin: unmatchedLatin.reverse(),
    unmatchedArabic: unmatchedArabic.reverse(),
    score: Math.max(0, 1 - total / weight),
    keepsLast: lastMatched,
  };
}
