import { argument, mapped, options as checkOptions, number, refuseValue, string, type Check } from '../contract/validate.js';
import { LANGUAGE_TAGS, readLanguageTag, type LanguageChoice } from '../contract/values.js';
import { digitValue, isArabicLetter, isCyrillicLetter, isLatinLetter } from './chars.js';
import { normalize } from './normalize.js';
import { elementAt } from '../contract/element-at.js';

/** A language the library reads: Arabic or Persian. */
export type Language = 'ar' | 'fa';

/** The written standard of a Persian text: Iran (Farsi) or Afghanistan (Dari). */
export type PersianVariant = 'fa-IR' | 'fa-AF';

/**
 * A language as the options take it: a BCP 47 tag of Arabic or Persian, in any case. `ar` is Arabic (a
 * region, `ar-EG`, is accepted and changes nothing); `fa` is Persian, `fa-IR` Persian as written in Iran
 * (Farsi), `fa-AF` or `prs` Persian as written in Afghanistan (Dari). A tag with a variant fixes it instead
 * of letting it be detected.
 */
export type LanguageTag = Language | PersianVariant | 'prs';

/** The check of a `language` option or field: a {@link LanguageTag}, read. */
export const languageTag: Check<LanguageChoice> = (value, at) => {
  const tag = string(value, at);
  return (
    readLanguageTag(tag) ?? refuseValue(at, 'a BCP 47 tag of Arabic or Persian: ar, fa, fa-IR, fa-AF or prs (any case)', tag, LANGUAGE_TAGS)
  );
};

/** The check of a `language` option where only the language matters, not the variant. */
export const languageOption: Check<Language> = mapped(languageTag, (choice) => choice.language);

/** What {@link detectLanguage} concluded, and from what. */
export interface LanguageGuess {
  /** `ar`, `fa`, or `unknown` when the text is not (mostly) Arabic-script Arabic or Persian. */
  readonly language: Language | 'unknown';
  /** For Persian, the variant when the text gives it away (Afghan month names, Dari vocabulary); otherwise absent. */
  readonly variant?: PersianVariant;
  /** A BCP 47 tag for the guess: `ar`, `fa`, `fa-IR`, `fa-AF`, or `und`. */
  readonly tag: 'ar' | 'fa' | PersianVariant | 'und';
  /** How sure the guess is, from 0 to 1. Short texts and texts with little evidence get low values. */
  readonly confidence: number;
  /** The script most of the letters are in. */
  readonly script: 'arabic' | 'latin' | 'cyrillic' | 'other' | 'none';
  /** The strongest cues, in plain words (e.g. `"letters پ چ ژ گ (12)"`). */
  readonly evidence: readonly string[];
}

/** Options for {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /** Read at most this many characters, taken from the start, middle and end of long texts. Default 60,000. */
  sampleSize?: number;
}

// Word lists are folded when loaded, so they match normalized text however they are spelled here.
function wordSet(words: string): Set<string> {
  return new Set(words.split(' ').map((w) => normalize(w).text));
}

// Frequent function words of each language.
const ARABIC_WORDS = wordSet(
  'في من الي علي ان التي الذي الذين عن مع هذا هذه ذلك تلك كان كانت قد وقد لقد قال وقال حيث بعد قبل منذ حتي ثم لم لن لا كما اذا الا وفي ومن وان وعلي عليه فيها لها له هو هي انه انها يكون عام ايضا',
);
const PERSIAN_WORDS = wordSet(
  'در از به كه را اين با است براي مي آن شد شده بود كرد كرده هاي ها يك تا اما نيز خود وي ايشان آنها چه چون اگر بر ديگر همه بايد شود ميشود نمي كند كنند دارد داشت گفت سال',
);

// Words that Dari (Afghan Persian) uses where Iranian Persian uses another, and the Iranian counterparts.
// Chosen from general knowledge of the two standards; both lists avoid words common to both.
const DARI_WORDS = wordSet(
  'پوليس محكمه شفاخانه مكتب مكاتب موتر موترها فيصد منحيث اطفال پاليسي فابريكه ولايت ولايات ولسوالي ولسوال پوهنتون محصل محصلان متعلم متعلمين قوماندان قومانداني سارنوال سارنوالي لوي ريكارد سروي كورس واكسين چينايي شاگردان زمانيكه هنگاميكه طوريكه الي هردو افغاني تشناب گپ داكتر جرگه تيل انجنير نموده نمودند گرديده گرديد ميباشد ميباشند استند خويش',
);
const IRAN_WORDS = wordSet(
  'پليس دادگاه بيمارستان مدرسه مدارس خودرو خودروها استان استانها استانداري شهرستان كارخانه واكسن ژوين تومان ريال فرماندار شهرداري اتوبوس بنزين پزشك',
);

