/**
 * Religious figures whom Arabic and Persian name by a title, an epithet, a kunya or the name of their shrine rather
 * than by the chain of their names: the twelve Imams and their kin, the descendants of the Imams whose shrines give
 * them their names in Iran (شاهچراغ, شاه عبدالعظیم), Sufi masters, the founders of the schools of law, the scholars
 * of the Shia seminaries by their honorifics, and the prophets whom Christian Arabic names otherwise than Muslim usage.
 * Written for the project. A title many people share (شيخ الإسلام, أمير المؤمنين alone, آية الله) is left out, and so
 * is a bare chain that names several people (محمد بن علي is the fifth Imam and the ninth; علي بن الحسين the fourth
 * Imam and his brother): each listed form names one person.
 */

import type { AliasRow } from './person-alias-row.js';

export const FAITH_ROWS: readonly AliasRow[] = [
  // The twelve Imams: further rows of the Imams the main list opens (the same first name joins them).
  [
    'علي بن أبي طالب|Ali ibn Abi Talib',
    'حضرت علی|مولا علی|مولای متقیان|امیرالمؤمنین علی|امیرالمومنین علی|امام علی بن ابی‌طالب|حيدر الكرار|حیدر کرار|علي المرتضى|علی مرتضی|امام اول|الإمام الأول|Imam Ali',
    'epithet',
    'the first Imam and the fourth caliph',
  ],
  [
    'الحسن بن علي|الحسن بن علي بن أبي طالب|حسن بن علی بن ابی‌طالب|Hasan ibn Ali',
    'الحسن المجتبى|الإمام الحسن المجتبى|امام حسن مجتبی|امام مجتبی|كريم أهل البيت|کریم اهل بیت|امام دوم|الإمام الثاني|Imam Hasan',
    'epithet',
    'the second Imam',
  ],
  [
    'الحسين بن علي|الحسين بن علي بن أبي طالب|حسین بن علی بن ابی‌طالب|Husayn ibn Ali',
    'أبو عبد الله الحسين|اباعبدالله الحسین|ابا عبدالله الحسین|سالار شهیدان|حضرت سیدالشهدا|امام سوم|الإمام الثالث|Imam Husayn|Imam Hussein',
    'epithet',
    'the third Imam, killed at Karbala',
  ],
  [
    'علي بن الحسين بن علي|علي بن الحسين زين العابدين|علی بن الحسین زین‌العابدین|Ali ibn al-Husayn Zayn al-Abidin',
    'زين العابدين|الإمام زين العابدين|امام زین‌العابدین|امام زین العابدین|السجاد|الإمام السجاد|امام سجاد|علي السجاد|علی سجاد|امام چهارم|الإمام الرابع|Imam Sajjad',
    'epithet',
    'the fourth Imam (علي بن الحسين alone is also his brother killed at Karbala)',
  ],
  [
    'محمد الباقر|محمد بن علي الباقر|محمد بن علی باقر|محمد بن علی الباقر|محمد بن علي بن الحسين|Muhammad al-Baqir',
    'الإمام الباقر|امام باقر|امام محمد باقر|امام محمدباقر|باقر العلوم|باقرالعلوم|امام پنجم|الإمام الخامس|Imam Baqir',
    'title and name',
    'the fifth Imam (محمد باقر alone is a common given name)',
  ],
  [
    'جعفر الصادق|جعفر بن محمد الصادق|جعفر بن محمد بن علي|Jafar al-Sadiq',
    'أبو عبد الله الصادق|الإمام جعفر الصادق|صادق آل محمد|امام ششم|الإمام السادس|Imam Sadiq',
    'epithet',
    'the sixth Imam',
  ],
  [
    'موسى الكاظم|موسى بن جعفر الكاظم|موسی بن جعفر کاظم|موسی بن جعفر الکاظم|Musa al-Kazim',
    'الإمام موسى الكاظم|امام موسی بن جعفر|امام هفتم|الإمام السابع|Imam Kazim',
    'title and name',
    'the seventh Imam',
  ],
  [
    'علي بن موسى الرضا|علي بن موسى|علی بن موسی|علي بن موسى بن جعفر|Ali al-Rida',
    'ثامن الحجج|ثامن‌الحجج|امام رئوف|ضامن آهو|سلطان خراسان|عالم آل محمد|الإمام علي الرضا|الإمام علي بن موسى الرضا|امام علی بن موسی الرضا|امام علی‌بن‌موسی‌الرضا|الإمام الثامن|Imam Reza|Imam Ali al-Rida',
    'epithet',
    'the eighth Imam, buried at Mashhad',
  ],
  [
    'محمد بن علي الجواد|محمد بن علی الجواد|محمد بن علی جواد|محمد الجواد|محمد التقي|محمد بن علي بن موسى|محمد بن علی بن موسی|Muhammad al-Jawad',
    'الإمام الجواد|الإمام محمد الجواد|امام جواد|امام محمد تقی|امام محمدتقی|امام محمد جواد|امام تقی|جواد الأئمة|جواد الائمه|جوادالائمه|باب المراد|امام نهم|الإمام التاسع|Imam Jawad|Imam Muhammad Taqi',
    'title and name',
    'the ninth Imam (محمد تقی and محمد جواد alone are common given names)',
  ],
  [
    'علي بن محمد الهادي|علی بن محمد الهادی|علی بن محمد هادی|علي الهادي|علی الهادی|علي النقي|علی النقی|علي بن محمد بن علي|Ali al-Hadi',
    'الإمام الهادي|الإمام علي الهادي|امام هادی|امام علی النقی|امام علی‌النقی|امام نقی|امام علی نقی|امام دهم|الإمام العاشر|Imam Hadi|Imam Ali al-Naqi',
    'title and name',
    'the tenth Imam',
  ],
  [
    'الحسن بن علي العسكري|حسن بن علی عسکری|الحسن بن علی العسکری|الحسن العسكري|الحسن بن علي بن محمد|Hasan al-Askari',
    'الإمام العسكري|الإمام الحسن العسكري|امام حسن عسکری|امام عسکری|امام یازدهم|الإمام الحادي عشر|Imam Hasan al-Askari',
    'title and name',
    'the eleventh Imam (امام حسن alone is the second)',
  ],
  [
    'محمد بن الحسن المهدي|محمد بن الحسن العسكري|محمد بن حسن عسکری|محمد بن الحسن العسکری|محمد بن حسن المهدی|Muhammad al-Mahdi',
    'المهدي المنتظر|مهدی موعود|امام زمان|امام عصر|صاحب الزمان|صاحب‌الزمان|صاحب العصر والزمان|ولی‌عصر|حجت بن الحسن|الحجة بن الحسن|الحجة المنتظر|قائم آل محمد|الإمام المهدي|امام مهدی|الإمام الغائب|امام دوازدهم|الإمام الثاني عشر|Imam Mahdi',
    'epithet',
    'the twelfth Imam, in occultation in Twelver belief (محمد بن الحسن alone names kings and many others)',
  ],
  // The Prophet's family and the Imams' kin, by their epithets.
  [
    'محمد بن عبد الله بن عبد المطلب|محمد بن عبدالله بن عبدالمطلب|محمد بن عبد الله|Muhammad ibn Abdullah',
    'النبي محمد|نبي الإسلام|رسول الله|رسول‌الله|الرسول الأكرم|النبي الأكرم|نبی اکرم|پیامبر اکرم|پیامبر اسلام|رسول اکرم|حضرت محمد|خاتم الأنبياء|خاتم‌الانبیا|خاتم الانبیا|Prophet Muhammad',
    'epithet',
    'the Prophet of Islam',
  ],
  [
    'فاطمة الزهراء|فاطمه زهرا|فاطمة بنت محمد|فاطمه دختر پیامبر|Fatima al-Zahra',
    'حضرت زهرا|حضرت فاطمه|حضرت فاطمه زهرا|السيدة فاطمة الزهراء|سيدة نساء العالمين|سیدة نساء العالمین|أم أبيها|ام ابیها|الصديقة الطاهرة|صدیقه طاهره',
    'epithet',
    'the daughter of the Prophet',
  ],
  [
    'زينب بنت علي|زینب بنت علی|زینب دختر علی|زينب بنت علي بن أبي طالب|Zaynab bint Ali',
    'حضرت زینب|زينب الكبرى|زینب کبری|حضرت زینب کبری|عقيلة بني هاشم|عقیله بنی هاشم|Sayyida Zaynab',
    'epithet',
    'the daughter of Ali, whose shrine south of Damascus bears her name',
  ],
  [
    'العباس بن علي|العباس بن علي بن أبي طالب|عباس بن علی|عباس بن علی بن ابی‌طالب|Abbas ibn Ali',
    'أبو الفضل العباس|ابوالفضل العباس|ابوالفضل عباس|حضرت ابوالفضل|حضرت ابوالفضل العباس|حضرت عباس|قمر بني هاشم|قمر بنی هاشم|قمر بنی‌هاشم|سقای کربلا|ساقي عطاشى كربلاء|Abu al-Fadl al-Abbas',
    'epithet',
    'the half-brother of the third Imam, killed at Karbala (ابوالفضل alone is a common given name)',
  ],
  [
    'فاطمة بنت موسى الكاظم|فاطمة بنت موسى بن جعفر|فاطمه بنت موسی بن جعفر|فاطمه دختر موسی بن جعفر|Fatima bint Musa',
    'حضرت معصومه|فاطمه معصومه|فاطمة المعصومة|السيدة فاطمة المعصومة|السيدة المعصومة|معصومه قم|کریمه اهل بیت|Fatima Masumeh',
    'epithet',
    'the sister of the eighth Imam, whose shrine is at Qom',
  ],
  // Descendants of the Imams, whom Iran names by their shrines.
  [
    'أحمد بن موسى الكاظم|أحمد بن موسى بن جعفر|احمد بن موسی|احمد بن موسی کاظم|احمد بن موسی الکاظم|احمد بن موسی بن جعفر|Ahmad ibn Musa al-Kazim',
    'شاهچراغ|شاه چراغ|شاه‌چراغ|حضرت شاهچراغ|السيد أحمد شاه جراغ|Shah Cheragh|Shah Chiragh',
    'shrine name',
    'the son of the seventh Imam buried at Shiraz',
  ],
  [
    'محمد بن موسى الكاظم|محمد بن موسی کاظم|محمد بن موسی بن جعفر|سید محمد بن موسی الکاظم',
    'سید میرمحمد|سید میر محمد|میرمحمد',
    'shrine name',
    'the son of the seventh Imam buried at Shiraz beside his brother Shah Cheragh',
  ],
  [
    'حسين بن موسى الكاظم|حسین بن موسی کاظم|حسین بن موسی بن جعفر|حسین بن موسی الکاظم',
    'سید علاءالدین حسین|سید علاء الدین حسین|علاءالدین حسین|سيد علاء الدين حسين',
    'shrine name',
    'the son of the seventh Imam whose shrine is at Shiraz',
  ],
  [
    'عبد العظيم الحسني|عبدالعظیم حسنی|عبد العظيم بن عبد الله الحسني|عبدالعظیم بن عبدالله حسنی|عبدالعظیم بن عبدالله الحسنی|Abd al-Azim al-Hasani',
    'شاه عبدالعظیم|شاه عبد العظيم|شاه‌عبدالعظیم|حضرت عبدالعظیم|حضرت عبدالعظیم حسنی|السيد عبد العظيم الحسني|سید الکریم|سیدالکریم|Shah Abdol-Azim',
    'shrine name',
    'the descendant of the second Imam buried at Rey',
  ],
  [
    'صالح بن موسى الكاظم|صالح بن موسی کاظم|صالح بن موسی بن جعفر|صالح بن موسی الکاظم',
    'امامزاده صالح|امام‌زاده صالح|Imamzadeh Saleh',
    'shrine name',
    'the son of the seventh Imam whose shrine is at Tajrish',
  ],
  [
    'نفيسة بنت الحسن|نفيسة بنت الحسن بن زيد|نفیسه بنت حسن|Nafisa bint al-Hasan',
    'السيدة نفيسة|سیده نفیسه|نفيسة العلم|نفيسة العلوم|Sayyida Nafisa',
    'shrine name',
    'the descendant of the second Imam buried at Cairo',
  ],
  ['سكينة بنت الحسين|سکینه بنت الحسین|سکینه دختر امام حسین', 'السيدة سكينة|حضرت سکینه', 'title and name', 'the daughter of the third Imam'],
  // Sufi masters, by the titles their orders and shrines give them.
  [
    'عبد القادر الجيلاني|عبد القادر الكيلاني|عبدالقادر گیلانی|عبدالقادر جیلانی|Abd al-Qadir Gilani',
    'الباز الأشهب|غوث الأعظم|غوث اعظم|غوث‌الاعظم|پیران پیر|Ghaus-e-Azam',
    'epithet',
    'the founder of the Qadiri order, buried at Baghdad',
  ],
  [
    'معين الدين الجشتي|معین‌الدین چشتی|معین الدین چشتی|خواجه معین‌الدین چشتی|Moinuddin Chishti',
    'خواجه غریب نواز|غریب نواز|غریب‌نواز|Gharib Nawaz',
    'epithet',
    'the Sufi of Ajmer',
  ],
  [
    'نظام الدين أولياء|نظام‌الدین اولیا|نظام الدین اولیا|Nizamuddin Auliya',
    'محبوب الهی|محبوب الٰهی|سلطان المشایخ|Mehboob-e-Ilahi',
    'epithet',
    'the Sufi of Delhi',
  ],
  [
    'أحمد السرهندي|احمد سرهندی|شیخ احمد سرهندی|أحمد الفاروقي السرهندي|Ahmad Sirhindi',
    'مجدد الف ثانی|مجدد الف ثاني|المجدد الألف الثاني|امام ربانی|الإمام الرباني|Mujaddid Alf Thani',
    'epithet',
    'the Naqshbandi reformer of Sirhind',
  ],
  [
    'بهاء الدين نقشبند|بهاءالدین نقشبند|بهاءالدین محمد نقشبند|محمد بهاء الدين البخاري|Baha al-Din Naqshband',
    'شاه نقشبند|خواجه نقشبند|Shah Naqshband',
    'epithet',
    'the founder of the Naqshbandi order, buried at Bukhara',
  ],
  [
    'عثمان مروندي|سید عثمان مروندی|عثمان مروندی|Usman Marwandi',
    'لعل شهباز قلندر|لال شهباز قلندر|لعل شهباز|Lal Shahbaz Qalandar',
    'epithet',
    'the Sufi of Sehwan',
  ],
  [
    'أحمد يسوي|احمد یسوی|خواجه احمد یسوی|أحمد اليسوي|Ahmad Yasawi',
    'پیر ترکستان|حضرت ترکستان|Hazrat-e Turkestan',
    'epithet',
    'the Sufi named after the town of his shrine, Turkestan',
  ],
  [
    'عبد الله الأنصاري الهروي|خواجه عبدالله انصاری|عبدالله انصاری|ابواسماعیل عبدالله انصاری هروی|Khwaja Abdullah Ansari',
    'پیر هرات|پیر انصار|پیر هری|Pir-e Herat',
    'epithet',
    'the Sufi of Herat',
  ],
  [
    'طيفور بن عيسى البسطامي|طيفور بن عيسى|طیفور بن عیسی|طیفور بن عیسی بسطامی|Tayfur ibn Isa',
    'أبو يزيد البسطامي|بايزيد البسطامي|بایزید بسطامی|ابویزید بسطامی|سلطان العارفين|سلطان‌العارفین|Bayazid Bastami',
    'kunya',
    'the Sufi of Bastam',
  ],
  [
    'أحمد البدوي|احمد بدوی|أحمد بن علي البدوي|Ahmad al-Badawi',
    'السيد البدوي|سید بدوی|شيخ العرب البدوي',
    'title and name',
    'the Sufi of Tanta',
  ],
  // The founders of the schools of law, by their kunyas and titles.
  [
    'النعمان بن ثابت|نعمان بن ثابت|Numan ibn Thabit',
    'أبو حنيفة|ابوحنیفه|ابو حنیفه|أبو حنيفة النعمان|ابوحنیفه نعمان|امام ابوحنیفه|الإمام أبو حنيفة|الإمام الأعظم|امام اعظم|Abu Hanifa',
    'kunya',
    'the founder of the Hanafi school',
  ],
  [
    'مالك بن أنس|مالک بن انس|Malik ibn Anas',
    'إمام دار الهجرة|امام دارالهجره|امام دار الهجره',
    'epithet',
    'the founder of the Maliki school',
  ],
  // Scholars of the Shia seminaries, named by their honorifics: a title with the nisba names one scholar each.
  [
    'محمد بن محمد بن النعمان|محمد بن محمد بن نعمان|محمد بن محمد بن النعمان العكبري',
    'الشيخ المفيد|شیخ مفید|ابن المعلم',
    'epithet',
    'the Imami theologian of Baghdad',
  ],
  [
    'محمد بن علي بن بابويه|محمد بن علي بن بابويه القمي|محمد بن علی بن بابویه|محمد بن علی بن بابویه قمی',
    'الشيخ الصدوق|شیخ صدوق',
    'epithet',
    'the traditionist of Qom (ابن بابويه alone is his father too)',
  ],
  [
    'محمد بن الحسن الطوسي|محمد بن حسن طوسی|أبو جعفر الطوسي|ابوجعفر طوسی',
    'شيخ الطائفة|شیخ‌الطائفه|شیخ الطائفه|الشيخ الطوسي|شیخ طوسی',
    'epithet',
    'the jurist of Baghdad and Najaf, not the astronomer نصير الدين الطوسي',
  ],
  [
    'الحسن بن يوسف بن المطهر الحلي|حسن بن یوسف بن مطهر حلی|ابن المطهر الحلي|ابن مطهر حلی',
    'العلامة الحلي|علامه حلی',
    'epithet',
    'the jurist of Hilla, not his teacher المحقق الحلي',
  ],
  [
    'جعفر بن الحسن الحلي|جعفر بن حسن حلی|نجم الدين جعفر بن الحسن|نجم‌الدین جعفر بن حسن حلی',
    'المحقق الحلي|محقق حلی',
    'epithet',
    'the jurist of Hilla, the teacher of العلامة الحلي',
  ],
  [
    'محمد بن مكي العاملي|محمد بن مکی عاملی|شمس الدين محمد بن مكي',
    'الشهيد الأول|شهید اول',
    'epithet',
    'the jurist of Jabal Amil executed at Damascus',
  ],
  [
    'زين الدين بن علي العاملي|زین‌الدین بن علی عاملی|زين الدين الجبعي العاملي|زين الدين بن علي الجبعي',
    'الشهيد الثاني|شهید ثانی',
    'epithet',
    'the jurist of Jabal Amil killed in 1558',
  ],
  [
    'صدرالدین محمد شیرازی|صدرالدین شیرازی|صدر الدين الشيرازي|محمد بن إبراهيم الشيرازي|صدر الدين محمد الشيرازي|Sadr al-Din Shirazi',
    'ملاصدرا|ملا صدرا|صدر المتألهين|صدرالمتألهین|Mulla Sadra',
    'epithet',
    'the Safavid philosopher',
  ],
  [
    'محمدباقر استرآبادی|میر محمدباقر استرآبادی|محمد باقر الأسترآبادي',
    'میرداماد|میر داماد|المير داماد|Mir Damad',
    'nickname',
    'the Safavid philosopher',
  ],
  [
    'محمدحسن نجفی|شیخ محمدحسن نجفی|محمد حسن النجفي|الشيخ محمد حسن النجفي',
    'صاحب جواهر|صاحب الجواهر|صاحب‌جواهر',
    'epithet',
    'the jurist of Najaf, named after his book',
  ],
  [
    'محمدکاظم خراسانی|محمد کاظم خراسانی|ملا محمدکاظم خراسانی|محمد كاظم الخراساني',
    'آخوند خراسانی|الآخوند الخراساني|آخوند ملا محمدکاظم خراسانی',
    'title and name',
    'the jurist of Najaf of the Constitutional Revolution',
  ],
  [
    'محمدحسین طباطبایی|سید محمدحسین طباطبایی|محمد حسين الطباطبائي|السيد محمد حسين الطباطبائي',
    'علامه طباطبایی|العلامة الطباطبائي|صاحب المیزان|صاحب الميزان',
    'epithet',
    'the philosopher of Qom, named after his commentary',
  ],
  [
    'محمد باقر الصدر|محمدباقر صدر|السيد محمد باقر الصدر|سید محمدباقر صدر',
    'الشهيد الصدر الأول|شهید صدر اول|الصدر الأول',
    'epithet',
    'the jurist of Najaf executed in 1980',
  ],
  [
    'محمد صادق الصدر|محمدصادق صدر|السيد محمد صادق الصدر|سید محمدصادق صدر',
    'الشهيد الصدر الثاني|شهید صدر دوم|الصدر الثاني',
    'epithet',
    'the jurist of Najaf killed in 1999, father of مقتدى الصدر',
  ],
  [
    'روح الله الموسوي الخميني|روح‌الله موسوی خمینی|سید روح‌الله موسوی خمینی|روح‌الله خمینی|روح الله الخميني|Ruhollah Khomeini',
    'امام راحل|بنیانگذار جمهوری اسلامی|الإمام الراحل',
    'epithet',
    'the leader of the Iranian revolution',
  ],
  // Prophets whom Christian Arabic names by the forms of the Bible and Muslim usage, and Persian after it, otherwise.
  [
    'عيسى بن مريم|عیسی بن مریم|عیسی مسیح|المسيح عيسى|عيسى المسيح|النبي عيسى|حضرت عیسی',
    'يسوع|یسوع|يسوع المسيح|یسوع مسیح|الرب يسوع|Jesus|Jesus Christ',
    'Christian Arabic name',
    'Jesus, عيسى in the Quran and يسوع in the Arabic Bible',
  ],
  [
    'يحيى بن زكريا|یحیی بن زکریا|النبي يحيى|حضرت یحیی|یحیی پیامبر',
    'يوحنا المعمدان|یوحنای تعمیددهنده|یحیی تعمیددهنده|یوحنا معمدان|John the Baptist',
    'Christian Arabic name',
    'John the Baptist, يحيى in the Quran and يوحنا in the Arabic Bible',
  ],
  [
    'النبي يونس|یونس پیامبر|حضرت یونس|يونس بن متى',
    'يونان النبي|النبي يونان|Jonah',
    'Christian Arabic name',
    'Jonah, يونان in the Arabic Bible',
  ],
  [
    'النبي إلياس|الیاس نبی|حضرت الیاس',
    'إيليا النبي|النبي إيليا|مار إلياس|Elijah',
    'Christian Arabic name',
    'Elijah, إيليا in the Arabic Bible',
  ],
];
