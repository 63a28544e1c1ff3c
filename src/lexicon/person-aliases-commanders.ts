/**
 * Commanders, militants and politicians of Afghanistan, Pakistan, Iran and the Arab world whom news names by a
 * nickname, a title with part of the name, a kunya or a nom de guerre, against the names they were born with or go
 * by in official papers: Afghan commanders by what their men call them (استاد عطا), the leaders of armed groups by
 * their noms de guerre (أبو محمد الجولاني), Palestinian leaders by their kunyas, and the names leaders were born with
 * before they took others (حسن فریدون, روحانی). Written for the project. A kunya many men bear is listed only for the
 * man news means by it, and a title that passes from one holder to the next (the Supreme Guide, the Marshal) is left
 * out; a son and his father are two rows, never one.
 */

import type { AliasRow } from './person-alias-row.js';

export const COMMANDER_ROWS: readonly AliasRow[] = [
  // Afghanistan and Pakistan.
  [
    'عطامحمد نور|عطا محمد نور|عطا نور|عطاء محمد نور|Atta Muhammad Nur|Atta Mohammad Noor',
    'استاد عطا|استاد عطامحمد نور|استاد عطا محمد نور|استاد نور|الأستاذ عطا|Ustad Atta',
    'title and name',
    'the governor of Balkh, whom his men call استاد, "master"',
  ],
  // استاد with the family name (استاد ربانی, استاد سیاف) is left to the titles; the forms of one name are listed.
  [
    'عبدالرب رسول سیاف|عبد رب الرسول سياف|عبدالرسول سیاف|Abdul Rasul Sayyaf',
    '',
    'title and name',
    'the Afghan mujahideen leader, عبد رب الرسول in full and عبد الرسول short',
  ],
  [
    'احمد شاه مسعود|أحمد شاه مسعود|Ahmad Shah Massoud',
    'آمر صاحب|آمرصاحب|آمر صاحب شهید|قهرمان ملی افغانستان|قهرمان ملی',
    'epithet',
    'the Afghan commander, not his son احمد مسعود',
  ],
  [
    'محمد عمر مجاهد|ملا محمد عمر|ملا محمد عمر مجاهد|الملا محمد عمر|Mullah Mohammad Omar',
    'ملا عمر|ملاعمر|الملا عمر|Mullah Omar',
    'title and name',
    'the founder of the Taliban',
  ],
  [
    'محمد نجیب‌الله|نجیب‌الله احمدزی|محمد نجیب الله|محمد نجيب الله|Mohammad Najibullah',
    'داکتر نجیب|دکتر نجیب|الدكتور نجيب|Dr. Najib',
    'title and name',
    'the Afghan president of the PDPA',
  ],
  ['محمد ظاهر شاه|ظاهرشاه|ظاهر شاه|محمد ظاهر|Mohammad Zahir Shah', 'بابای ملت|Baba-e Millat', 'epithet', 'the last king of Afghanistan'],
  [
    'اشرف غنی|محمد اشرف غنی|اشرف غنی احمدزی|محمد اشرف غنی احمدزی|أشرف غني|Ashraf Ghani|Ashraf Ghani Ahmadzai',
    '',
    'title and name',
    'the Afghan president from 2014 to 2021',
  ],
  [
    'محمد علی جناح|محمد علي جناح|Muhammad Ali Jinnah',
    'قائد اعظم|قائداعظم|القائد الأعظم|Quaid-e-Azam',
    'epithet',
    'the founder of Pakistan',
  ],
  [
    'خان عبدالغفار خان|عبدالغفار خان|عبد الغفار خان|Abdul Ghaffar Khan',
    'باچا خان|باچاخان|بادشاه خان|Bacha Khan|Badshah Khan',
    'nickname',
    'the Pashtun leader, not his son خان عبدالولی خان',
  ],
  [
    'موهانداس کرمچند گاندی|موهانداس گاندی|موهنداس گاندی|موهانداس کارامچاند گاندی|موهانداس كرمشاند غاندي|Mohandas Karamchand Gandhi|Mohandas Gandhi',
    'مهاتما گاندی|مهاتما غاندي|المهاتما غاندي|Mahatma Gandhi|Mahatma',
    'epithet',
    'the leader of Indian independence',
  ],
  // Iran.
  [
    'حسن فریدون|حسن فريدون|Hassan Fereydoun',
    'حسن روحانی|حسن روحاني|Hassan Rouhani',
    'adopted name',
    'the Iranian president, born حسن فریدون',
  ],
  [
    'ابراهیم رئیس‌الساداتی|سید ابراهیم رئیس‌الساداتی|ابراهيم رئيس الساداتي|Ebrahim Raisolsadati',
    'ابراهیم رئیسی|سید ابراهیم رئیسی|ابراهيم رئيسي|Ebrahim Raisi',
    'adopted name',
    'the Iranian president, born رئیس‌الساداتی',
  ],
  [
    'علی‌اکبر هاشمی بهرمانی|اکبر هاشمی بهرمانی|هاشمی بهرمانی|علي أكبر هاشمي بهرماني',
    'هاشمی رفسنجانی|اکبر هاشمی رفسنجانی|علی‌اکبر هاشمی رفسنجانی|علي أكبر هاشمي رفسنجاني|Akbar Hashemi Rafsanjani',
    'adopted name',
    'the Iranian president, born هاشمی بهرمانی',
  ],
  ['محمد خاتمی|سید محمد خاتمی|محمد خاتمي|Mohammad Khatami', 'سید خندان', 'nickname', 'the Iranian president, "the smiling sayyid"'],
  [
    'محمدرضا زاهدی|محمد رضا زاهدي|Mohammad Reza Zahedi',
    'حسن مهدوی|حسن مهدوي',
    'nom de guerre',
    'the Quds Force general killed at Damascus in 2024',
  ],
  [
    'میرزا تقی‌خان فراهانی|میرزا محمدتقی خان فراهانی|میرزا تقی خان فراهانی|تقی خان فراهانی',
    'امیرکبیر|امیر کبیر|أمير كبير|Amir Kabir',
    'epithet',
    'the Qajar chancellor',
  ],
  [
    'نادرشاه افشار|نادر شاه افشار|نادر افشار|نادر شاه أفشار|Nader Shah Afshar',
    'نادرقلی|نادرقلی بیگ|نادر قلی بیگ|طهماسب‌قلی خان|طهماسب قلی خان|Nader Qoli',
    'nickname',
    'the Afsharid king, not the Afghan king محمد نادر شاه',
  ],
  [
    'کریم‌خان زند|کریم خان زند|كريم خان زند|Karim Khan Zand',
    'وکیل‌الرعایا|وکیل الرعایا|وکیل‌الرعایا کریم‌خان',
    'epithet',
    'the Zand ruler',
  ],
  [
    'رضاخان|رضا خان|رضا خان میرپنج|رضاخان میرپنج|رضاخان سردار سپه|سردار سپه|Reza Khan',
    'رضا شاه|رضاشاه|Reza Shah',
    'regnal name',
    'the first Pahlavi king, رضاخان as an officer before he reigned (not his grandson رضا پهلوی)',
  ],
  [
    'محمدرضا پهلوی|محمدرضا شاه پهلوی|محمدرضاشاه|محمدرضا شاه|محمد رضا بهلوي|Mohammad Reza Pahlavi',
    'آریامهر|شاهنشاه آریامهر',
    'epithet',
    'the last Shah of Iran',
  ],
  // Iraq.
  [
    'عبد العزيز المحمداوي|عبدالعزیز محمداوی|Abdul Aziz al-Mohammadawi',
    'أبو فدك المحمداوي|أبو فدك|ابوفدک محمداوی|ابوفدک|Abu Fadak al-Mohammadawi',
    'nom de guerre',
    'the chief of staff of the Popular Mobilisation Forces',
  ],
  [
    'هاشم بنيان السراجي|هاشم بنیان سراجی',
    'أبو آلاء الولائي|ابوآلاء ولایی|ابو آلاء الولائی|Abu Alaa al-Walai',
    'nom de guerre',
    'the leader of Kataib Sayyid al-Shuhada',
  ],
  [
    'حسين فالح اللامي|حسين فالح عزيز اللامي|حسین فالح لامی',
    'أبو زينب اللامي|ابوزینب لامی|Abu Zainab al-Lami',
    'nom de guerre',
    'the security chief of the Popular Mobilisation Forces',
  ],
  ['نوري المالكي|نوری مالکی|Nouri al-Maliki', 'جواد المالكي|جواد مالکی', 'nom de guerre', 'the Iraqi prime minister, so named in exile'],
  [
    'علي حسن المجيد|علی حسن المجید|Ali Hassan al-Majid',
    'علي الكيماوي|علی شیمیایی|شیمیایی علی|Chemical Ali',
    'nickname',
    'the Iraqi Baath commander of the Anfal campaign',
  ],
  [
    'ميخائيل يوحنا|میخائیل یوحنا|Mikhail Yuhanna',
    'طارق عزيز|طارق عزیز|Tariq Aziz',
    'adopted name',
    'the Iraqi deputy prime minister, born ميخائيل يوحنا',
  ],
  ['صدام حسين|صدام حسین|صدام حسين المجيد|Saddam Hussein', 'أبو عدي|ابوعدی', 'kunya', 'the Iraqi president'],
  // Leaders of al-Qaeda, the Islamic State and other armed groups, by their noms de guerre.
  [
    'أحمد حسين الشرع|أحمد الشرع|احمد حسین الشرع|احمد الشرع|احمد شرع|Ahmed al-Sharaa|Ahmad al-Sharaa',
    'أبو محمد الجولاني|الجولاني|ابومحمد جولانی|ابو محمد الجولانی|ابومحمد الجولانی|جولانی|Abu Mohammad al-Jolani|Abu Muhammad al-Julani',
    'nom de guerre',
    'the leader of Hayat Tahrir al-Sham and Syrian president',
  ],
  [
    'أمير محمد سعيد عبد الرحمن المولى|أمير محمد عبد الرحمن المولى|امیر محمد سعید عبدالرحمن المولی|Amir Muhammad Said Abd al-Rahman al-Mawla',
    'أبو إبراهيم الهاشمي القرشي|ابوابراهیم هاشمی القرشی|ابوابراهیم الهاشمی القرشی|Abu Ibrahim al-Hashimi al-Qurashi',
    'nom de guerre',
    'the second leader of the Islamic State',
  ],
  [
    'حامد داود محمد خليل الزاوي|حامد داود الزاوي|حامد داوود الزاوی',
    'أبو عمر البغدادي|ابوعمر البغدادی|ابوعمر بغدادی|Abu Omar al-Baghdadi',
    'nom de guerre',
    'the leader of the Islamic State of Iraq',
  ],
  [
    'عبد المنعم عز الدين البدوي|عبد المنعم عز الدين علي البدوي',
    'أبو أيوب المصري|أبو حمزة المهاجر|ابوایوب المصری|ابوحمزه المهاجر|Abu Ayyub al-Masri',
    'nom de guerre',
    'the war minister of the Islamic State of Iraq',
  ],
  [
    'طه صبحي فلاحة|طه صبحی فلاحه',
    'أبو محمد العدناني|ابومحمد العدنانی|ابومحمد عدنانی|Abu Mohammad al-Adnani',
    'nom de guerre',
    'the spokesman of the Islamic State',
  ],
  [
    'طرخان باتيراشفيلي|ترخان باتیراشویلی|Tarkhan Batirashvili',
    'أبو عمر الشيشاني|ابوعمر الشیشانی|ابوعمر چچنی|Abu Omar al-Shishani',
    'nom de guerre',
    'the Islamic State commander from the Pankisi valley',
  ],
  [
    'ميسر علي موسى عبد الله الجبوري|ميسر الجبوري',
    'أبو ماريا القحطاني|ابوماریا القحطانی|Abu Maria al-Qahtani',
    'nom de guerre',
    'the Nusra Front commander',
  ],
  ['محمد بهايا|محمد بهایا', 'أبو خالد السوري|ابوخالد السوری', 'nom de guerre', 'the al-Qaeda envoy to Syria'],
  [
    'صبحي أبو ستة|محمد عاطف|صبحي عبد العزيز أبو ستة',
    'أبو حفص المصري|ابوحفص المصری|Abu Hafs al-Masri',
    'nom de guerre',
    'the military chief of al-Qaeda killed in 2001',
  ],
  ['زين العابدين محمد حسين|زین‌العابدین محمد حسین', 'أبو زبيدة|ابوزبیده|Abu Zubaydah', 'nom de guerre', 'the al-Qaeda detainee'],
  [
    'عبد الله أحمد عبد الله|عبدالله احمد عبدالله',
    'أبو محمد المصري|ابومحمد المصری|Abu Muhammad al-Masri',
    'nom de guerre',
    'the al-Qaeda deputy killed at Tehran in 2020',
  ],
  [
    'عبد الله محمد رجب عبد الرحمن',
    'أبو الخير المصري|ابوالخیر المصری|Abu al-Khayr al-Masri',
    'nom de guerre',
    'the al-Qaeda deputy killed in Syria in 2017',
  ],
  ['محمد حسن قايد|محمد حسن قائد', 'أبو يحيى الليبي|ابویحیی اللیبی|Abu Yahya al-Libi', 'nom de guerre', 'the al-Qaeda ideologue'],
  [
    'جمال إبراهيم اشتيوي المصراتي|جمال إبراهيم المصراتي',
    'عطية الله الليبي|عطیه‌الله اللیبی|Atiyah Abd al-Rahman',
    'nom de guerre',
    'the al-Qaeda commander',
  ],
  [
    'نزيه عبد الحميد الرقيعي|نزيه عبد الحميد نبيه الرقيعي',
    'أبو أنس الليبي|ابوانس اللیبی|Abu Anas al-Libi',
    'nom de guerre',
    'the al-Qaeda member seized at Tripoli in 2013',
  ],
  [
    'محمد صلاح الدين زيدان|محمد صلاح الدين عبد الحليم زيدان|محمد صلاح‌الدین زیدان',
    'سيف العدل|سیف العدل|Saif al-Adel',
    'nom de guerre',
    'the al-Qaeda military chief',
  ],
  [
    'عمر محمود عثمان|عمر محمود محمد عثمان',
    'أبو قتادة الفلسطيني|أبو قتادة|ابوقتاده|Abu Qatada',
    'nom de guerre',
    'the Jordanian Salafi preacher',
  ],
  [
    'مصطفى كامل مصطفى|مصطفی کامل مصطفی',
    'أبو حمزة المصري|ابوحمزه المصری|Abu Hamza al-Masri',
    'nom de guerre',
    'the preacher of Finsbury Park',
  ],
  [
    'عصام طاهر البرقاوي|عصام محمد طاهر البرقاوي',
    'أبو محمد المقدسي|ابومحمد المقدسی|Abu Muhammad al-Maqdisi',
    'nom de guerre',
    'the Jordanian Salafi ideologue',
  ],
  ['مصطفى ست مريم نصار|مصطفی ست مریم نصار', 'أبو مصعب السوري|ابومصعب السوری|Abu Musab al-Suri', 'nom de guerre', 'the jihadist strategist'],
  [
    'ثامر صالح عبد الله السويلم|سامر صالح السويلم|ثامر السويلم',
    'خطاب|ابن الخطاب|القائد خطاب|Ibn al-Khattab',
    'nom de guerre',
    'the commander of Arab fighters in Chechnya',
  ],
  [
    'ناصر الوحيشي|ناصر عبد الكريم الوحيشي',
    'أبو بصير|أبو بصير الوحيشي|ابوبصیر',
    'kunya',
    'the leader of al-Qaeda in the Arabian Peninsula killed in 2015',
  ],
  [
    'قاسم الريمي|قاسم یحیی مهدی الریمی',
    'أبو هريرة الصنعاني|ابوهریره الصنعانی',
    'nom de guerre',
    'the leader of al-Qaeda in the Arabian Peninsula killed in 2020',
  ],
  [
    'خالد باطرفي|خالد سعيد باطرفي',
    'أبو المقداد الكندي|ابوالمقداد الکندی',
    'nom de guerre',
    'the leader of al-Qaeda in the Arabian Peninsula',
  ],
  ['أحمد عمر ديري|أحمد ديري|احمد عمر دیری', 'أبو عبيدة|ابوعبیده', 'nom de guerre', 'the leader of al-Shabaab'],
  [
    'أحمد عبدي غودان|أحمد عبدي جودان|احمد عبدی گودان',
    'مختار أبو الزبير|مختار ابوالزبیر|Mukhtar Abu al-Zubayr',
    'nom de guerre',
    'the leader of al-Shabaab killed in 2014',
  ],
  [
    'عبد الحكيم بلحاج|عبدالحکیم بلحاج|Abdelhakim Belhaj',
    'أبو عبد الله الصادق',
    'nom de guerre',
    'the emir of the Libyan Islamic Fighting Group',
  ],
  // Palestinians.
  [
    'حذيفة سمير عبد الله الكحلوت|حذيفة الكحلوت|حذیفه کحلوت',
    'أبو عبيدة|ابوعبیده|Abu Obaida',
    'nom de guerre',
    'the spokesman of the Qassam Brigades',
  ],
  [
    'محمد دياب إبراهيم المصري|محمد دياب المصري|محمد دیاب المصری',
    'محمد الضيف|محمد ضیف|محمد الضیف|Mohammed Deif',
    'nom de guerre',
    'the commander of the Qassam Brigades',
  ],
  [
    'مصطفى علي العلي الزبري|مصطفى الزبري|مصطفى علي الزبري|مصطفی زبری',
    'أبو علي مصطفى|ابوعلی مصطفی|Abu Ali Mustafa',
    'nom de guerre',
    'the leader of the Popular Front for the Liberation of Palestine',
  ],
  ['صبري خليل البنا|صبري البنا|صبری البنا', 'أبو نضال|ابونضال|Abu Nidal', 'nom de guerre', 'the leader of the Fatah Revolutionary Council'],
  ['محمد زيدان|محمد زیدان', 'أبو العباس|ابوالعباس|Abu Abbas', 'nom de guerre', 'the leader of the Palestine Liberation Front'],
  ['محمد داود عودة|محمد داوود عوده', 'أبو داود|ابوداوود|Abu Daoud', 'nom de guerre', 'the Black September commander'],
  ['فاروق القدومي|فاروق قدومی|Farouk Kaddoumi', 'أبو اللطف|ابواللطف|Abu Lutf', 'kunya', 'the head of the PLO political department'],
  ['هايل عبد الحميد|هایل عبدالحمید', 'أبو الهول|ابوالهول', 'kunya', 'the Fatah security chief'],
  ['سليم الزعنون|سلیم زعنون', 'أبو الأديب|ابوالادیب', 'kunya', 'the speaker of the Palestinian National Council'],
  ['سعيد موسى مراغة|سعيد مراغة', 'أبو موسى|ابوموسی', 'kunya', 'the leader of Fatah al-Intifada'],
  ['علي حسن سلامة|علی حسن سلامه', 'أبو حسن سلامة|ابوحسن سلامه', 'kunya', 'the Black September commander'],
  ['محمد يوسف النجار|محمد یوسف نجار', 'أبو يوسف النجار|ابویوسف نجار', 'kunya', 'the Fatah leader killed at Beirut in 1973'],
  // Lebanon and Syria.
  ['عماد مغنية|عماد مغنیه|Imad Mughniyeh', 'الحاج رضوان|حاج رضوان|Hajj Radwan', 'nom de guerre', 'the Hezbollah military commander'],
  [
    'مصطفى بدر الدين|مصطفی بدرالدین|Mustafa Badreddine',
    'ذو الفقار|السيد ذو الفقار|سید ذوالفقار',
    'nom de guerre',
    'the Hezbollah military commander killed in 2016',
  ],
  ['فؤاد شكر|فؤاد شکر|Fuad Shukr', 'الحاج محسن|السيد محسن|حاج محسن', 'nom de guerre', 'the Hezbollah military commander killed in 2024'],
  [
    'هيثم علي الطبطبائي|هیثم علی طباطبایی|هيثم الطبطبائي',
    'أبو علي الطبطبائي|ابوعلی طباطبایی',
    'kunya',
    'the Hezbollah chief of staff killed in 2025',
  ],
  ['حسن نصر الله|حسن نصرالله|Hassan Nasrallah', 'أبو هادي|ابوهادی', 'kunya', 'the secretary-general of Hezbollah'],
  ['بشار الأسد|بشار اسد|Bashar al-Assad', 'أبو حافظ|ابوحافظ', 'kunya', 'the Syrian president, not his father حافظ الأسد'],
  ['حافظ الأسد|حافظ اسد|Hafez al-Assad', 'أبو باسل|ابوباسل', 'kunya', 'the Syrian president, not his son بشار الأسد'],
  ['سهيل الحسن|سهیل الحسن|Suheil al-Hassan', 'النمر|سهيل النمر|Tiger', 'nickname', 'the Syrian army commander'],
  ['عبد القادر الصالح|عبدالقادر صالح', 'حجي مارع', 'nickname', 'the Tawhid Brigade commander'],
  ['أحمد إحسان فياض الهايس|أحمد الهايس', 'أبو حاتم شقرا|ابوحاتم شقرا', 'nom de guerre', 'the commander of Ahrar al-Sharqiya'],
  ['محمد الجاسم|محمد جاسم', 'أبو عمشة|ابوعمشه', 'nickname', 'the commander of the Suleiman Shah division'],
  ['أنس خطاب|انس خطاب|Anas Khattab', 'أبو أحمد حدود|ابواحمد حدود', 'nom de guerre', 'the Syrian intelligence chief and interior minister'],
  [
    'فرهاد عبدي شاهين|فرهاد شاهين|فرهاد عبدی شاهین|Ferhat Abdi Sahin',
    'مظلوم عبدي|مظلوم کوبانی|مظلوم عبدی|Mazloum Abdi',
    'nom de guerre',
    'the commander of the Syrian Democratic Forces',
  ],
  ['عبد الله أوجلان|عبدالله اوجالان|Abdullah Ocalan', 'آبو|آپو|Apo', 'nickname', 'the founder of the PKK'],
  // Yemen, Libya and Sudan.
  [
    'عبد الملك الحوثي|عبد الملك بدر الدين الحوثي|عبدالملک حوثی|Abdul-Malik al-Houthi',
    'أبو جبريل|ابوجبرئیل',
    'kunya',
    'the leader of the Houthis',
  ],
  ['عبد الله يحيى الحاكم|عبدالله یحیی الحاکم', 'أبو علي الحاكم|ابوعلی الحاکم', 'kunya', 'the Houthi chief of staff'],
  ['معمر القذافي|معمر قذافی|Muammar Gaddafi', 'الأخ القائد|ملك ملوك أفريقيا|Brother Leader', 'epithet', 'the Libyan ruler'],
  ['عبد الغني الككلي|عبدالغنی ككلی', 'غنيوة|غنيوة الككلي|غنیوه', 'nickname', 'the commander of the Stability Support Apparatus in Tripoli'],
  ['شعبان هدية|شعبان مسعود هدية', 'أبو عبيدة الزاوي', 'nom de guerre', 'the Libyan militia leader of Zawiya'],
  [
    'علي محمد علي عبد الرحمن|علی محمد علی عبدالرحمن',
    'علي كوشيب|علی کوشیب|Ali Kushayb',
    'nickname',
    'the Janjaweed commander tried at the ICC',
  ],
  [
    'محمد إدريس ديبي إتنو|محمد إدريس ديبي|محمد ديبي إتنو|محمد ديبي|محمد ادریس دبی|محمد ادریس دبی اتنو|محمد دبی|Mahamat Idriss Deby|Mahamat Deby',
    'محمد كاكا|محمد کاکا|Mahamat Kaka',
    'nickname',
    'the president of Chad, not his father إدريس ديبي',
  ],
];
