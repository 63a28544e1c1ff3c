// A dynasty named two ways: Arabic names it as a state, a house or an empire of its nisba (الدولة الطولونية, السلالة
// الحمدانية) or by the nisba's plural (الطولونيون), Persian by the nisba's plural in -ان (طولونیان), by its noun in -یه
// (صفویه) or with a head before the nisba (دودمان طولونی, خلافت عباسی). The nisba is the house's name either way.

import { foldName, lettersOf } from './phonetic.js';
import { isDynastyNisba } from './dynasty-nisba.js';
import { entityKey, lookupAdjective, lookupEntries } from './gazetteer.js';
import { isCommonWord } from './vocabulary.js';

// Heads that name a dynasty's state before its nisba, folded: the state, the dynasty, the family, the empire, the
// caliphate, the sultanate, the emirate in Arabic, and their Persian words. Not دولت or دولة without the article:
// Devlet is a Turkish given name (دولت باغچلی), which a family name in -ی follows.
const HEADS: ReadonlySet<string> = new Set(
  (
    'الدولة السلالة سلالة الأسرة أسرة الإمبراطورية إمبراطورية الخلافة خلافة السلطنة سلطنة الإمارة إمارة ' +
    'سلسله دودمان خاندان امپراتوری شاهنشاهی خلافت سلطنت امارت'
  )
    .split(' ')
    .map(fold),
);
// The shortest nisba read so, its ي included (زندي): shorter ones are too often words.
const MIN_NISBA = 4;

/** How a name says a dynasty: with a head before the nisba, or the nisba alone in a plural or a noun. */
export interface DynastyForm {
  /** The house's nisba, folded, ending in ي (طولوني). */
  readonly nisba: string;
  /** The head before it (الدولة, دودمان), as written, when there is one. */
  readonly head?: string;
  /** How the name says the house: a head before the nisba, the nisba's plural, or its noun in -یه. */
  readonly form: 'headed' | 'plural' | 'noun';
}

function fold(word: string): string {
  return lettersOf(foldName(word));
}

/**
 * The dynasty a name says by its house's nisba, or undefined: a head and a nisba (الدولة الطولونية, دودمان طولونی), or
 * one word, the nisba's plural (الطولونيون, طولونیان) or its noun in -یه (صفویه).
 */
export function dynastyForm(name: string): DynastyForm | undefined {
  const words = name.trim().split(/\s+/u);
  const last = fold(words[words.length - 1] ?? '');
  if (words.length === 2) {
    const head = words[0] ?? '';
    if (!HEADS.has(fold(head))) return undefined;
    // Arabic: the nisba with the article, in the feminine (الطولونية); Persian: the nisba itself (طولونی).
    const arabic = last.startsWith('ال') && /ي[ةه]$/u.test(last) ? last.slice(2, -1) : undefined;
    const nisba = arabic ?? (last.endsWith('ي') && !last.startsWith('ال') ? last : undefined);
    return nisba && nisba.length >= MIN_NISBA ? { nisba, head, form: 'headed' } : undefined;
  }
  if (words.length !== 1) return undefined;
  // The Arabic plural in either case (الطولونيون, الطولونيين), the Persian plural (طولونیان) and noun (صفویه).
  const plural = /^ال.+ي(?:ون|ين)$/u.test(last) ? last.slice(2, -2) : /يان$/u.test(last) ? last.slice(0, -2) : undefined;
  const noun = plural === undefined && !last.startsWith('ال') && last.endsWith('يه') ? last.slice(0, -1) : undefined;
  const nisba = plural ?? noun;
  return nisba && nisba.length >= MIN_NISBA ? { nisba, form: plural ? 'plural' : 'noun' } : undefined;
}

/**
 * Whether a nisba may name a house: one of the dynasties' nisbas, or, with a head on either side, a nisba that is
 * neither an ordinary word nor a place's or a country's adjective (الدولة المصرية, مصریان: the Egyptian state and the
 * Egyptians; الدولة الإسلامية, اسلامیان).
 */
function houseNisba(nisba: string, headed: boolean): boolean {
  if (isDynastyNisba(nisba)) return true;
  if (!headed) return false;
  const key = entityKey(nisba);
  const noun = nisba.slice(0, -1);
  return (
    !isCommonWord(key, 'ar') &&
    !isCommonWord(key, 'fa') &&
    !lookupAdjective(key) &&
    lookupEntries(nisba).length === 0 &&
    lookupEntries(noun).length === 0
  );
}

/**
 * Two names of one dynasty by its house's nisba, each in its language's form (الدولة الطولونية / طولونیان, الصفويون /
 * دودمان صفوی): the two nisbas, to be compared by their letters, and the forms; else undefined. At least one side
 * carries a head unless the nisba is a known dynasty's.
 */
export function dynastyInOtherForm(a: string, b: string): { readonly a: DynastyForm; readonly b: DynastyForm } | undefined {
  const [fa, fb] = [dynastyForm(a), dynastyForm(b)];
  if (!fa || !fb) return undefined;
  // One form written twice (الدولة الصفوية against itself) is no convention: the letters decide.
  if (fold(a) === fold(b)) return undefined;
  const headed = fa.head !== undefined || fb.head !== undefined;
  return houseNisba(fa.nisba, headed) && houseNisba(fb.nisba, headed) ? { a: fa, b: fb } : undefined;
}
