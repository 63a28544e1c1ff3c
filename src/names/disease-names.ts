// Diseases and drugs named by words of each language's own (الكوليرا / وبا, الأفيون / تریاک): two names in one row of
// the list are one disease, names in two rows two diseases, however alike they look (الجدري / جدري الماء, the Arabic
// حصبة and the Persian حصبه). A name the list does not hold is left to the letters.

import { DISEASE_ROWS } from '../lexicon/diseases.js';
import { foldName, lettersOf } from './phonetic.js';
import { different, matched, type NameMatch } from './name-match.js';
import { memoize } from '../text/memo.js';

/** One row of the list: the disease's English name, for explanations. */
interface Disease {
  readonly name: string;
}

let index: Map<string, Disease[]> | undefined;

/**
 * A name folded for the list: each word's letters, the Arabic article taken off (الحصبة الألمانية is حصبة ألمانية), the
 * words joined (Persian writes سیاه‌سرفه and سیاه سرفه). Latin letters lower-cased. Remembered: every comparison of
 * names asks it of both.
 */
const key: (name: string) => string = /* @__PURE__ */ memoize(keyOnce);

function keyOnce(name: string): string {
  const text = name.trim();
  if (/[A-Za-z]/u.test(text)) return text.toLowerCase().replace(/\s+/gu, ' ');
  return text
    .split(/\s+/u)
    .map((w) => {
      const k = lettersOf(foldName(w));
      return k.length > 3 && k.startsWith('ال') ? k.slice(2) : k;
    })
    .join('');
}

function diseases(): Map<string, Disease[]> {
  if (index) return index;
  const table = new Map<string, Disease[]>();
  for (const [en, ar, fa] of DISEASE_ROWS) {
    const disease: Disease = { name: en.split('|')[0] ?? en };
    for (const form of [...en.split('|'), ...ar.split('|'), ...fa.split('|')]) {
      const k = key(form);
      const list = table.get(k) ?? [];
      if (!list.includes(disease)) list.push(disease);
      table.set(k, list);
    }
  }
  index = table;
  return table;
}

/** Whether the list of diseases and drugs holds a name (Smallpox, الكوليرا), which it then compares by its rows. */
export function isListedDisease(name: string): boolean {
  return diseases().has(key(name));
}

/**
 * Compares two names through the list of diseases and drugs: one disease when both are its names ("الكوليرا and وبا
 * both name cholera"), two when each names another. Returns undefined when either name is not in the list.
 */
export function compareDiseases(a: string, b: string): NameMatch | undefined {
  const table = diseases();
  const da = table.get(key(a));
  const db = da && table.get(key(b));
  if (!da || !db) return undefined;
  const shared = da.find((d) => db.includes(d));
  if (shared) return matched('convention', 1, `${a.trim()} and ${b.trim()} both name ${shared.name}, each in its own words.`);
  return different(`${a.trim()} names ${da[0]?.name ?? ''} and ${b.trim()} ${db[0]?.name ?? ''}: two diseases or drugs.`);
}
