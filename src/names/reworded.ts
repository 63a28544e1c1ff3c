// A known organisation named with its words in another order or one word fewer than the gazetteer lists: سازمان
// بهداشت جهانی for سازمان جهانی بهداشت (WHO), مفوضية الأمم المتحدة لشؤون اللاجئين without السامية (UNHCR),
// وكالة المخابرات المركزية without الأمريكية (CIA). Newsrooms word a body's long name freely; its words stay.

import { entityKey, lookupAdjective, lookupKey, withoutArticle, type GazetteerEntry } from './gazetteer.js';
import { describeEntity } from './match-describe.js';
import { matched, type NameMatch } from './name-match.js';

/** Words a name needs before one of its listed name's words may be missing from it (الاتحاد الأوروبي is no EBU). */
const MIN_WORDS_WITH_ONE_LEFT_OUT = 3;

/** The words of a name, folded, without the Arabic article or a proclitic before it (للأمم, والمتحدة → امم, متحده). */
function contentWords(name: string): string[] {
  return name
    .split(/[\s\u200c]+/u)
    .map((w) => entityKey(w))
    .map((w) => w.replace(/^و(?=ال|لل)/u, '').replace(/^(?:ال|لل|بال|كال|فال)(?=..)/u, ''))
    .filter((w) => w.length > 0);
}

/** Whether every word of `some` is among `all` (each word counted once). */
function within(some: readonly string[], all: readonly string[]): boolean {
  const left = [...all];
  for (const w of some) {
    const at = left.indexOf(w);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/**
 * Matches a name against the listed names of a known organisation by its words, whatever their order, one word of
 * a listed name of three or more allowed to be left out. Returns the match, or undefined.
 */
export function matchReworded(name: string, entry: GazetteerEntry): NameMatch | undefined {
  if (entry.entity.type !== 'organization') return undefined;
  const words = contentWords(name);
  if (words.length < 2) return undefined;
  for (const listed of [...entry.ar, ...entry.fa]) {
    const its = contentWords(listed);
    const same = its.length === words.length && within(words, its);
    const fewer =
      its.length === words.length + 1 && words.length >= MIN_WORDS_WITH_ONE_LEFT_OUT && within(words, its) && mayLeaveOut(words, listed);
    if (!same && !fewer) continue;
    const how = same ? 'the same words in another order' : `its words, with one left out (${listedLeftOut(words, listed)})`;
    return matched(
      'convention',
      1,
      `${name.trim()} names ${describeEntity(entry.entity)} by ${how}: its list has ${listed}.`,
      entry.entity,
    );
  }
  return undefined;
}

/**
 * Whether the word a name leaves out of a listed one says nothing the rest does not: a word inside the name
 * (السامية, التابع) or a place's adjective or name at its end (الأمريكية), but not a last word that tells the
 * body from its siblings (برنامج الأمم المتحدة الإنمائي is one programme of many).
 */
function mayLeaveOut(words: readonly string[], listed: string): boolean {
  const out = listedLeftOut(words, listed);
  const all = listed.split(/\s+/u);
  if (out !== all[all.length - 1]) return true;
  const key = entityKey(out);
  const bare = withoutArticle(key) ?? key;
  return [key, bare].some((k) => lookupAdjective(k) !== undefined || lookupKey(k).length > 0);
}

/** The word of a listed name that the name leaves out, as the list writes it. */
function listedLeftOut(words: readonly string[], listed: string): string {
  const left = [...words];
  for (const w of listed.split(/\s+/u)) {
    const at = left.indexOf(contentWords(w)[0] ?? '');
    if (at < 0) return w;
    left.splice(at, 1);
  }
  return '';
}
