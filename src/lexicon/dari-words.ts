/**
 * Words of bodies' names that Dari (Afghan Persian) and Iranian Persian say differently: synonyms, not spellings,
 * so no letter model links them (شفاخانه / بیمارستان, a hospital). Many come into Dari from Pashto, Arabic, Urdu
 * or English (قوماندانی, commandery; کمیشنری, a commission). Written for the project from the names of Afghan
 * ministries, provinces' offices and hospitals beside the Iranian names of the same kinds of body.
 *
 * A row is `[English, Dari forms, Iranian forms]`, forms separated by `|`, one word each (a name's words are linked
 * one by one), with the ezafe where a name writes it. Left out: words both standards use for other things as well
 * (سازمان, an organisation, beside ریاست).
 */

export type DariWordRow = readonly [english: string, dari: string, iranian: string];

export const DARI_WORD_ROWS: readonly DariWordRow[] = [
  ['hospital', 'شفاخانه|شفاخانهٔ', 'بیمارستان|بیمارستانِ'],
  // حوزه is a zone; Dari calls a regional hospital or office حوزوی, Iran منطقه‌ای.
  ['regional', 'حوزوی', 'منطقه‌ای|منطقه ای|منطقه‌یی'],
  ['command', 'قوماندانی', 'فرماندهی'],
  ['commander', 'قوماندان', 'فرمانده'],
  // امنیه, the Ottoman and Pahlavi gendarmerie, is Afghanistan's word for the police of a province.
  ['police', 'امنیه|پولیس', 'پلیس|انتظامی'],
  ['commission', 'کمیشنری|کمیشن', 'کمیساریا|کمیساریای'],
  ['agriculture', 'زراعت', 'کشاورزی'],
  ['livestock', 'مالداری', 'دامداری|دامپروری'],
  ['statistics', 'احصائیه|احصاییه', 'آمار'],
  ['district', 'ولسوالی', 'شهرستان|فرمانداری'],
  ['district governor', 'ولسوال', 'فرماندار'],
  ['municipality', 'شاروالی', 'شهرداری'],
  ['mayor', 'شاروال', 'شهردار'],
  ['directorate', 'ریاست', 'اداره|مدیریت'],
  ['prosecution', 'سارنوالی|څارنوالی|ثارنوالی', 'دادستانی'],
  ['prosecutor', 'سارنوال|څارنوال|ثارنوال', 'دادستان'],
  // لوی, Pashto great: the Attorney General's Office is لوی سارنوالی, Iran's دادستانی کل.
  ['general', 'لوی', 'کل'],
  ['university', 'پوهنتون', 'دانشگاه'],
  ['faculty', 'پوهنځی|پوهنحی', 'دانشکده'],
  ['school', 'مکتب', 'مدرسه'],
  ['high school', 'لیسه', 'دبیرستان'],
  ['health', 'صحت|صحی', 'بهداشت|بهداشتی|سلامت'],
  // Dari writes the English emergency, Iran the French urgence (an emergency hospital or ward).
  ['emergency', 'ایمرجنسی', 'اورژانس'],
  ['court', 'محکمه', 'دادگاه'],
  ['province', 'ولایت', 'استان'],
  ['provincial', 'ولایتی', 'استانی'],
  ['governor', 'والی', 'استاندار'],
  ['development', 'انکشاف', 'توسعه'],
  ['studies', 'تحصیلات', 'آموزش'],
  ['information', 'معلومات', 'اطلاعات'],
  ['army', 'اردو|اردوی', 'ارتش'],
  ['communications', 'مخابرات', 'ارتباطات'],
  // کوتل, from Turkic, is Afghanistan's word for a mountain pass (کوتل سالنگ, کوتل خیبر); Iran says گردنه.
  ['mountain pass', 'کوتل|کتل', 'گردنه'],
];
