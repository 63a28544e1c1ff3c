// A spelling read against a place or organisation the gazetteer knows: its nearest listed spelling, when close
// enough, and never an ordinary word that happens to look like it.

import type { GazetteerEntry } from './gazetteer.js';
import type { NameMatch } from './name-match.js';
import { skeletonSize, foldName } from './phonetic.js';
import { VOWEL_COSTS } from './orthography.js';
import { maySoundAlike } from './sound-classes.js';
import { compareSpellings } from './spellings.js';
import { splitHead } from './translated.js';

// How closely an unknown spelling must match a spelling of a known place or organisation: their names are
// kept in full, so a spelling of one is close to one of them.
export const KNOWN_THRESHOLD = 0.85;
export function bestSpelling(name: string, entry: GazetteerEntry, threshold: number): NameMatch | undefined {
  let best: NameMatch | undefined;
  for (const [spelling, headed] of spellingsOf(entry)) {
    // A spelling this close to a known name shares most of its consonant sounds: the count spares the letter
    // alignment for the many names that have nothing to do with the entry.
    if (!maySoundAlike(name, spelling, true)) continue;
    const m = compareSpellings(name, spelling, Math.max(threshold, KNOWN_THRESHOLD));
    if (!m.same || m.reason.kind === 'partial' || anotherWord(m) || (best && m.score <= best.score)) continue;
    // A name its list gives only with a head (شهر بال): the match says so, since the letters alone say nothing.
    best =
      headed && m.reason.kind === 'identical'
        ? {
            ...m,
            reason: {
              ...m.reason,
              kind: 'convention',
              detail: `Its list names it ${headed}, with its head; ${name.trim()} is that name without it.`,
            },
          }
        : m;
  }
  return best;
}
/**
 * The Arabic-script names of an entry, and those a city's or province's head opens without it: a place whose bare
 * name is also a word (مدينة ليل, the word night) or another place's (شهر ایلام, the province) is listed with its
 * head, and a text that names it in Latin letters (Lille, Ilam) may be set against the bare name.
 */

export function spellingsOf(entry: GazetteerEntry): (readonly [spelling: string, headed?: string])[] {
  const names = [...entry.ar, ...entry.fa];
  const out: (readonly [string, string?])[] = names.map((n) => [n]);
  for (const name of names) {
    const { head, rest } = splitHead(name);
    if (head?.role === 'admin' && rest && !names.includes(rest) && !out.some(([s]) => s === rest)) out.push([rest, name]);
  }
  return out;
}
/**
 * Whether a spelling differs from a known name as another word does: a vowel letter, ه, ة or ع added or
 * dropped at the end (كوبا / كوب, حماس / حماسه, قطر / قطار has one inside), or any vowel letter in a name of
 * three consonants or fewer (قم / قوم, باريس / بوريس). Transliterations of a known name change consonants.
 */

export function anotherWord(m: NameMatch): boolean {
  return m.reason.parts.some((p) => {
    const steps = p.alignment.steps.filter((st) => st.kind !== 'same' && !(st.kind === 'extra' && (st.a || st.b) === 'ال'));
    const last = p.alignment.steps[p.alignment.steps.length - 1];
    const endChanged = !!last && (last.kind === 'extra' || (last.kind === 'vowel' && last.cost > VOWEL_COSTS.finalAlef));
    const short = Math.max(skeletonSize(foldName(p.a).replace(/ /gu, '')), skeletonSize(foldName(p.b).replace(/ /gu, ''))) <= 3;
    return endChanged || (short && steps.some((st) => st.kind === 'extra' || st.kind === 'vowel'));
  });
}
