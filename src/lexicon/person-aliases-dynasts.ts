/**
 * Rulers of the Muslim past whom Arabic and Persian name by a regnal title, an epithet or a number, against the names
 * they were born with or the number Europe gives them: the Abbasid and Fatimid caliphs by their regnal titles (هارون
 * الرشيد, المعتصم بالله), the Umayyads of Cordoba by their titles against their numbers (عبد الرحمن الداخل, the first),
 * Mamluk and Ottoman sultans by their epithets (الظاهر بيبرس, عثمان غازي, محمد رشاد), Mughal, Safavid, Afghan and
 * Qajar rulers by their regnal names and epithets (شاه‌جهان, احمدشاه درانی, بچه سقاو), the Mongol khans; and people
 * of the present named two ways (a Kurdish and an official given name, an English name in Taiwan and Hong Kong, a nom
 * de guerre of the Iranian war). Written for the project. A number is listed only with the house or title that says
 * whose it is where another dynasty has a king of the same name and number (محمد الخامس is also Morocco's king).
 */

import type { AliasRow } from './person-alias-row.js';

export const DYNAST_ROWS: readonly AliasRow[] = [
  // Abbasid caliphs: the brothers السفاح and المنصور were both عبد الله بن محمد, and الأمين and المعتصم both محمد بن
  // هارون, so the bare chains are left out.
  [
    'عبد الله بن محمد السفاح|أبو العباس عبد الله بن محمد',
    'أبو العباس السفاح|السفاح|ابوالعباس سفاح|سفاح عباسی',
    'epithet',
    'the first Abbasid caliph',
  ],
  [
    'عبد الله بن محمد المنصور|أبو جعفر عبد الله بن محمد|عبدالله بن محمد منصور',
    'أبو جعفر المنصور|ابوجعفر منصور|منصور عباسی|المنصور العباسي|منصور دوانیقی|ابوجعفر منصور دوانیقی',
    'epithet',
    'the second Abbasid caliph, the founder of Baghdad',
  ],
  ['محمد بن عبد الله المنصور|محمد بن المنصور', 'المهدي العباسي|مهدی عباسی', 'regnal name', 'the third Abbasid caliph'],
  [
    'هارون بن محمد المهدي|هارون بن المهدي|هارون بن مهدی',
    'هارون الرشيد|هارون‌الرشید|هارون الرشید|الرشيد|Harun al-Rashid',
    'regnal name',
    'the fifth Abbasid caliph',
  ],
  ['محمد الأمين بن هارون الرشيد|محمد بن زبيدة', 'الأمين العباسي|امین عباسی', 'regnal name', 'the sixth Abbasid caliph'],
  [
    'عبد الله بن هارون الرشيد|عبد الله المأمون|عبدالله مأمون',
    'المأمون|المأمون العباسي|مأمون عباسی|مامون عباسی|al-Mamun',
    'regnal name',
    'the seventh Abbasid caliph',
  ],
  [
    'محمد بن هارون المعتصم|أبو إسحاق محمد بن هارون الرشيد|محمد المعتصم',
    'المعتصم بالله|المعتصم|معتصم عباسی|al-Mutasim',
    'regnal name',
    'the eighth Abbasid caliph, not his brother الأمين',
  ],
  [
    'هارون بن محمد المعتصم|هارون الواثق|هارون بن المعتصم',
    'الواثق بالله|الواثق|واثق عباسی|al-Wathiq',
    'regnal name',
    'the ninth Abbasid caliph, not هارون الرشيد',
  ],
  [
    'جعفر بن محمد المعتصم|جعفر المتوكل|جعفر بن المعتصم',
    'المتوكل على الله|المتوكل|متوکل عباسی|al-Mutawakkil',
    'regnal name',
    'the tenth Abbasid caliph, not جعفر الصادق',
  ],
  [
    'عبد الله بن منصور المستنصر|عبد الله المستعصم',
    'المستعصم بالله|المستعصم|مستعصم عباسی',
    'regnal name',
    'the last Abbasid caliph of Baghdad',
  ],
  // Fatimid caliphs.
  ['معد بن إسماعيل|معد بن المنصور', 'المعز لدين الله|المعز الفاطمي|معز فاطمی', 'regnal name', 'the Fatimid caliph who took Egypt'],
  [
    'المنصور بن نزار|المنصور بن العزيز',
    'الحاكم بأمر الله|الحاكم الفاطمي|الحاکم بامرالله|حاکم بامرالله',
    'regnal name',
    'the sixth Fatimid caliph',
  ],
  ['معد بن علي الظاهر|معد بن الظاهر', 'المستنصر بالله الفاطمي|المستنصر الفاطمي|مستنصر فاطمی', 'regnal name', 'the eighth Fatimid caliph'],
  // The Umayyads of Cordoba, by their titles and their numbers.
  [
    'عبد الرحمن الأول|عبدالرحمن اول|عبد الرحمن بن معاوية|Abd al-Rahman I',
    'عبد الرحمن الداخل|عبدالرحمن داخل|صقر قريش',
    'epithet',
    'the founder of the Umayyad emirate of Cordoba',
  ],
  [
    'عبد الرحمن الثالث|عبدالرحمن سوم|Abd al-Rahman III',
    'عبد الرحمن الناصر|الناصر لدين الله|عبدالرحمن ناصر',
    'regnal name',
    'the first caliph of Cordoba',
  ],
  ['الحكم الثاني|حکم دوم|al-Hakam II', 'الحكم المستنصر|المستنصر بالله الأموي', 'regnal name', 'the second caliph of Cordoba'],
  ['هشام الثاني|هشام دوم|Hisham II', 'هشام المؤيد|المؤيد بالله', 'regnal name', 'the third caliph of Cordoba'],
  // Ayyubid and Mamluk sultans, by their regnal titles.
  [
    'صلاح الدين الأيوبي|الناصر صلاح الدين يوسف بن أيوب|صلاح الدين يوسف بن أيوب|يوسف بن أيوب|یوسف بن ایوب',
    'الملك الناصر صلاح الدين|الناصر صلاح الدين',
    'regnal name',
    'the sultan of Egypt and Syria',
  ],
  [
    'سيف الدين أبو بكر بن أيوب|أبو بكر بن أيوب',
    'الملك العادل|العادل الأيوبي|العادل سيف الدين',
    'regnal name',
    'the Ayyubid sultan, brother of Saladin',
  ],
  ['محمد بن أبي بكر بن أيوب|ناصر الدين محمد', 'الملك الكامل|الكامل الأيوبي', 'regnal name', 'the Ayyubid sultan of Egypt'],
  [
    'بيبرس البندقداري|ركن الدين بيبرس|ركن الدين بيبرس البندقداري|بیبرس بندقداری|Baybars al-Bunduqdari',
    'الظاهر بيبرس|الملك الظاهر بيبرس|الظاهر ركن الدين بيبرس|ظاهر بیبرس|al-Zahir Baybars',
    'regnal name',
    'the Mamluk sultan (بيبرس alone is also بيبرس الجاشنكير)',
  ],
  [
    'سيف الدين قطز|محمود بن ممدود|سیف‌الدین قطز',
    'المظفر قطز|الملك المظفر قطز|المظفر سيف الدين قطز',
    'regnal name',
    'the Mamluk sultan of Ain Jalut',
  ],
  ['سيف الدين قلاوون|قلاوون الألفي|سیف‌الدین قلاوون', 'المنصور قلاوون|الملك المنصور قلاوون', 'regnal name', 'the Mamluk sultan'],
  ['سيف الدين قايتباي|قايتباي المحمودي', 'الأشرف قايتباي|الملك الأشرف قايتباي', 'regnal name', 'the Mamluk sultan'],
  // Ottoman sultans, by their epithets against their numbers.
  ['عثمان الأول|عثمان اول|Osman I', 'عثمان غازي|عثمان غازی|عثمان بك|Osman Gazi', 'epithet', 'the founder of the Ottoman house'],
  ['أورخان الأول|اورخان اول|Orhan I', 'أورخان غازي|اورخان غازی|Orhan Gazi', 'epithet', 'the second Ottoman ruler'],
  ['مراد الأول|مراد اول|Murad I', 'مراد خداوندگار|السلطان مراد خداوندگار|Murad Hudavendigar', 'epithet', 'the third Ottoman ruler'],
  [
    'محمد الأول|السلطان محمد الأول|محمد اول|سلطان محمد اول|Mehmed I',
    'محمد جلبي|محمد چلبی|السلطان محمد جلبي|Mehmed Celebi',
    'epithet',
    'the Ottoman sultan Mehmed I',
  ],
  [
    'Mehmed II|السلطان محمد الثاني|السلطان العثماني محمد الثاني|سلطان محمد دوم عثمانی',
    'السلطان محمد الفاتح|محمد الفاتح العثماني',
    'epithet',
    'the Ottoman sultan who took Constantinople',
  ],
  ['بايزيد الثاني|بایزید دوم|Bayezid II', 'بايزيد الولي|بایزید ولی|Bayezid Veli', 'epithet', 'the Ottoman sultan Bayezid II'],
  ['سليم الأول|السلطان سليم الأول', 'ياووز سليم|یاووز سلیم|سليم العابس', 'epithet', 'the Ottoman sultan who took Syria and Egypt'],
  ['سليمان القانوني|سليمان الأول|السلطان سليمان الأول|سلیمان اول|Suleiman I', '', 'epithet', 'the Ottoman sultan Suleiman I'],
  [
    'السلطان محمد الخامس|السلطان العثماني محمد الخامس|سلطان محمد پنجم|Mehmed V',
    'محمد رشاد|السلطان محمد رشاد|محمد رشاد الخامس|Mehmed Resad',
    'epithet',
    'the Ottoman sultan Mehmed V (محمد الخامس alone is also the king of Morocco)',
  ],
  [
    'السلطان محمد السادس|السلطان العثماني محمد السادس|سلطان محمد ششم|Mehmed VI',
    'محمد وحيد الدين|محمد وحیدالدین|السلطان وحيد الدين|Mehmed Vahideddin',
    'epithet',
    'the last Ottoman sultan (محمد السادس alone is also the king of Morocco)',
  ],
  // Mughal emperors, by their regnal names.
  [
    'جلال‌الدین محمد اکبر|جلال الدین محمد اکبر|جلال الدين محمد أكبر|Jalal-ud-din Muhammad Akbar',
    'اکبرشاه|اکبر شاه|اکبر کبیر|أكبر شاه|أكبر الأعظم|Akbar the Great',
    'epithet',
    'the Mughal emperor Akbar',
  ],
  [
    'نورالدین محمد جهانگیر|نور الدين محمد جهانكير|Nur-ud-din Muhammad Salim',
    'جهانگیر شاه|جهانگیرشاه|الإمبراطور جهانكير|Jahangir',
    'regnal name',
    'the Mughal emperor Jahangir',
  ],
  [
    'شهاب‌الدین محمد خرم|شهاب الدین محمد خرم|شهاب الدين محمد خرم|شاهزاده خرم|Shahab-ud-din Muhammad Khurram',
    'شاه‌جهان|شاه جهان|شاهجهان|Shah Jahan',
    'regnal name',
    'the Mughal emperor who built the Taj Mahal',
  ],
  [
    'محی‌الدین محمد اورنگ‌زیب|اورنگ‌زیب|اورنگ زیب|اورنگزیب|أورنكزيب|Aurangzeb',
    'عالمگیر|عالمگیر اول|عالم كير|Alamgir',
    'regnal name',
    'the Mughal emperor Aurangzeb',
  ],
  // Safavid and Qajar kings.
  [
    'شاه اسماعیل اول|شاه اسماعیل یکم|إسماعيل الأول الصفوي|الشاه إسماعيل الأول|Ismail I',
    'شاه اسماعیل صفوی|الشاه إسماعيل الصفوي|إسماعيل الصفوي|خطایی|Shah Ismail Safavi',
    'epithet',
    'the founder of the Safavid state (خطایی, his pen name)',
  ],
  [
    'شاه عباس اول|شاه عباس یکم|عباس الأول|الشاه عباس الأول|Abbas I',
    'شاه عباس کبیر|شاه عباس بزرگ|عباس الكبير|الشاه عباس الكبير|Abbas the Great',
    'epithet',
    'the Safavid king Abbas I',
  ],
  ['فتحعلی‌شاه|فتح علي شاه|Fath-Ali Shah', 'باباخان|بابا خان|Baba Khan', 'nickname', 'the Qajar king, Baba Khan before he reigned'],
  [
    'میرزا ابوالقاسم فراهانی|میرزا ابوالقاسم قائم‌مقام|میرزا ابوالقاسم قائم مقام|ابوالقاسم قائم‌مقام فراهانی',
    'قائم‌مقام فراهانی|قائم مقام فراهانی|قائم‌مقام دوم',
    'epithet',
    'the Qajar chancellor (his father was the first قائم‌مقام)',
  ],
  [
    'میرزا یونس|میرزا یونس گیلانی',
    'میرزا کوچک‌خان|میرزا کوچک خان|میرزا کوچک‌خان جنگلی|میرزا کوچک خان جنگلی|ميرزا كوجك خان',
    'nickname',
    'the leader of the Jangal movement of Gilan',
  ],
  // Afghan rulers.
  [
    'احمدشاه ابدالی|احمد شاه ابدالی|أحمد شاه الأبدالي|أحمد شاه أبدالي|Ahmad Shah Abdali',
    'احمدشاه درانی|احمد شاه درانی|أحمد شاه دراني|أحمد شاه الدراني|احمدشاه بابا|احمد شاه بابا|Ahmad Shah Durrani',
    'epithet',
    'the founder of the Durrani empire, who named his Abdali tribe Durrani',
  ],
  [
    'عبدالرحمن خان|امیر عبدالرحمن خان|عبد الرحمن خان|الأمير عبد الرحمن خان|Abdur Rahman Khan',
    'امیر آهنین|الأمير الحديدي|Iron Amir',
    'epithet',
    'the Afghan amir of 1880 to 1901',
  ],
  [
    'امان‌الله خان|امان الله خان|شاه امان‌الله|امیر امان‌الله خان|أمان الله خان|Amanullah Khan',
    'غازی امان‌الله خان|غازی امان‌الله|غازي أمان الله خان',
    'epithet',
    'the Afghan king of independence',
  ],
  [
    'حبیب‌الله کلکانی|حبیب الله کلکانی|امیر حبیب‌الله کلکانی|حبيب الله كلكاني|Habibullah Kalakani',
    'بچه سقاو|بچه‌سقاو|بچه سقا|Bacha-i Saqao',
    'nickname',
    'the Afghan amir of 1929, "son of the water-carrier"',
  ],
  [
    'محمد داوود خان|محمد داوودخان|سردار محمد داوود|سردار داوود|محمد داود خان|Mohammad Daoud Khan',
    '',
    'title and name',
    'the first president of Afghanistan',
  ],
  // Mongol khans.
  [
    'تموجین|تیموجین|تيموجين|تموچین|Temujin',
    'چنگیز خان|چنگیزخان|جنكيز خان|جنکیز خان|Genghis Khan|Chinggis Khan',
    'epithet',
    'the founder of the Mongol empire',
  ],
  ['هولاكو|هلاکو|هولاكو خان|هلاکوخان|هلاکو خان|Hulagu Khan', '', 'title and name', 'the Mongol Ilkhan who took Baghdad'],
  // People of the present named two ways.
  [
    'مهسا امینی|مهسا أميني|Mahsa Amini|ژینا امینی|جينا أميني|Jina Amini',
    '',
    'adopted name',
    'the Kurdish woman whose death in 2022 set off protests in Iran: Jina her Kurdish name, Mahsa the one on her papers',
  ],
  [
    'لاي تشينغ دي|لای چینگ-ته|لای چینگ ته|لای چینگ‌ته|Lai Ching-te',
    'ويليام لاي|ویلیام لای|William Lai',
    'English name',
    'the president of Taiwan',
  ],
  [
    'لام تشنغ يوت نغور|Lam Cheng Yuet-ngor',
    'كاري لام|کری لام|Carrie Lam',
    'English name',
    'the chief executive of Hong Kong from 2017 to 2022',
  ],
  [
    'ماريا سكودوفسكا|ماريا سكلودوفسكا|ماريا سكودوفسكا كوري|ماريا سكلودوفسكا كوري|ماریا اسکلودوفسکا|ماریا اسکلودوفسکا کوری|Maria Sklodowska',
    'ماري كوري|ماری کوری|Marie Curie',
    'French name',
    'the physicist and chemist, born in Warsaw',
  ],
  [
    'محمدحسین افشردی|محمد حسين أفشردي',
    'محمد باقری|محمد باقري|Mohammad Bagheri',
    'nom de guerre',
    'the chief of staff of the Iranian armed forces killed in 2025',
  ],
  [
    'غلامحسین افشردی|غلام حسين أفشردي',
    'حسن باقری|حسن باقري|Hassan Bagheri',
    'nom de guerre',
    'the IRGC commander killed in 1983, brother of محمد باقری',
  ],
  [
    'محمد یعقوب مجاهد|ملا محمد یعقوب|مولوی محمد یعقوب مجاهد|محمد يعقوب مجاهد|Mohammad Yaqoob Mujahid',
    'ملا یعقوب|الملا يعقوب|Mullah Yaqoob',
    'title and name',
    'the Taliban defence minister, son of ملا عمر',
  ],
  [
    'هبت‌الله آخندزاده|هبت‌الله آخوندزاده|هبة الله آخوند زاده|هبة الله أخوند زاده|Hibatullah Akhundzada',
    'شیخ هبت‌الله|ملا هبت‌الله|مولوی هبت‌الله|شيخ هبة الله|الشيخ هبة الله|ملا هبة الله',
    'title and name',
    'the leader of the Taliban',
  ],
  [
    'عبدالغنی برادر|عبد الغني برادر|Abdul Ghani Baradar',
    'ملا برادر آخند|برادر آخند|Baradar Akhund',
    'nickname',
    'the Taliban deputy prime minister',
  ],
  [
    'سراج‌الدین حقانی|سراج الدين حقاني|سراج الدین حقانی|Sirajuddin Haqqani',
    'خلیفه سراج‌الدین حقانی|خلیفه سراج الدین حقانی',
    'title and full name',
    'the Taliban interior minister, not his father جلال‌الدین حقانی',
  ],
  [
    'احمد ضیا مسعود|ضیا مسعود|أحمد ضياء مسعود|Ahmad Zia Massoud',
    '',
    'title and name',
    'the Afghan vice-president, brother of احمد شاه مسعود and not his son احمد مسعود',
  ],
  [
    'یحیی رحیم صفوی|سید یحیی رحیم صفوی|رحیم صفوی|يحيى رحيم صفوي|Yahya Rahim Safavi',
    '',
    'title and name',
    'the commander of the IRGC from 1997 to 2007',
  ],
];