function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const names: string[] = [];
  for (let m = 0; m < 12; m++) names.push(normalize(format.format(new Date(Date.UTC(2025, m, 15)))).text);
  return names;
}

// Month names that are also ordinary words or shared by both standards prove nothing on their own.
const AMBIGUOUS_MONTHS = wordSet('می مه مارچ جولای دی تیر مهر آذر خرداد بهمن');

interface MonthCues {
  /** Month names that are not also ordinary words (جنوری, ژانویه, فروردین): a cue wherever they occur. */
  afghan: Set<string>;
  iranian: Set<string>;
  /** All month names, a cue only next to a number or after the word ماه (جدی is also "serious"). */
  afghanInContext: Set<string>;
  iranianInContext: Set<string>;
}

let monthCues: MonthCues | undefined;
function months(): MonthCues {
  if (!monthCues) {
    const solarAfghan = [...monthNames('fa-AF-u-ca-persian'), normalize('سنبله').text];
    const solarIranian = monthNames('fa-IR-u-ca-persian');
    const gregorianAfghan = monthNames('fa-AF-u-ca-gregory');
    const gregorianIranian = monthNames('fa-IR-u-ca-gregory');
    const unambiguous = (names: string[]): Set<string> => new Set(names.filter((n) => !AMBIGUOUS_MONTHS.has(n)));
    monthCues = {
      afghan: unambiguous(gregorianAfghan),
      iranian: unambiguous([...solarIranian, ...gregorianIranian]),
      afghanInContext: new Set([...solarAfghan, ...gregorianAfghan]),
      iranianInContext: new Set([...solarIranian, ...gregorianIranian]),
    };
  }
  return monthCues;
}
const MAH = normalize('ماه').text;

// Spellings that folding erases: Iran writes رئیس and هیئت with hamza, Afghan media often رییس and هییت.
// (مسئول is written with hamza in both.)
const IRANIAN_SPELLINGS = /رئیس|هیئت/g;
const AFGHAN_SPELLINGS = /رییس|هییت/g;

function sample(text: string, size: number): string {
  if (text.length <= size) return text;
  const part = Math.floor(size / 3);
  const mid = Math.floor(text.length / 2 - part / 2);
  return text.slice(0, part) + '\n' + text.slice(mid, mid + part) + '\n' + text.slice(text.length - part);
}

const SCORE_SCALE = 6;
const DETECT_OPTIONS = { sampleSize: number({ min: 1, integer: true }) };

/**
 * Tells Arabic from Persian, and Dari (Afghan Persian) from Iranian Persian where the text gives it away,
 * with a confidence. Texts in other scripts, or with too few Arabic-script letters, are `unknown`.
 *
 * The cues are letters only one language uses (پ چ ژ گ against ة أ إ ؤ ى), the Arabic article,
 * frequent function words of each language, and for the variant the month names from `Intl` for
 * fa-AF and fa-IR (قوس, جنوری against آذر, ژانویه) and vocabulary that differs between the two standards.
 *
 * @example
 * ```ts
 * import { detectLanguage } from 'muqabala';
 *
 * detectLanguage('قال الوزير إن المحادثات ستستأنف في العاصمة الأسبوع المقبل.').language; // => 'ar'
 * detectLanguage('وزیر گفت که گفتگوها هفته آینده در پایتخت از سر گرفته می‌شود.').language; // => 'fa'
 * detectLanguage('در اوایل ماه قوس پولیس ولایت کابل سه نفر را بازداشت کرد.').tag; // => 'fa-AF'
 * detectLanguage('The minister spoke on Monday.').language; // => 'unknown'
 * ```
 */
