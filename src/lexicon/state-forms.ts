/**
 * The words of a state's form that open its official name before the country's (جمهورية فانواتو, مملكة تونغا,
 * سلطنة عمان, جمهوری وانواتو, Kingdom of Tonga): a newsroom writes the country with them or without, so a known
 * country after one of them is that country. Written for the project; the gazetteer (geo-countries.ts) lists a
 * country's long form itself where the form and the short name name two states (جمهورية الصين الوطنية, Taiwan;
 * جمهورية كوريا, South Korea), which its own row decides before these words are tried.
 *
 * Left out: Arabic اتحاد (a union, as often of writers or football clubs: الاتحاد الأوروبي is no country) and the
 * forms a row already spells whole (المملكة العربية السعودية).
 */

type Row = readonly [forms: string, reason: string];

const ARABIC: readonly Row[] = [
  ['جمهورية|الجمهورية', 'a republic (جمهورية فانواتو; الجمهورية التونسية, with the adjective)'],
  ['مملكة|المملكة', 'a kingdom (مملكة تونغا; المملكة المغربية)'],
  ['سلطنة', 'a sultanate (سلطنة عمان, سلطنة بروناي)'],
  ['إمارة|امارة', 'an emirate or a principality (إمارة موناكو, إمارة ليختنشتاين)'],
  ['دولة', 'a state (دولة قطر, دولة الكويت, دولة فلسطين)'],
  ['دوقية|دوقية لوكسمبورغ الكبرى', 'a grand duchy (دوقية لوكسمبورغ)'],
];

const PERSIAN: readonly Row[] = [
  ['جمهوری', 'a republic (جمهوری وانواتو, جمهوری آذربایجان)'],
  ['پادشاهی', 'a kingdom (پادشاهی تونگا, پادشاهی بحرین)'],
  ['سلطان‌نشین|سلطان نشین|سلطنت', 'a sultanate (سلطان‌نشین عمان, سلطان‌نشین برونئی)'],
  ['امارت|امیرنشین|شاهزاده‌نشین|شاهزاده نشین', 'an emirate or a principality (شاهزاده‌نشین موناکو, امیرنشین قطر)'],
  ['کشور|دولت', 'the country or the state before its name (کشور عراق, دولت قطر)'],
  ['دوک‌نشین|دوک نشین|دوک‌نشین بزرگ', 'a grand duchy (دوک‌نشین لوکزامبورگ)'],
];

/** English forms before "of" (Republic of Vanuatu, Kingdom of Tonga), with or without "the" before them. */
const ENGLISH: readonly Row[] = [
  ['republic|kingdom|sultanate|emirate|principality|state|grand duchy', 'the forms of state English writes before of'],
];

/** The state forms of each script, as written (Arabic and Persian) or in lower case (English). */
export function stateForms(): { readonly arabicScript: readonly string[]; readonly english: readonly string[] } {
  const split = (rows: readonly Row[]): string[] => rows.flatMap(([forms]) => forms.split('|'));
  return { arabicScript: [...split(ARABIC), ...split(PERSIAN)], english: split(ENGLISH) };
}
