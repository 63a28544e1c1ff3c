/**
 * The civil airports and air bases of the Middle East, North Africa, Iran and Afghanistan that news names, each under
 * every name a report gives it: the city it serves (مطار الدار البيضاء), the person or district it is named after
 * (مطار محمد الخامس, at Nouaceur), and for a field that is both, the airport and the air base (Hmeimim is the air base
 * at Bassel al-Assad International Airport; Bagram is an airfield to Dari, a base to Arabic): a reader takes these
 * for one site. Written for the project from general knowledge.
 *
 * A row gives the names without their head, and {@link airportRows} writes them with the heads each language uses,
 * so that no form with or without الدولي, بین‌المللی or the Dari میدان هوایی is missing: Arabic مطار X and مطار X
 * الدولي, Persian فرودگاه X, فرودگاه بین‌المللی X, میدان هوایی X; for an air base Arabic قاعدة X الجوية and مطار X
 * العسكري, Persian پایگاه هوایی X. A city's airport is named after the city only where the city has one airport
 * that news means by it (not Tehran, Istanbul's older fields, or Tripoli, whose Mitiga and Tripoli International are
 * two). Listed as a landform, as geo-renamed.ts lists airports: a named site, neither a settlement nor a land.
 */

import type { GeoRow } from './geo-names.js';

/** What a site is: a civil airport, an air base, or both on one field (named either way). */
export type AirfieldKind = 'airport' | 'airbase' | 'both';

/** `[id, kind, Latin names, Arabic names, Persian names (no head; `old:` for a former one), reason]`. */
export type AirfieldRow = readonly [id: string, kind: AirfieldKind, latin: string, arabic: string, persian: string, reason: string];

