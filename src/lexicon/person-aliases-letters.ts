/**
 * Poets, writers, singers and actors whom Arabic and Persian name by a pen name (takhallus), a stage name, a kunya or
 * an epithet, against the names they were born with: Persian poets by their takhallus (شهریار for محمدحسین بهجت
 * تبریزی), modern Persian writers by the initials and names they signed with (م. امید, الف. بامداد, گوهر مراد), the
 * classical Arabic poets by their kunyas and nicknames (أبو نواس, المتنبي), modern Arab poets by their pen names and
 * titles (أدونيس, أمير الشعراء), and singers by their stage names (أم كلثوم, گوگوش). Written for the project; each
 * other name is one that news and books use for that person alone.
 */

import type { AliasRow } from './person-alias-row.js';

export const LETTERS_ROWS: readonly AliasRow[] = [
  // Persian poets and writers of the last century, by their pen names.
  [
    'محمدحسین بهجت تبریزی|سید محمدحسین بهجت تبریزی|محمدحسین بهجت|Mohammad-Hossein Behjat Tabrizi',
    'شهریار|استاد شهریار|محمدحسین شهریار|سید محمدحسین شهریار|Shahriar',
    'pen name',
    'the poet of Tabriz',
  ],
  ['غلامحسین ساعدی|غلام‌حسین ساعدی|Gholam-Hossein Saedi', 'گوهر مراد|گوهرمراد|Gowhar-e Morad', 'pen name', 'the playwright and writer'],
  [
    'علی اسفندیاری|علي إسفندياري|Ali Esfandiari',
    'نیما یوشیج|نیما|نيما يوشيج|Nima Yooshij|Nima Yushij',
    'pen name',
    'the father of modern Persian poetry',
  ],
  ['مهدی اخوان ثالث|اخوان ثالث|مهدي أخوان ثالث|Mehdi Akhavan-Sales', 'م. امید|م امید|م.امید|M. Omid', 'pen name', 'the poet of Mashhad'],
  ['احمد شاملو|أحمد شاملو|Ahmad Shamlou', 'الف. بامداد|الف بامداد|ا. بامداد|A. Bamdad', 'pen name', 'the poet of Tehran'],
  [
    'محمدرضا شفیعی کدکنی|شفیعی کدکنی|محمد رضا شفيعي كدكني|Mohammad-Reza Shafiei Kadkani',
    'م. سرشک|م سرشک|م.سرشک|M. Sereshk',
    'pen name',
    'the poet and scholar',
  ],
  ['هوشنگ ابتهاج|Houshang Ebtehaj', 'ه. ا. سایه|ه.ا. سایه|ه ا سایه|سایه|Sayeh|H. E. Sayeh', 'pen name', 'the poet of Rasht'],
  ['محمود مشرف آزاد تهرانی|محمود مشرف تهرانی', 'م. آزاد|م آزاد|م.آزاد', 'pen name', 'the poet'],
  ['نعمت میرزازاده|نعمت‌الله میرزازاده', 'م. آزرم|م آزرم|م.آزرم', 'pen name', 'the poet'],
  ['محمدحسن معیری|محمد حسن معیری', 'رهی معیری|رهی|Rahi Moayeri', 'pen name', 'the poet and songwriter'],
  [
    'محمدتقی بهار|محمد تقی بهار|محمد تقي بهار|Mohammad-Taqi Bahar',
    'ملک‌الشعرای بهار|ملک‌الشعرا بهار|ملک الشعرای بهار|ملك الشعراء بهار',
    'epithet',
    'the poet laureate',
  ],
  ['علی‌اکبر دهخدا|علی اکبر دهخدا|علي أكبر دهخدا|Ali-Akbar Dehkhoda', 'دخو|Dakhow', 'pen name', 'the lexicographer, in his satires'],
  ['رخشنده اعتصامی|رخشنده اعتصامي', 'پروین اعتصامی|پروین|بروين اعتصامي|Parvin Etesami', 'pen name', 'the poet'],
  [
    'سید اشرف‌الدین حسینی گیلانی|اشرف‌الدین گیلانی|سید اشرف‌الدین گیلانی|اشرف الدین حسینی',
    'نسیم شمال|نسيم الشمال',
    'pen name',
    'the poet of the Constitutional Revolution, named after his paper',
  ],
  ['سید مجتبی علوی|مجتبی علوی', 'بزرگ علوی|Bozorg Alavi', 'nickname', 'the novelist'],
  ['ایرج میرزا|إيرج ميرزا|Iraj Mirza', 'جلال‌الممالک|جلال الممالک', 'epithet', 'the Qajar poet'],
  ['محمدصادق امیری|میرزا محمدصادق امیری', 'ادیب‌الممالک فراهانی|ادیب الممالک فراهانی|ادیب‌الممالک', 'epithet', 'the Qajar poet'],
  ['محمد غفاری|میرزا محمد غفاری|محمد غفاری کاشانی', 'کمال‌الملک|کمال الملک|Kamal-ol-Molk', 'epithet', 'the painter'],
  // Classical Persian poets and scholars, by their takhallus or epithets.
  [
    'شمس‌الدین محمد حافظ شیرازی|خواجه شمس‌الدین محمد حافظ شیرازی|شمس‌الدین محمد شیرازی|حافظ شیرازی|حافظ الشيرازي|Hafez',
    'لسان‌الغیب|لسان الغیب|لسان الغيب|خواجه حافظ|خواجه حافظ شیرازی',
    'epithet',
    'the poet of Shiraz',
  ],
  [
    'ابوالقاسم فردوسی|فردوسی|حکیم ابوالقاسم فردوسی|أبو القاسم الفردوسي|الفردوسي|Ferdowsi',
    'حکیم توس|حکیم طوس|حكيم طوس',
    'epithet',
    'the poet of the Shahnameh',
  ],
  [
    'مشرف‌الدین مصلح بن عبدالله شیرازی|مصلح‌الدین سعدی|مصلح بن عبدالله شیرازی|سعدی شیرازی|سعدي الشيرازي|Saadi',
    'شیخ اجل|افصح‌المتکلمین|افصح المتکلمین|استاد سخن',
    'epithet',
    'the poet of Shiraz',
  ],
  [
    'محمد اقبال|محمد إقبال|اقبال لاهوری|علامه اقبال|علامه محمد اقبال لاهوری|Muhammad Iqbal|Allama Iqbal',
    'شاعر مشرق|شاعر الشرق|شاعر المشرق|Poet of the East',
    'epithet',
    'the poet and philosopher of Lahore',
  ],
  [
    'ناصرخسرو قبادیانی|ناصر خسرو قبادیانی|ناصر بن خسرو|ناصرخسرو|ناصر خسرو|ناصر خسرو القبادياني',
    'حجت خراسان|حجت خراسانی',
    'epithet',
    'the Ismaili poet of Balkh',
  ],
  [
    'امیرخسرو دهلوی|امیر خسرو دهلوی|یمین‌الدین ابوالحسن خسرو|أمير خسرو الدهلوي|Amir Khusrau',
    'طوطی هند|طوطی هندوستان',
    'epithet',
    'the poet of Delhi',
  ],
  [
    'میرزا عبدالقادر بیدل|عبدالقادر بیدل|عبدالقادر بیدل دهلوی|بیدل دهلوی|Bedil',
    'ابوالمعانی|ابوالمعانی بیدل',
    'epithet',
    'the poet of Delhi',
  ],
  // Classical Arabic poets and writers, by their kunyas and nicknames.
  [
    'أحمد بن الحسين الجعفي|أحمد بن الحسين المتنبي|احمد بن حسین جعفی|Ahmad ibn al-Husayn',
    'المتنبي|متنبی|أبو الطيب المتنبي|ابوالطیب متنبی|أبو الطيب|al-Mutanabbi',
    'nickname',
    'the poet of Kufa and Aleppo',
  ],
  ['الحسن بن هانئ|الحسن بن هانئ الحكمي|حسن بن هانی|حسن بن هانی حکمی', 'أبو نواس|ابونواس|ابو نواس|Abu Nuwas', 'kunya', 'the Abbasid poet'],
  ['حبيب بن أوس الطائي|حبيب بن أوس|حبیب بن اوس طایی', 'أبو تمام|ابوتمام|ابو تمام|Abu Tammam', 'kunya', 'the Abbasid poet'],
  [
    'أحمد بن عبد الله بن سليمان التنوخي|أحمد بن عبد الله المعري|احمد بن عبدالله معری',
    'أبو العلاء المعري|ابوالعلاء معری|ابوالعلای معری|رهين المحبسين|Abu al-Ala al-Maarri',
    'kunya',
    'the blind poet of Maarrat al-Numan',
  ],
  [
    'حندج بن حجر الكندي|حندج بن حجر',
    'امرؤ القيس|امرئ القيس|امرؤالقیس|امرؤ القیس|الملك الضليل|Imru al-Qays',
    'nickname',
    'the pre-Islamic poet',
  ],
  ['همام بن غالب التميمي|همام بن غالب|همام بن غالب تمیمی', 'الفرزدق|فرزدق|al-Farazdaq', 'nickname', 'the Umayyad poet'],
  ['غياث بن غوث التغلبي|غياث بن غوث', 'الأخطل|اخطل|al-Akhtal', 'nickname', 'the Umayyad Christian poet'],
  [
    'عمرو بن بحر الكناني|عمرو بن بحر|عمرو بن بحر البصري',
    'الجاحظ|جاحظ|أبو عثمان الجاحظ|al-Jahiz',
    'nickname',
    'the Abbasid writer of Basra',
  ],
  ['تماضر بنت عمرو|تماضر بنت عمرو السلمية', 'الخنساء|خنساء|al-Khansa', 'nickname', 'the poet of elegies'],
  ['جرول بن أوس|جرول بن أوس العبسي', 'الحطيئة|حطیئه|al-Hutayah', 'nickname', 'the satirist poet'],
  [
    'الحارث بن سعيد بن حمدان|الحارث بن سعيد الحمداني',
    'أبو فراس الحمداني|ابوفراس حمدانی|Abu Firas al-Hamdani',
    'kunya',
    'the Hamdanid poet',
  ],
  [
    'عبد الله بن المقفع|ابن المقفع|عبدالله بن مقفع|ابن مقفع|Ibn al-Muqaffa',
    'روزبه|روزبه پسر دادویه|روزبه دادویه|Rouzbeh',
    'adopted name',
    'the translator of Kalila and Dimna, Rouzbeh before he took an Arabic name',
  ],
  // Modern Arab poets and writers, by their pen names and titles.
  [
    'علي أحمد سعيد إسبر|علي أحمد سعيد|علی احمد سعید اسبر|علی احمد سعید|Ali Ahmad Said Esber',
    'أدونيس|ادونيس|آدونیس|ادونیس|Adonis',
    'pen name',
    'the Syrian poet',
  ],
  ['محمد سليمان الأحمد|محمد سلیمان احمد', 'بدوي الجبل|بدوی الجبل', 'pen name', 'the Syrian poet'],
  [
    'بشارة عبد الله الخوري|Bishara Abdullah al-Khoury',
    'الأخطل الصغير|اخطل صغیر',
    'pen name',
    'the Lebanese poet, not the Lebanese president بشارة خليل الخوري',
  ],
  ['رشيد سليم الخوري|رشید سلیم خوری', 'الشاعر القروي|شاعر قروی', 'pen name', 'the Lebanese poet of the diaspora'],
  ['أحمد شوقي|احمد شوقی|Ahmed Shawqi', 'أمير الشعراء|امیرالشعرا|امیر الشعرا|Prince of Poets', 'epithet', 'the Egyptian poet'],
  ['حافظ إبراهيم|محمد حافظ إبراهيم|حافظ ابراهیم|Hafez Ibrahim', 'شاعر النيل|شاعر نیل', 'epithet', 'the Egyptian poet'],
  ['خليل مطران|خلیل مطران|Khalil Mutran', 'شاعر القطرين|شاعر الأقطار العربية', 'epithet', 'the Lebanese and Egyptian poet'],
  ['عائشة عبد الرحمن|عایشه عبدالرحمن|Aisha Abd al-Rahman', 'بنت الشاطئ|بنت الشاطی|Bint al-Shati', 'pen name', 'the Egyptian writer'],
  ['ماري إلياس زيادة|ماري زيادة|Marie Ziadeh', 'مي زيادة|می زیاده|May Ziadeh', 'pen name', 'the Lebanese and Egyptian writer'],
  // Singers and actors, by their stage names.
  [
    'فاطمة إبراهيم السيد البلتاجي|فاطمة إبراهيم البلتاجي|فاطمة البلتاجي',
    'أم كلثوم|ام کلثوم|ام‌کلثوم|Umm Kulthum',
    'stage name',
    'the Egyptian singer',
  ],
  ['فاطمة إبراهيم السيد البلتاجي', 'كوكب الشرق|کوکب الشرق|Star of the East', 'epithet', 'the Egyptian singer أم كلثوم'],
  ['نهاد حداد|نهاد وديع حداد|نهاد حداد|Nouhad Haddad', 'فيروز|فیروز|Fairuz|Fayrouz', 'stage name', 'the Lebanese singer'],
  ['جانيت جرجس فغالي|جانيت فغالي|Jeanette Feghali', 'صباح|Sabah', 'stage name', 'the Lebanese singer'],
  ['جانيت جرجس فغالي', 'الشحرورة', 'epithet', 'the Lebanese singer صباح, "the blackbird"'],
  ['آمال الأطرش|آمال اطرش|Amal al-Atrash', 'أسمهان|اسمهان|Asmahan', 'stage name', 'the Syrian and Egyptian singer'],
  ['فاطمة أحمد كمال شاكر|فاطمة شاكر|Fatma Shaker', 'شادية|شادیه|Shadia', 'stage name', 'the Egyptian singer and actor'],
  ['عبد الحليم علي شبانة|عبد الحليم شبانة', 'عبد الحليم حافظ|عبدالحلیم حافظ|Abdel Halim Hafez', 'stage name', 'the Egyptian singer'],
  ['عبد الحليم علي شبانة', 'العندليب الأسمر|عندلیب اسمر', 'epithet', 'the Egyptian singer عبد الحليم حافظ, "the dark nightingale"'],
  ['وردة محمد فتوكي|وردة فتوكي', 'وردة الجزائرية|Warda al-Jazairia', 'stage name', 'the Algerian singer'],
  ['وديع فرنسيس|وديع بشارة فرنسيس', 'وديع الصافي|ودیع الصافی|Wadih El Safi', 'stage name', 'the Lebanese singer'],
  ['ميشيل ديمتري شلهوب|ميشيل شلهوب|Michel Chalhoub', 'عمر الشريف|عمر شریف|Omar Sharif', 'stage name', 'the Egyptian actor'],
  ['فائقه آتشین|فائقه آتشين|Faegheh Atashin', 'گوگوش|غوغوش|Googoosh', 'stage name', 'the Iranian singer'],
  ['معصومه دده‌بالا|معصومه دده بالا', 'هایده|Hayedeh', 'stage name', 'the Iranian singer, sister of مهستی'],
  ['خدیجه دده‌بالا|خدیجه دده بالا', 'مهستی|Mahasti', 'stage name', 'the Iranian singer, sister of هایده'],
  ['عصمت باقرپور بابلی|عصمت باقرپور', 'دلکش|Delkash', 'stage name', 'the Iranian singer'],
  ['اشرف‌السادات مرتضایی|اشرف السادات مرتضایی', 'مرضیه|Marzieh', 'stage name', 'the Iranian singer'],
  ['ابراهیم حامدی|Ebrahim Hamedi', 'ابی|Ebi', 'stage name', 'the Iranian singer'],
  ['محمدصادق فطرت|محمد صادق فطرت|Mohammad Sadiq Fitrat', 'ناشناس|استاد ناشناس|Nashenas', 'stage name', 'the Afghan singer'],
];
