// A country's army named as its army or as its armed forces, with the country's name or adjective after the head
// (الجيش السوداني / القوات المسلحة السودانية / ارتش سودان): one body. Only the head and the country: a word more names
// another force (الجيش السوري الحر, the Free Syrian Army), and an army's head alone names no one.

import { lookupCountry } from './gazetteer.js';
import { foldWords } from './phonetic.js';
import type { NameMatch } from './name-match.js';
import { memoize } from '../text/memo.js';

/** The heads of a country's army and of its armed forces, in Arabic and Persian (Dari اردو), folded. */
const ARMY_HEADS: ReadonlySet<string> = new Set(
  ['الجيش', 'جيش', 'ارتش', 'اردوی', 'اردو', 'القوات المسلحة', 'قوات مسلحة', 'نیروهای مسلح'].map((w) => foldWords(w)),
);

/**
 * Countries whose armed forces hold a second force beside the army, which news keeps apart from it: Iran's are the
 * army (ارتش) and the Revolutionary Guards (سپاه), so نیروهای مسلح ایران is not ارتش ایران. Their army is matched only
 * as its army.
 */
const ARMY_AND_GUARDS: ReadonlySet<string> = new Set(['IR']);

/** The heads of the armed forces, which such a country's army is not. */
const ARMED_FORCES: ReadonlySet<string> = new Set(['القوات المسلحة', 'قوات مسلحة', 'نیروهای مسلح'].map((w) => foldWords(w)));

/**
 * The head and the country of a name that is a head of an army and a country alone, or undefined. Remembered: every
 * comparison of names asks it.
 */
const nationalArmy: (name: string) => NationalArmy | undefined = /* @__PURE__ */ memoize(nationalArmyOnce);

/** A country's army as a name writes it: its head (army or armed forces) as written, and the country. */
interface NationalArmy {
  readonly head: string;
  readonly country: string;
  readonly countryName: string;
}

function nationalArmyOnce(name: string): NationalArmy | undefined {
  const words = name.trim().split(/\s+/u);
  for (const n of [1, 2]) {
    const head = words.slice(0, n).join(' ');
    if (words.length <= n || !ARMY_HEADS.has(foldWords(head))) continue;
    const country = lookupCountry(words.slice(n).join(' '));
    if (country) return { head, country: country.entity.id, countryName: country.entity.name };
  }
  return undefined;
}

/**
 * Two names of a country's army, each its head (army or armed forces) and the same country's name or adjective
 * (الجيش الأردني / القوات المسلحة الأردنية, الجيش الإيراني / ارتش ایران). Returns the match, or undefined.
 */
export function matchNationalArmy(a: string, b: string): NameMatch | undefined {
  const x = nationalArmy(a);
  const y = x && nationalArmy(b);
  if (!x || !y || x.country !== y.country) return undefined;
  if (ARMY_AND_GUARDS.has(x.country) && ARMED_FORCES.has(foldWords(x.head)) !== ARMED_FORCES.has(foldWords(y.head))) return undefined;
  const detail = `Both name the army of ${x.countryName}, as its army or its armed forces (${x.head} / ${y.head}), with the country's name or adjective.`;
  return { same: true, score: 0.95, reason: { kind: 'convention', detail, parts: [], unmatched: { a: [], b: [] }, differences: [] } };
}