export const AIRFIELD_ROWS: readonly AirfieldRow[] = [
  // Morocco, Algeria, Tunisia, Libya, Egypt, Sudan.
  [
    'MA/MohammedVAirport',
    'airport',
    'Mohammed V|Casablanca',
    'محمد الخامس|الدار البيضاء|الدار البيضاء محمد الخامس',
    'محمد پنجم|کازابلانکا|دارالبیضا',
    'Casablanca’s airport at Nouaceur, named after King Mohammed V',
  ],
  [
    'MA/MarrakeshAirport',
    'airport',
    'Marrakesh Menara|Menara|Marrakesh',
    'مراكش المنارة|المنارة|مراكش',
    'منارا|مراکش',
    'Marrakesh’s airport, Menara',
  ],
  ['MA/RabatAirport', 'airport', 'Rabat-Salé|Rabat', 'الرباط سلا|الرباط', 'رباط', 'Rabat’s airport at Salé'],
  [
    'MA/TangierAirport',
    'airport',
    'Tangier Ibn Battouta|Ibn Battouta',
    'ابن بطوطة|طنجة ابن بطوطة|طنجة',
    'ابن بطوطه|طنجه',
    'Tangier’s airport, named after Ibn Battuta',
  ],
  ['MA/AgadirAirport', 'airport', 'Agadir–Al Massira|Al Massira', 'أكادير المسيرة|أكادير|أغادير', 'آگادیر', 'Agadir’s airport, Al Massira'],
  [
    'DZ/AlgiersAirport',
    'airport',
    'Houari Boumediene|Algiers',
    'هواري بومدين|الجزائر|الجزائر هواري بومدين',
    'هواری بومدین|الجزایر',
    'Algiers’s airport, named after President Houari Boumediene',
  ],
  [
    'DZ/OranAirport',
    'airport',
    'Oran Ahmed Ben Bella|Ahmed Ben Bella|Oran Es Senia',
    'وهران|أحمد بن بلة|وهران أحمد بن بلة|السانية',
    'وهران',
    'Oran’s airport at Es Senia, named after Ahmed Ben Bella',
  ],
  [
    'DZ/ConstantineAirport',
    'airport',
    'Constantine Mohamed Boudiaf|Mohamed Boudiaf',
    'قسنطينة|محمد بوضياف',
    'قسنطینه',
    'Constantine’s airport, named after Mohamed Boudiaf',
  ],
  ['TN/CarthageAirport', 'airport', 'Tunis–Carthage|Carthage', 'تونس قرطاج|قرطاج', 'تونس-کارتاژ|کارتاژ', 'Tunis’s airport at Carthage'],
  [
    'TN/EnfidhaAirport',
    'airport',
    'Enfidha–Hammamet|Enfidha',
    'النفيضة|النفيضة الحمامات',
    'انفیدا',
    'the airport of Enfidha, for Hammamet and Sousse',
  ],
  [
    'TN/MonastirAirport',
    'airport',
    'Monastir Habib Bourguiba|Monastir',
    'المنستير|المنستير الحبيب بورقيبة|الحبيب بورقيبة',
    'منستیر',
    'Monastir’s airport, named after Habib Bourguiba',
  ],
  ['TN/DjerbaAirport', 'airport', 'Djerba–Zarzis|Djerba', 'جربة جرجيس|جربة', 'جربه', 'the airport of Djerba'],
  [
    'LY/MitigaAirport',
    'both',
    'Mitiga|Wheelus',
    'معيتيقة|امعيتيقة|old:ويلس',
    'معیتیقه',
    'Tripoli’s airport at Mitiga, the US Wheelus base until 1970; not Tripoli International',
  ],
  [
    'LY/TripoliAirport',
    'airport',
    'Tripoli International',
    'طرابلس|طرابلس العالمي',
    'طرابلس',
    'Tripoli International, south of the city, closed since 2014; not Mitiga',
  ],
  ['LY/BeninaAirport', 'both', 'Benina|Benghazi', 'بنينا|بنغازي|بنينا بنغازي', 'بنینا|بنغازی', 'Benghazi’s airport and air base at Benina'],
  ['LY/MisrataAirport', 'both', 'Misrata', 'مصراتة', 'مصراته', 'Misrata’s airport and air base'],
  ['LY/SabhaAirport', 'airport', 'Sabha|Sebha', 'سبها', 'سبها', 'Sabha’s airport'],
  ['LY/LabraqAirport', 'airport', 'Al Abraq|Labraq', 'الأبرق|الابرق', 'الابرق', 'the airport of al-Bayda at al-Abraq'],
  ['LY/WatiyaAirbase', 'airbase', 'Al-Watiya|Watiya', 'الوطية', 'الوطیه', 'the air base of western Libya at al-Watiya'],
  ['LY/JufraAirbase', 'airbase', 'Al Jufra|Jufra', 'الجفرة', 'الجفره|جفره', 'the air base of al-Jufra in central Libya'],
  ['LY/KhadimAirbase', 'airbase', 'Al-Khadim|Al Khadim', 'الخادم', 'الخادم', 'the air base of al-Khadim east of Benghazi'],
  ['EG/CairoAirport', 'airport', 'Cairo', 'القاهرة', 'قاهره', 'Cairo’s airport'],
  [
    'EG/BorgElArabAirport',
    'airport',
    'Borg El Arab|Alexandria',
    'برج العرب|الإسكندرية|برج العرب الإسكندرية',
    'برج العرب|اسکندریه',
    'Alexandria’s airport at Borg El Arab',
  ],
  ['EG/SharmAirport', 'airport', 'Sharm El Sheikh', 'شرم الشيخ', 'شرم‌الشیخ|شرم الشیخ', 'the airport of Sharm el-Sheikh'],
  ['EG/HurghadaAirport', 'airport', 'Hurghada', 'الغردقة', 'هورغادا|هرغاده', 'the airport of Hurghada'],
  ['EG/LuxorAirport', 'airport', 'Luxor', 'الأقصر', 'الاقصر|لوکسور', 'the airport of Luxor'],
  ['EG/AswanAirport', 'airport', 'Aswan', 'أسوان', 'اسوان', 'the airport of Aswan'],
  ['SD/KhartoumAirport', 'airport', 'Khartoum', 'الخرطوم', 'خارطوم|خرطوم', 'Khartoum’s airport'],
  ['SD/WadiSeidnaAirbase', 'airbase', 'Wadi Seidna|Wadi Sayyidna', 'وادي سيدنا', 'وادی سیدنا', 'the air base north of Omdurman'],
  ['SD/PortSudanAirport', 'airport', 'Port Sudan', 'بورتسودان|بور سودان', 'پورت سودان', 'the airport of Port Sudan'],
  // The Levant and Iraq.
  [
    'SY/HmeimimAirbase',
    'both',
    'Hmeimim|Khmeimim|Bassel Al-Assad|Latakia',
    'حميميم|باسل الأسد|اللاذقية|حميميم العسكري',
    'حمیمیم|باسل اسد|باسل الاسد|لاذقیه',
    'the Russian air base at Hmeimim is the military side of Bassel al-Assad International Airport of Latakia',
  ],
  ['SY/DamascusAirport', 'airport', 'Damascus', 'دمشق', 'دمشق', 'Damascus’s airport'],
  [
    'SY/AleppoAirport',
    'both',
    'Aleppo|Nayrab|Neirab',
    'حلب|النيرب|حلب النيرب',
    'حلب',
    'Aleppo’s airport, with the Nayrab air base on its field',
  ],
  ['SY/MezzehAirbase', 'both', 'Mezzeh|Al-Mezzeh', 'المزة', 'مزه|المزه', 'the military airport at Mezzeh in Damascus'],
  ['SY/ShayratAirbase', 'airbase', 'Shayrat|Al-Shayrat', 'الشعيرات', 'الشعیرات|شعیرات', 'the air base south-east of Homs'],
  [
    'SY/TiyasAirbase',
    'airbase',
    'Tiyas|T-4|T4|Tiyas Military Airbase',
    'التيفور|التياس|تي فور',
    'تیفور|التیاس|تی‌فور',
    'the air base at Tiyas, the T-4 of the pipeline station',
  ],
  [
    'SY/DumayrAirbase',
    'airbase',
    'Dumayr|Dmeir',
    'الضمير',
    'الضمیر|ضمیر',
    'the air base north-east of Damascus; bare الضمير is a word (conscience)',
  ],
  ['SY/KweiresAirbase', 'airbase', 'Kweires|Kuweires', 'كويرس|كويرس العسكري', 'کویرس', 'the air base east of Aleppo'],
  ['SY/AbuDuhurAirbase', 'airbase', 'Abu al-Duhur|Abu Dhuhur', 'أبو الظهور', 'ابوالظهور|ابو الظهور', 'the air base of Idlib province'],
  ['SY/TabqaAirbase', 'airbase', 'Tabqa', 'الطبقة', 'طبقه|الطبقه', 'the air base at Tabqa; bare الطبقة is a word (a layer)'],
  ['SY/QamishliAirport', 'both', 'Qamishli', 'القامشلي', 'قامشلی', 'the airport of Qamishli, also a Russian base'],
  ['SY/DeirEzzorAirport', 'both', 'Deir ez-Zor', 'دير الزور', 'دیرالزور|دیر الزور', 'the military airport of Deir ez-Zor'],
  ['SY/KhalkhalahAirbase', 'airbase', 'Khalkhalah', 'خلخلة', 'خلخله', 'the air base of Sweida province'],
  ['SY/HamaAirport', 'airbase', 'Hama', 'حماة', 'حما|حماه', 'the military airport of Hama'],
  ['JO/QueenAliaAirport', 'airport', 'Queen Alia', 'الملكة علياء', 'ملکه علیا', 'Amman’s airport, named after Queen Alia'],
  [
    'JO/MuwaffaqSaltiAirbase',
    'airbase',
    'Muwaffaq Salti|Azraq',
    'موفق السلطي|الأزرق',
    'موفق السلطی|الازرق',
    'the air base at Azraq, named after the pilot Muwaffaq al-Salti',
  ],
  ['IQ/BaghdadAirport', 'airport', 'Baghdad', 'بغداد', 'بغداد', 'Baghdad’s airport'],
  ['IQ/BasraAirport', 'airport', 'Basra', 'البصرة', 'بصره', 'Basra’s airport'],
  ['IQ/ErbilAirport', 'airport', 'Erbil', 'أربيل|اربيل', 'اربیل', 'Erbil’s airport, also the coalition’s base'],
  ['IQ/SulaymaniyahAirport', 'airport', 'Sulaymaniyah', 'السليمانية', 'سلیمانیه', 'the airport of Sulaymaniyah'],
  [
    'IQ/NajafAirport',
    'airport',
    'Najaf|Al-Furat al-Awsat',
    'النجف|النجف الأشرف|الفرات الأوسط',
    'نجف|نجف اشرف',
    'Najaf’s airport, of the Middle Euphrates',
  ],
  ['IQ/MosulAirport', 'airport', 'Mosul', 'الموصل', 'موصل', 'Mosul’s airport'],
  [
    'IQ/AinAlAsadAirbase',
    'airbase',
    'Ain al-Asad|Al Asad',
    'عين الأسد|الأسد',
    'عین‌الاسد|عین الاسد',
    'the air base of Anbar that US forces used',
  ],
  ['IQ/BaladAirbase', 'airbase', 'Balad', 'بلد', 'بلد', 'the air base at Balad north of Baghdad; bare بلد is a word (country)'],
  ['IQ/SpeicherAirbase', 'airbase', 'Speicher|Tikrit', 'سبايكر|تكريت', 'اسپایکر|تکریت', 'the base at Tikrit, Camp Speicher'],
  ['IQ/HarirAirbase', 'airbase', 'Harir', 'حرير', 'حریر', 'the air base of Erbil province; bare حرير is a word (silk)'],
  // The Arabian Peninsula.
  ['SA/KingKhalidAirport', 'airport', 'King Khalid|Riyadh', 'الملك خالد|الرياض', 'ملک خالد|ریاض', 'Riyadh’s airport'],
  [
    'SA/KingAbdulazizAirport',
    'airport',
    'King Abdulaziz|Jeddah',
    'الملك عبدالعزيز|الملك عبد العزيز|جدة',
    'ملک عبدالعزیز|جده',
    'Jeddah’s airport',
  ],
  ['SA/KingFahdAirport', 'airport', 'King Fahd|Dammam', 'الملك فهد|الدمام', 'ملک فهد|دمام', 'Dammam’s airport'],
  [
    'SA/MedinaAirport',
    'airport',
    'Prince Mohammad bin Abdulaziz|Medina',
    'الأمير محمد بن عبدالعزيز|المدينة المنورة',
    'امیر محمد بن عبدالعزیز|مدینه',
    'Medina’s airport, named after Prince Mohammad bin Abdulaziz',
  ],
  ['SA/AbhaAirport', 'airport', 'Abha', 'أبها', 'ابها', 'the airport of Abha'],
  [
    'SA/JizanAirport',
    'airport',
    'Jizan|King Abdullah bin Abdulaziz',
    'جازان|جيزان|الملك عبدالله بن عبدالعزيز',
    'جازان|جیزان',
    'the airport of Jizan',
  ],
  ['SA/NajranAirport', 'airport', 'Najran', 'نجران', 'نجران', 'the airport of Najran'],
  [
    'SA/PrinceSultanAirbase',
    'airbase',
    'Prince Sultan|Al-Kharj',
    'الأمير سلطان|الخرج',
    'شاهزاده سلطان|امیر سلطان|الخرج',
    'the air base at al-Kharj, named after Prince Sultan',
  ],
  ['SA/KingAbdulazizAirbase', 'airbase', 'King Abdulaziz Air Base|Dhahran', 'الظهران', 'ظهران', 'the air base at Dhahran'],
  ['QA/HamadAirport', 'airport', 'Hamad|Doha', 'حمد|الدوحة', 'حمد|دوحه', 'Doha’s airport, named after Emir Hamad'],
  ['QA/AlUdeid', 'airbase', 'Al Udeid|Al-Udeid', 'العديد', 'العدید', 'the air base of Qatar where US forces are'],
  ['AE/DubaiAirport', 'airport', 'Dubai', 'دبي', 'دبی', 'Dubai’s airport'],
  [
    'AE/AlMaktoumAirport',
    'airport',
    'Al Maktoum|Dubai World Central',
    'آل مكتوم|دبي وورلد سنترال',
    'آل مکتوم',
    'Dubai’s second airport at Jebel Ali',
  ],
  ['AE/SharjahAirport', 'airport', 'Sharjah', 'الشارقة', 'شارجه', 'the airport of Sharjah'],
  ['AE/AlDhafraAirbase', 'airbase', 'Al Dhafra|Al-Dhafra', 'الظفرة', 'الظفره', 'the air base of Abu Dhabi where US forces are'],
  ['KW/KuwaitAirport', 'airport', 'Kuwait', 'الكويت', 'کویت', 'Kuwait’s airport'],
  ['KW/AliAlSalemAirbase', 'airbase', 'Ali Al Salem', 'علي السالم', 'علی السالم', 'the air base of Kuwait named after Sheikh Ali al-Salem'],
  [
    'KW/AhmadAlJaberAirbase',
    'airbase',
    'Ahmad al-Jaber',
    'أحمد الجابر',
    'احمد الجابر',
    'the air base of Kuwait named after Emir Ahmad al-Jaber',
  ],
  ['BH/BahrainAirport', 'airport', 'Bahrain', 'البحرين', 'بحرین', 'Bahrain’s airport on Muharraq'],
  ['BH/IsaAirbase', 'airbase', 'Isa|Sheikh Isa', 'عيسى|الشيخ عيسى', 'شیخ عیسی', 'the air base of Bahrain named after Sheikh Isa'],
  ['OM/MuscatAirport', 'airport', 'Muscat|Seeb', 'مسقط|old:السيب', 'مسقط', 'Muscat’s airport, Seeb International until 2008'],
  ['OM/ThumraitAirbase', 'airbase', 'Thumrait', 'ثمريت', 'ثمریت', 'the air base of Dhofar'],
  ['OM/SalalahAirport', 'airport', 'Salalah', 'صلالة', 'صلاله', 'the airport of Salalah'],
  ['YE/SanaaAirport', 'both', 'Sanaa|Al Dailami', 'صنعاء|الديلمي', 'صنعا', 'Sanaa’s airport, with the al-Dailami air base on its field'],
  ['YE/AdenAirport', 'airport', 'Aden', 'عدن', 'عدن', 'Aden’s airport'],
  ['YE/AlAnadAirbase', 'airbase', 'Al Anad|Al-Anad', 'العند', 'العند', 'the air base of Lahij'],
  ['YE/HodeidahAirport', 'airport', 'Hodeidah', 'الحديدة', 'الحدیده|حدیده', 'the airport of Hodeidah'],
  [
    'JO/KingHusseinAirport',
    'airport',
    'King Hussein|Aqaba',
    'الملك حسين|العقبة',
    'ملک حسین|عقبه',
    'Aqaba’s airport, named after King Hussein',
  ],
  ['IQ/KirkukAirbase', 'both', 'Kirkuk|K-1', 'كركوك', 'کرکوک', 'the airfield of Kirkuk, with the K-1 base'],
  [
    'SA/KingFaisalAirbase',
    'airbase',
    'King Faisal|Tabuk',
    'الملك فيصل|تبوك',
    'ملک فیصل|تبوک',
    'the air base at Tabuk, named after King Faisal',
  ],
  ['SA/TaifAirport', 'airport', 'Taif', 'الطائف', 'طائف', 'the airport of Taif, with the King Fahd air base on its field'],
  ['YE/RiyanAirport', 'both', 'Riyan|Mukalla', 'الريان|المكلا', 'ریان|مکلا', 'the airfield of Mukalla at Riyan'],
  ['SD/ElFasherAirport', 'both', 'El Fasher', 'الفاشر', 'الفاشر|فاشر', 'the airfield of El Fasher'],
  ['IR/KermanAirport', 'airport', 'Kerman|Ayatollah Hashemi Rafsanjani', 'كرمان', 'کرمان', 'the airport of Kerman'],
  ['IR/ZahedanAirport', 'airport', 'Zahedan', 'زاهدان', 'زاهدان', 'the airport of Zahedan'],
  [
    'IR/ChabaharAirport',
    'airport',
    'Chabahar Konarak|Konarak',
    'تشابهار|چابهار',
    'چابهار|کنارک|چابهار کنارک',
    'the airport of Chabahar at Konarak',
  ],
  [
    'IR/ShahidBabaeiAirbase',
    'airbase',
    'Shahid Babaei|Isfahan Air Base',
    'الشهيد بابائي|بابائي',
    'شهید بابایی|هشتم شکاری',
    'the 8th tactical air base at Isfahan, named after the pilot Abbas Babaei',
  ],
  ['IR/OmidiyehAirbase', 'airbase', 'Omidiyeh', 'أميدية|الأميدية', 'امیدیه', 'the 5th tactical air base at Omidiyeh'],
  ['AF/KunduzAirport', 'both', 'Kunduz', 'قندوز', 'قندوز|کندز', 'Kunduz’s airfield'],
  ['AF/KhostAirfield', 'both', 'Khost|Chapman', 'خوست', 'خوست', 'Khost’s airfield, Camp Chapman'],
  [
    'AF/BastionAirfield',
    'airbase',
    'Camp Bastion|Shorabak|Bastion',
    'كامب باستيون|شورابك',
    'شوراب|شورابک|بستیون|کمپ باستیون',
    'the British base of Helmand, Shorabak to the Afghan army',
  ],
  // Turkey and Israel.
  ['TR/IstanbulAirport', 'airport', 'Istanbul', 'إسطنبول|اسطنبول', 'استانبول', 'Istanbul’s main airport since 2019'],
  ['TR/AtaturkAirport', 'airport', 'Atatürk|Ataturk', 'أتاتورك', 'آتاتورک', 'Istanbul’s airport until 2019, named after Atatürk'],
  [
    'TR/SabihaGokcenAirport',
    'airport',
    'Sabiha Gökçen|Sabiha Gokcen',
    'صبيحة كوكتشن|صبيحة غوكتشن|صبيحة جوكشن',
    'صبیحه گوکچن',
    'Istanbul’s Asian-side airport, named after the pilot',
  ],
  ['TR/EsenbogaAirport', 'airport', 'Esenboğa|Esenboga|Ankara', 'إيسنبوغا|أسنبوغا|أنقرة', 'اسنبوغا|آنکارا', 'Ankara’s airport at Esenboğa'],
  [
    'TR/IncirlikAirbase',
    'airbase',
    'Incirlik|İncirlik',
    'إنجرليك|انجرليك|إنجيرليك',
    'اینجرلیک|انجرلیک',
    'the air base at Adana where US forces are',
  ],
  ['IL/NevatimAirbase', 'airbase', 'Nevatim', 'نيفاتيم|نفاتيم', 'نواتیم|نیواتیم|نفاتیم', 'the air base of the Negev'],
  [
    'IL/RamatDavidAirbase',
    'airbase',
    'Ramat David',
    'رامات دافيد|رمات دافيد',
    'رامات داوود|رامات دیوید',
    'the air base of northern Israel',
  ],
  ['IL/HatzerimAirbase', 'airbase', 'Hatzerim', 'حتسريم|حتسيريم|حتساريم', 'هاتزریم|حتزریم', 'the air base west of Beersheba'],
  ['IL/TelNofAirbase', 'airbase', 'Tel Nof', 'تل نوف', 'تل نوف', 'the air base south of Rehovot'],
  // Iran.
  [
    'IR/ImamKhomeiniAirport',
    'airport',
    'Imam Khomeini|IKA',
    'الإمام الخميني|الخميني',
    'امام خمینی|امام',
    'Tehran’s international airport, named after Ayatollah Khomeini; Tehran has two airports',
  ],
  ['IR/MehrabadAirport', 'airport', 'Mehrabad', 'مهرآباد|مهر آباد', 'مهرآباد|مهر آباد', 'Tehran’s older airport, for domestic flights'],
  [
    'IR/MashhadAirport',
    'airport',
    'Mashhad|Shahid Hasheminejad',
    'مشهد|الشهيد هاشمي نجاد|هاشمي نجاد',
    'مشهد|شهید هاشمی‌نژاد|شهید هاشمی نژاد|هاشمی‌نژاد',
    'Mashhad’s airport, named after Abdolkarim Hasheminejad',
  ],
  [
    'IR/ShirazAirport',
    'airport',
    'Shiraz|Shahid Dastgheib',
    'شيراز|الشهيد دستغيب|دستغيب',
    'شیراز|شهید دستغیب|دستغیب',
    'Shiraz’s airport, named after Ayatollah Dastgheib',
  ],
  [
    'IR/IsfahanAirport',
    'airport',
    'Isfahan|Shahid Beheshti',
    'أصفهان',
    'اصفهان|شهید بهشتی',
    'Isfahan’s airport, named after Ayatollah Beheshti',
  ],
  ['IR/TabrizAirport', 'airport', 'Tabriz|Shahid Madani', 'تبريز', 'تبریز|شهید مدنی', 'Tabriz’s airport, named after Ayatollah Madani'],
  ['IR/BandarAbbasAirport', 'airport', 'Bandar Abbas', 'بندر عباس', 'بندرعباس|بندر عباس', 'the airport of Bandar Abbas'],
  ['IR/KishAirport', 'airport', 'Kish', 'كيش|جزيرة كيش', 'کیش|جزیره کیش', 'the airport of Kish island'],
  ['IR/AhvazAirport', 'airport', 'Ahvaz', 'الأهواز|الأحواز', 'اهواز', 'the airport of Ahvaz'],
  [
    'IR/NojehAirbase',
    'airbase',
    'Shahid Nojeh|Nojeh|Hamadan',
    'نوجه|الشهيد نوجه|همدان',
    'نوژه|شهید نوژه|همدان',
    'the air base at Hamadan, named after the pilot Mohammad Nojeh, that Russian bombers used in 2016',
  ],
  [
    'IR/VahdatiAirbase',
    'airbase',
    'Vahdati|Dezful',
    'وحدتي|الشهيد وحدتي|دزفول',
    'وحدتی|شهید وحدتی|دزفول',
    'the air base at Dezful, named after the pilot Hossein Vahdati',
  ],
  // Afghanistan: an airfield is an airport to Dari (میدان هوایی) and a base to Arabic.
  [
    'AF/KabulAirport',
    'both',
    'Kabul|Hamid Karzai',
    'كابل|كابول|حامد كرزاي',
    'کابل|حامد کرزی',
    'Kabul’s airport, with the military side of the field',
  ],
  ['AF/BagramAirbase', 'both', 'Bagram', 'باغرام|بغرام|بجرام', 'بگرام', 'the airfield of Bagram, the US base until 2021'],
  ['AF/ShindandAirbase', 'both', 'Shindand', 'شندند|شينداند', 'شیندند|شینداند', 'the airfield of Shindand in Herat province'],
  [
    'AF/KandaharAirport',
    'both',
    'Kandahar|Ahmad Shah Baba',
    'قندهار',
    'قندهار|احمدشاه بابا|احمد شاه بابا',
    'Kandahar’s airfield, civil and military',
  ],
  [
    'AF/MazarAirport',
    'both',
    'Mazar-i-Sharif|Mawlana Jalaluddin Balkhi',
    'مزار شريف|مزار الشريف',
    'مزار شریف|مزارشریف|مولانا جلال‌الدین محمد بلخی|مولانا جلال الدین بلخی',
    'Mazar-i-Sharif’s airfield, named after Rumi, with the Marmal camp on it',
  ],
  [
    'AF/HeratAirport',
    'airport',
    'Herat|Khwaja Abdullah Ansari',
    'هرات',
    'هرات|خواجه عبدالله انصاری',
    'Herat’s airport, named after the Sufi of Herat',
  ],
  ['AF/JalalabadAirport', 'both', 'Jalalabad', 'جلال آباد|جلال أباد', 'جلال‌آباد|جلال آباد', 'Jalalabad’s airfield'],
];