export function detectLanguage(text: string, options?: DetectLanguageOptions): LanguageGuess {
  argument('detectLanguage', 'text', text, string);
  const checked = checkOptions('detectLanguage', options, DETECT_OPTIONS);
  const input = sample(text, checked.sampleSize ?? 60_000);
  let arabicScript = 0;
  let latin = 0;
  let cyrillic = 0;
  let other = 0;
  let persianLetters = 0;
  let arabicLetters = 0;
  let pashtoOrUrdu = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isArabicLetter(c)) {
      arabicScript++;
      if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af) persianLetters++;
      else if (c === 0x0629 || c === 0x0623 || c === 0x0625 || c === 0x0624 || c === 0x0649) arabicLetters++;
      else if (PASHTO_URDU.has(c)) pashtoOrUrdu++;
    } else if (isLatinLetter(c)) latin++;
    else if (isCyrillicLetter(c)) cyrillic++;
    else if (c > 0x7f && digitValue(c) < 0 && /\p{L}/u.test(elementAt(input, i))) other++;
  }
  const letters = arabicScript + latin + cyrillic + other;
  const script =
    letters === 0
      ? 'none'
      : arabicScript >= Math.max(latin, cyrillic, other)
        ? 'arabic'
        : latin >= Math.max(cyrillic, other)
          ? 'latin'
          : cyrillic >= other
            ? 'cyrillic'
            : 'other';
  if (script !== 'arabic' || arabicScript < 3) {
    return { language: 'unknown', tag: 'und', confidence: letters === 0 ? 0 : 0.9, script, evidence: [`mostly ${script} script`] };
  }
  if (pashtoOrUrdu >= Math.max(3, 0.02 * arabicScript)) {
    return {
      language: 'unknown',
      tag: 'und',
      confidence: 0.7,
      script,
      evidence: [`letters of Pashto or Urdu (${pashtoOrUrdu})`],
    };
  }

  const words = normalize(input)
    .text.split(/[^\p{L}\p{M}\p{Nd}]+/u)
    .filter((w) => w.length > 0);
  let arabicWords = 0;
  let persianWords = 0;
  let article = 0;
  let dari = 0;
  let iran = 0;
  const cues = months();
  for (let i = 0; i < words.length; i++) {
    const w = elementAt(words, i);
    if (ARABIC_WORDS.has(w)) arabicWords++;
    if (PERSIAN_WORDS.has(w)) persianWords++;
    if (w.length > 3 && (w.startsWith('ال') || w.startsWith('وال') || w.startsWith('بال'))) article++;
    if (DARI_WORDS.has(w)) dari++;
    if (IRAN_WORDS.has(w)) iran++;
    const inContext = words[i - 1] === MAH || isNumber(words[i - 1]) || isNumber(words[i + 1]);
    if (inContext ? cues.afghanInContext.has(w) : cues.afghan.has(w)) dari += 2;
    if (inContext ? cues.iranianInContext.has(w) : cues.iranian.has(w)) iran += 2;
  }
  iran += input.match(IRANIAN_SPELLINGS)?.length ?? 0;
  dari += input.match(AFGHAN_SPELLINGS)?.length ?? 0;
  const arabicScore = arabicLetters + 2 * arabicWords + 0.5 * article;
  const persianScore = persianLetters + 2 * persianWords;
  const language: Language = arabicScore >= persianScore ? 'ar' : 'fa';
  const confidence = certainty(arabicScore, persianScore);
  const evidence: string[] = [];
  if (language === 'ar') {
    if (arabicLetters) evidence.push(`letters ة أ إ ؤ ى (${arabicLetters})`);
    if (arabicWords) evidence.push(`Arabic function words (${arabicWords})`);
    if (article) evidence.push(`words with the article ال (${article})`);
    return { language, tag: 'ar', confidence, script, evidence };
  }
  if (persianLetters) evidence.push(`letters پ چ ژ گ (${persianLetters})`);
  if (persianWords) evidence.push(`Persian function words (${persianWords})`);
  if (dari !== iran && Math.max(dari, iran) >= 2) {
    const variant: PersianVariant = dari > iran ? 'fa-AF' : 'fa-IR';
    evidence.push(variant === 'fa-AF' ? `Afghan month names or Dari vocabulary (${dari})` : `Iranian month names or vocabulary (${iran})`);
    return { language, variant, tag: variant, confidence, script, evidence };
  }
  return { language, tag: 'fa', confidence, script, evidence };
}

// Letters of Pashto (ټ ډ ړ ږ ښ ګ ڼ ځ څ ۍ ې) and Urdu (ٹ ڈ ڑ ں ے ہ) that neither Arabic nor Persian uses.
const PASHTO_URDU = new Set([
  0x067c, 0x0689, 0x0693, 0x0696, 0x069a, 0x06ab, 0x06bc, 0x0681, 0x0685, 0x06cd, 0x06d0, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06c1,
]);

function isNumber(word: string | undefined): boolean {
  return word !== undefined && /^[0-9]+$/.test(word);
}

function certainty(a: number, b: number): number {
  // How lopsided the evidence is, discounted when there is little of it.
  const total = a + b;
  if (total === 0) return 0.5;
  const share = Math.max(a, b) / total;
  const volume = 1 - Math.exp(-total / SCORE_SCALE);
  return Math.round((0.5 + (share - 0.5) * volume) * 1000) / 1000;
}
