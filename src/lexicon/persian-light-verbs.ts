import { normalize } from '../text/normalize.js';

/**
 * The light verbs of Persian compound verbs (اعلام کرد, آغاز شد, ادامه داد, مورد توجه قرار گرفت) as
 * [past stem, present stem]. They carry tense and person, not meaning: the lexicon indexes a compound verb
 * by its non-verbal part, and matches the light verb in any conjugation only inside phrases.
 */
const LIGHT_VERBS: readonly (readonly [string, string])[] = [
  ['کرد', 'کن'],
  ['نمود', 'نما'],
  ['شد', 'شو'],
  ['گشت', 'گرد'],
  ['گردید', 'گرد'],
  ['داد', 'ده'],
  ['داشت', 'دار'],
  ['گرفت', 'گیر'],
  ['زد', 'زن'],
  ['آمد', 'آ'],
  ['آورد', 'آور'],
  ['ساخت', 'ساز'],
  ['یافت', 'یاب'],
  ['خورد', 'خور'],
  ['کشید', 'کش'],
  ['رفت', 'رو'],
  ['بست', 'بند'],
  ['افتاد', 'افت'],
  ['گذاشت', 'گذار'],
];

const fold = (s: string): string => normalize(s).text;

/** Folded past stems of the light verbs. */
export const LIGHT_VERB_PAST: ReadonlySet<string> = new Set(LIGHT_VERBS.map(([past]) => fold(past)));

/** Folded present stems of the light verbs. */
export const LIGHT_VERB_PRESENT: ReadonlySet<string> = new Set(LIGHT_VERBS.map(([, present]) => fold(present)));

/**
 * For a folded light-verb stem or infinitive, the forms a token reduces to when it is that verb: both
 * stems and the infinitive (so گرفت in a phrase also matches می‌گیرد and گرفتن).
 */
export const LIGHT_VERB_STEMS: ReadonlyMap<string, readonly string[]> = new Map(
  LIGHT_VERBS.flatMap(([past, present]) => {
    const forms = [fold(past), fold(present), `${fold(past)}ن`];
    return forms.map((form) => [form, forms] as const);
  }),
);

/**
 * Non-verbal parts too common or too vague to stand for the compound on their own: قرار گرفت (was placed),
 * صورت گرفت (took place), به دست آورد (obtained). A compound with one of them is matched as a whole phrase.
 */
export const GENERIC_NONVERBAL: ReadonlySet<string> = new Set(
  ['قرار', 'صورت', 'دست', 'پیدا', 'سر', 'بر', 'پا', 'کار', 'جا', 'روی', 'پس', 'باز', 'فرا', 'در', 'به', 'از', 'با', 'پی', 'نظر'].map(fold),
);