// The heads each language writes before (or around) the name of an airport or an air base.
const HEADS: Readonly<Record<'airport' | 'airbase', { ar: readonly string[]; fa: readonly string[]; latin: readonly string[] }>> = {
  airport: {
    ar: ['مطار X', 'مطار X الدولي'],
    fa: ['فرودگاه X', 'فرودگاه بین‌المللی X', 'میدان هوایی X', 'میدان هوایی بین‌المللی X'],
    latin: ['X Airport', 'X International Airport'],
  },
  airbase: {
    ar: ['قاعدة X الجوية', 'قاعدة X', 'مطار X العسكري', 'مطار X'],
    fa: ['پایگاه هوایی X', 'پایگاه X', 'فرودگاه X', 'میدان هوایی X', 'فرودگاه نظامی X'],
    latin: ['X Air Base', 'X Airbase', 'X Airfield'],
  },
};

/** The names of one field, as the heads of `kinds` write them (`old:` kept on every form of a former name). */
function headed(field: string, kinds: readonly ('airport' | 'airbase')[], language: 'ar' | 'fa' | 'latin'): string {
  const out: string[] = [];
  for (const raw of field.split('|')) {
    const old = raw.startsWith('old:');
    const name = old ? raw.slice(4) : raw;
    if (!name) continue;
    for (const kind of kinds)
      for (const form of HEADS[kind][language]) {
        const written = (old ? 'old:' : '') + form.replace('X', name);
        if (!out.includes(written)) out.push(written);
      }
  }
  return out.join('|');
}

/**
 * The rows of {@link AIRFIELD_ROWS} with their heads written, in the format of geo-names.ts.
 *
 * @example
 * airportRows().find((r) => r[0] === 'MA/MohammedVAirport')?.[3].includes('مطار الدار البيضاء'); // true
 */
export function airportRows(): GeoRow[] {
  return AIRFIELD_ROWS.map(([id, kind, latin, arabic, persian, reason]) => {
    const kinds = kind === 'both' ? (['airport', 'airbase'] as const) : ([kind] as const);
    // A field that is both is named in English as an airfield first (Bagram Airfield), the word for either.
    const english = kind === 'both' ? `${latin.split('|')[0] ?? id} Airfield|` : '';
    return [
      id,
      'landform',
      english + headed(latin, kinds, 'latin'),
      headed(arabic, kinds, 'ar'),
      headed(persian, kinds, 'fa'),
      reason,
    ] as const;
  });
}
