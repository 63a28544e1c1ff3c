// Diseases and drugs named by words of each language's own (الكوليرا / وبا, الأفيون / تریاک): two names in one row of
// the list are one disease, names in two rows two diseases, however alike they look (الجدري / جدري الماء, the Arabic
// حصبة and the Persian حصبه). A name the list does not hold is left to the letters.

import { DISEASE_ROWS } from '../lexicon/diseases.js';
import { INFECTIOUS_DISEASE_ROWS } from '../lexicon/diseases-infectious.js';
import { CHRONIC_DISEASE_ROWS } from '../lexicon/diseases-chronic.js';
import { PATHOGEN_ROWS } from '../lexicon/pathogens.js';
import { foldName, lettersOf } from './phonetic.js';
import { different, matched, type NameMatch } from './name-match.js';
import { memoize } from '../text/memo.js';
import { westernDigits } from '../text/chars.js';

/** One row of the list: the disease's English name and the row's reason, for explanations. */
interface Disease {
  readonly name: string;
  readonly reason: string;
}

let index: Map<string, Disease[]> | undefined;

/**
 * A name folded for the list. Latin: lower-cased, a hyphen a space, a possessive or a closing apostrophe dropped
 * (Legionnaires' disease, Alzheimer's), and the British ae and oe written e as American spelling does (haemorrhagic,
 * anaemia, diarrhoea). Arabic script: each word's letters and digits, the Arabic article taken off (الحصبة الألمانية is
 * حصبة ألمانية), also after the conjunction و on a later word (حمى القرم والكونغو), the words joined (Persian writes
 * سیاه‌سرفه and سیاه سرفه). Digits are kept: type 1 and type 2 diabetes are two diseases. Remembered: every comparison
 * of names asks it of both.
 */
const key: (name: string) => string = /* @__PURE__ */ memoize(keyOnce);

function keyOnce(name: string): string {
  const text = name.trim();
  if (/[A-Za-z]/u.test(text))
    return text
      .toLowerCase()
      .replace(/[’‘]/gu, "'")
      .replace(/'s\b|'(?=\s|$)/gu, '')
      .replace(/[\s\-\u2010\u2013]+/gu, ' ')
      .replace(/ae|oe/gu, 'e');
  return text
    .split(/[\s\-\u2010\u2013]+/u)
    .map((w, i) => {
      const k = lettersOf(foldName(w));
      const word = k.length > 3 && k.startsWith('ال') ? k.slice(2) : i > 0 && k.length > 4 && k.startsWith('وال') ? k.slice(3) : k;
      return word + westernDigits(w).replace(/[^0-9]/gu, '');
    })
    .join('');
}

function diseases(): Map<string, Disease[]> {
  if (index) return index;
  const table = new Map<string, Disease[]>();
  for (const [en, ar, fa, reason] of [...DISEASE_ROWS, ...INFECTIOUS_DISEASE_ROWS, ...CHRONIC_DISEASE_ROWS, ...PATHOGEN_ROWS]) {
    const disease: Disease = { name: en.split('|')[0] ?? en, reason };
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
 * both name cholera", with the row's reason), two when each names another. Returns undefined when either name is not
 * in the list, or both fold alike (the letters say how they differ: إيبولا / ايبولا; see {@link diseaseFoldedAlike}).
 */
export function compareDiseases(a: string, b: string): NameMatch | undefined {
  return key(a) === key(b) ? undefined : throughList(a, b);
}

/**
 * Two names that fold alike and name one disease of the list, for when the letters refuse them (الإيدز / ایدز, the
 * Persian word read as an ordinary word); undefined otherwise.
 */
export function diseaseFoldedAlike(a: string, b: string): NameMatch | undefined {
  if (key(a) !== key(b)) return undefined;
  const m = throughList(a, b);
  return m?.same ? m : undefined;
}

function throughList(a: string, b: string): NameMatch | undefined {
  const table = diseases();
  const da = table.get(key(a));
  const db = da && table.get(key(b));
  if (!da || !db) return undefined;
  const shared = da.find((d) => db.includes(d));
  if (shared) return matched('convention', 1, `${a.trim()} and ${b.trim()} both name ${shared.name}; ${shared.reason}.`);
  return different(`${a.trim()} names ${da[0]?.name ?? ''} and ${b.trim()} ${db[0]?.name ?? ''}: two diseases or drugs.`);
}
