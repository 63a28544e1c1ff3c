/**
 * The words around a person's name in Arabic and Persian news: titles and roles that stand before it
 * (الرئيس, وزير, الأمين العام, رئیس‌جمهور, دبیرکل, آقای), verbs of saying that stand before it in Arabic
 * (قال تاسماغامبيتوف) and after it in Persian (تاسماگامبتوف گفت), the particles inside names (بن, آل) and
 * the head words of organisation names (منظمة, حركة, سازمان). Written for the project; listed bare, the
 * Arabic article and clitics are stripped before lookup.
 */

/** Titles and roles that introduce a person's name in Arabic. */
export const ARABIC_TITLES =
  'رئيس رئيسة الرئيس وزير وزيرة أمين نائب متحدث ناطق سفير سفيرة قائد زعيم ملك أمير شيخ سيد سيدة دكتور جنرال لواء عميد عقيد ' +
  'مستشار مستشارة مبعوث مفوض مرشد مدير مديرة ممثل مندوب نظير نظيره نظيرها المستشار السيناتور سيناتور النائبة حاكم محافظ عمدة ' +
  'قاضي القاضي المدعي الملا ملا الحاج أستاذ الأستاذ بروفيسور البروفيسور';

/** Titles and roles that introduce a person's name in Persian (folded: ZWNJ removed). */
export const PERSIAN_TITLES =
  'رئیس رئیس‌جمهور رئیسجمهور نخست‌وزیر نخستوزیر وزیر معاون سخنگو سخنگوی دبیرکل دبیر سفیر فرمانده رهبر پادشاه امیر شیخ آقای خانم ' +
  'دکتر ژنرال سرلشکر سردار مشاور نماینده فرستاده همتای همتا مدیر مدیرکل والی استاندار شهردار قاضی دادستان ملا مولوی حاجی آیت‌الله آیتالله پروفسور پروفیسور';

/** Persian words of office that stand between a title and the name (وزیر امور خارجه روسیه, همتای ازبک خود). */
export const PERSIAN_TITLE_COMPLEMENTS =
  'امور خارجه خارجه‌ی داخله دفاع کشور اقتصاد دارایی کل عمومی ارشد ویژه سابق اسبق پیشین کنونی فعلی جدید خود سازمان ملل متحد شورای امنیت ' +
  'مجلس نمایندگان دولت وزارت ستاد ارتش نیروی نیروهای انتظامی مطبوعاتی حقوقی سیاسی نظامی امنیتی';

/** Arabic verbs of saying and reporting that put the speaker right after them (وقال X، أكد X). */
export const ARABIC_SPEECH_VERBS =
  'قال قالت أضاف أضافت أكد أكدت أوضح أوضحت أشار أشارت أعلن أعلنت صرح صرحت شدد شددت لفت لفتت حذر حذرت دعا دعت ' +
  'اعتبر اعتبرت رأى كشف كشفت نفى نفت أفاد أفادت تابع تابعت ذكر ذكرت أعرب أعربت اتهم اتهمت طالب طالبت رفض رفضت ' +
  'يقول تقول يضيف يؤكد تؤكد يرى أدان أدانت التقى استقبل أجرى ترأس زار قالا أكدا';

/**
 * Arabic particles and relative pronouns a verb follows, never a name (الدولة التي نشأت, قد أكرم, لم يزد): a
 * given name that is also a verb form (نشأت, أكرم, يزيد, أسعد) is the verb after them.
 */
export const ARABIC_VERB_PARTICLES =
  'قد لقد وقد فقد لم ولم فلم لن ولن فلن سوف وسوف الذي التي الذين اللذان اللذين اللتان اللتين اللواتي اللاتي والذي والتي والذين';

/** Persian verbs of saying that follow the speaker (X گفت, X تاکید کرد), folded. */
export const PERSIAN_SPEECH_VERBS = 'گفت گفتند افزود افزودند تاکید تأکید اعلام هشدار خاطرنشان تصریح ابراز اظهار نوشت خواند';

/** Words that join the parts of a name (محمد بن زايد آل نهيان, عبد الله, أبو بكر, فون دير لاين). */
export const NAME_PARTICLES = 'بن ابن بنت آل أبو ابو عبد ولد فون دير دي دا دو دل فان';

/** Words that are name particles only right after another particle (فون در لاین: در is otherwise "in"). */
export const SECOND_PARTICLES = 'در دن لا';

/** Words that end a compound name part (سراج الدين, عبد الله, نصر الله). */
export const NAME_SUFFIX_WORDS = 'الدين الله';

/** Head words of organisation names, after which a quoted name is an organisation (حركة "طالبان"). */
export const ORGANIZATION_HEADS =
  'منظمة حركة وكالة جماعة تنظيم حزب مجلس شركة جمعية اتحاد هيئة جبهة ائتلاف تحالف صحيفة قناة موقع ' +
  'سازمان جنبش خبرگزاری گروه حزب شورای شرکت انجمن اتحادیه جبهه ائتلاف روزنامه شبکه';

/**
 * Endings of Russian, Central Asian, Caucasian, Ukrainian, Turkish and Persian surnames, folded. Arabic
 * words that end alike are told apart in findNames (the plural مخاوف, the verbal noun تكثيف).
 */
export const SURNAME_ENDINGS = 'وف يف وفا يفا ييف اييف ينكو سكي سكايا شفيلي يان اوغلو أوغلو زاده پور وفيتش يفيتش فيتش';
