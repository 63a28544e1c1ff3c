/**
 * English words in names of bodies and people that Arabic and Persian newsrooms translate rather than
 * transliterate (BBC Persian / بی‌بی‌سی فارسی, Red Crescent / الهلال الأحمر, Marcos Jr. / ماركوس الابن), with
 * their Arabic and Persian forms (with and without the article) and why each is here. Written for the project.
 * Generic heads (Air, University, Institute, River) are in english-heads.ts; a word whose transliteration newsrooms also
 * use (International / اینترنشنال) is read by its sounds besides.
 */

type Row = readonly [english: string, arabic: string, persian: string, reason: string];

const ROWS: readonly Row[] = [
  ['persian|farsi', 'الفارسية|الفارسي|فارسي', 'فارسی', 'the language of a broadcaster or service (BBC Persian)'],
  ['arabic', 'العربية|العربي|عربي', 'عربی|عربي', 'the language of a broadcaster or service (Sky News Arabia aside)'],
  ['english', 'الإنجليزية|الانجليزية|الإنكليزية', 'انگلیسی', 'the language of a service'],
  ['international', 'الدولية|الدولي|العالمية', 'بین‌الملل|بین‌المللی|بین الملل|بین المللی', 'an adjective of bodies'],
  ['national', 'الوطني|الوطنية|القومي', 'ملی|ملي', 'an adjective of bodies and parties'],
  ['islamic', 'الإسلامي|الإسلامية', 'اسلامی|اسلامي', 'an adjective of bodies and parties'],
  ['central', 'المركزي|المركزية', 'مرکزی', 'an adjective of banks and committees'],
  ['technology|of technology', 'للتكنولوجيا|التكنولوجية|التقنية', 'صنعتی|فناوری', 'universities of technology, which Persian calls صنعتی'],
  ['energy', 'للطاقة|الطاقة', 'انرژی', 'energy companies (QatarEnergy / قطر للطاقة)'],
  ['red crescent', 'الهلال الأحمر', 'هلال احمر|هلال‌احمر', 'the movement translated in both languages'],
  ['red cross', 'الصليب الأحمر', 'صلیب سرخ', 'the movement translated in both languages'],
  ['jr|junior', 'الابن|جونيور', 'جونیور|پسر', 'a son named after his father (Marcos Jr. / ماركوس الابن)'],
];

/** An English word (or two) of a name and the Arabic-script words that translate it. */
export interface EnglishWord {
  readonly words: string;
  readonly forms: readonly string[];
}

let words: readonly EnglishWord[] | undefined;

/** Every English word of the list (lower case, words joined by a space) with its Arabic and Persian forms. */
export function englishWords(): readonly EnglishWord[] {
  words ??= ROWS.flatMap(([english, ar, fa]) => english.split('|').map((w) => ({ words: w, forms: [...ar.split('|'), ...fa.split('|')] })));
  return words;
}
