import { NATIVE_NAMES, NATIVE_VARIANTS } from '../lexicon/given-names.js';
import { foldName, lettersOf } from './phonetic.js';
import { elementAt } from '../contract/element-at.js';

// Folded native name → the id of its variant group (its own spelling when it has no variants).
let groups: Map<string, string> | undefined;

function index(): Map<string, string> {
  if (groups) return groups;
  const map = new Map<string, string>();
  for (const name of NATIVE_NAMES.split(' ')) {
    const key = lettersOf(foldName(name));
    if (key) map.set(key, key);
  }
  for (const variants of NATIVE_VARIANTS) {
    const keys = variants.map((v) => lettersOf(foldName(v)));
    const id = elementAt(keys, 0);
    for (const k of keys) map.set(k, id);
  }
  groups = map;
  return map;
}

/**
 * Whether two folded single names are two different native (Arabic or Persian) names, which both
 * languages spell one way: محمد and محمود are, رحمن and رحمان are not (one name, two spellings).
 */
export function areDifferentNativeNames(a: string, b: string): boolean {
  if (a === b) return false;
  const map = index();
  const ga = map.get(a) ?? map.get(bare(a));
  const gb = map.get(b) ?? map.get(bare(b));
  return ga !== undefined && gb !== undefined && ga !== gb;
}

/** Whether two folded names are listed as one native name written two ways (رحمن / رحمان). */
export function areVariantNativeNames(a: string, b: string): boolean {
  const map = index();
  const ga = map.get(a) ?? map.get(bare(a));
  return ga !== undefined && ga === (map.get(b) ?? map.get(bare(b)));
}

/** A folded name without the Arabic article (الحسن → حسن), for names that take it. */
function bare(word: string): string {
  return word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
}

/** Whether a folded single word is a known native (Arabic or Persian) name, spelled one way in both languages. */
export function isNativeName(word: string): boolean {
  return index().has(word) || index().has(bare(word));
}

/** The folded native names that open with a letter, each with its variant group, built on first use (see {@link closerNativeNames}). */
let byFirst: Map<string, [name: string, group: string][]> | undefined;

/**
 * The folded native names other than `word`'s own, and not its variants, that open with the same letter: the names a
 * spelling of `word` may be confused with (حسن, حسين; محمد, محمود).
 */
export function closerNativeNames(word: string): readonly string[] {
  const map = index();
  const own = map.get(word) ?? map.get(bare(word));
  if (own === undefined) return [];
  if (!byFirst) {
    byFirst = new Map();
    for (const [name, group] of map) {
      const list = byFirst.get(name.charAt(0)) ?? [];
      list.push([name, group]);
      byFirst.set(name.charAt(0), list);
    }
  }
  const key = map.has(word) ? word : bare(word);
  return (byFirst.get(key.charAt(0)) ?? []).filter(([, group]) => group !== own).map(([name]) => name);
}
