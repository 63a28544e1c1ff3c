/**
 * Former, colonial and local names of places that the other hand lists leave out, and the places that carry them:
 * Pahlavi-era names of Iranian towns, French and British colonial names in the Maghreb and Africa, Soviet-era
 * names, Greek, Roman and Kurdish names of Turkish towns, renamed Indian states, and Pashto names beside the Dari
 * ones. Written for the project, in the format of geo-names.ts (`old:` a former name, `local:` the name in the
 * place's own language); a row whose id is already known adds its names to that place.
 *
 * A former name another place still bears (Salisbury in England, the colonial name of Harare) is listed all the
 * same: the gazetteer reads a place's current names before its former ones, so the name finds the place that
 * bears it now first, and matches the renamed one only when the other name is one of that place's own.
 * Left out: former names that are ordinary words of the language (Persian سنه, the year, for Sanandaj; شهسوار,
 * a horseman, for Tonekabon; شاهی, royal, for Qaem Shahr).
 */

import type { GeoRow } from './geo-names.js';

export const FORMER_NAME_ROWS: readonly GeoRow[] = [
  // Iran: Pahlavi-era and older names.
  ['IR/Ramsar', 'city', 'Ramsar|Sakhtsar', 'old:سخت سر', 'old:سخت‌سر|old:سختسر', 'Sakhtsar until the 1930s'],
  ['IR/Meshginshahr', 'city', 'Khiav', 'old:خياو', 'old:خیاو', 'Khiav until the 1930s'],
  ['IR/Oshnavieh', 'city', 'Shno', 'local:شنو', 'local:شنو', 'Shno in Kurdish'],
  ['IR/Naqadeh', 'city', 'Solduz', 'old:سلدوز', 'old:سلدوز', 'Solduz until the 1930s'],
  ['IR/GonbadEKavus', 'city', 'Gonbad-e Qabus', 'old:كنبد قابوس', 'old:گنبد قابوس', 'named after the tower of Qabus'],
  ['IR/Shadegan', 'city', 'Fallahiyeh', 'old:الفلاحية', 'old:فلاحیه', 'Fallahiyeh until 1936; Arabic keeps it'],
  ['IR/Susangerd', 'city', 'Khafajiyeh', 'old:الخفاجية', 'old:خفاجیه', 'Khafajiyeh until 1936'],
  ['IR/Mahshahr', 'city', 'Bandar Maashur', 'old:معشور', 'old:بندر معشور|old:معشور', 'Bandar Maashur until the 1960s'],
  [
    'IR/BandarAnzali',
    'city',
    'Bandar Anzali|Anzali|Bandar Pahlavi|Enzeli',
    'بندر أنزلي|أنزلي|old:بندر بهلوي',
    'بندر انزلی|انزلی|old:بندر پهلوی',
    'Caspian port of Gilan, Bandar Pahlavi under the Pahlavis',
  ],
  [
    'IR/Talesh',
    'city',
    'Talesh|Hashtpar',
    'تالش|old:هشتبر',
    'تالش|old:هشتپر',
    'town of Gilan, Hashtpar until 1980; also the name of its people and their land',
  ],
  [
    'IR/KhomeyniShahr',
    'city',
    'Khomeyni Shahr|Homayunshahr',
    'خميني شهر',
    'خمینی‌شهر|خمینی شهر|old:همایون‌شهر|old:همایونشهر',
    'town by Isfahan, Homayunshahr before 1979; not Khomeyn',
  ],
  ['IR/Gorgan', 'city', 'Astarabad', 'old:أستراباد|old:استراباد', 'old:استرآباد', 'Astarabad until 1937'],
  ['AZ/Baku', 'city', 'Badkubeh', 'old:بادكوبة|old:بادكوبه', 'old:بادکوبه', 'the Persian Badkubeh of the Qajar era'],
  ['AZ/Ganja', 'city', 'Elisabethpol', 'old:كيروف آباد', 'old:کیروف‌آباد|old:کیروآباد', 'Kirovabad in Soviet times'],
  // The Soviet Union.
  [
    'UA/Kropyvnytskyi',
    'city',
    'Kropyvnytskyi',
    'old:كيروفوجراد|كرابيفنيتسكي',
    'old:کیروفوگراد|old:کیروفگراد|کراپیونیتسکی|کروپیونیتسکی',
    'Kirovohrad until 2016',
  ],
  ['RU/Ulyanovsk', 'city', 'Ulyanovsk|Simbirsk', 'أوليانوفسك|old:سيمبيرسك', 'اولیانوفسک|old:سیمبیرسک', 'Simbirsk until 1924'],
  ['UA/Luhansk', 'city', 'Voroshilovgrad', 'old:فوروشيلوفغراد', 'old:وروشیلوفگراد', 'Voroshilovgrad in Soviet times'],
  ['UA/Donetsk', 'city', 'Stalino|Yuzovka', 'old:ستالينو', 'old:استالینو', 'Stalino until 1961'],
  ['AM/Gyumri', 'city', 'Leninakan|Alexandropol', 'old:لينيناكان', 'old:لنیناکان|old:الکساندروپل', 'Leninakan in Soviet times'],
  ['KZ/Astana', 'city', 'Tselinograd', 'old:تسيلينوغراد', 'old:تسلینوگراد', 'Tselinograd in Soviet times'],
  // Turkey.
  [
    'TR/Edirne',
    'city',
    'Adrianople',
    'old:أدريانوبل|old:أدرنه',
    'old:آدریانوپل|old:ادریانوپل|old:هادریانوپولیس',
    'the Roman Hadrianopolis',
  ],
  [
    'TR/Tunceli',
    'region',
    'Tunceli|Dersim',
    'تونجلي|تونجالي|local:ديرسم|local:درسيم',
    'تونجلی|تونجه‌لی|local:درسیم',
    'province of eastern Anatolia, Dersim in Kurdish and Zaza until 1935',
  ],
  [
    'TR/Reyhanli',
    'city',
    'Reyhanlı|Reyhanli',
    'الريحانية|ريحانلي',
    'ریحانلی|ریحانیه',
    'border town of Hatay, which Arabic names الريحانية',
  ],
  ['TR/Trabzon', 'city', 'Trapezus', 'old:طرابزندة|old:أطرابزندة', 'old:طرابوزان|old:ترابوزان', 'the Greek Trapezous, Trebizond'],
  // The Maghreb: French colonial names.
  // Pune is بونه in Arabic too, the letters of Bône's old name once ة and ه fold together: listed as its current name.
  ['IN/Pune', 'city', 'Poona', 'بونه|بونا', '', 'city of Maharashtra, in Arabic after its Latin name'],
  ['DZ/Annaba', 'city', 'Bone|Hippo Regius', 'old:بونة|old:هيبون', 'old:هیپو', 'French Bône, the ancient Hippo'],
  [
    'DZ/Chlef',
    'city',
    'Orleansville',
    'old:الأصنام|old:أورليانفيل',
    'old:الاصنام|old:اورلئانویل',
    'Orléansville under France, El Asnam until 1981',
  ],
  ['DZ/Bejaia', 'city', 'Bougie', 'old:بوجي', 'old:بوژی', 'Bougie under France'],
  ['DZ/Skikda', 'city', 'Philippeville', 'old:فيليبفيل', 'old:فیلیپ‌ویل', 'Philippeville under France'],
  ['MA/Errachidia', 'city', 'Ksar es Souk', 'old:قصر السوق', 'old:قصر السوق', 'Ksar es-Souk until 1979'],
  ['MA/Kenitra', 'city', 'Port-Lyautey', 'old:بور ليوطي', 'old:پور لیوتی', 'Port-Lyautey under France'],
  ['MA/Dakhla', 'city', 'Villa Cisneros', 'old:فيلا سيسنيروس', 'old:ویلا سیسنروس', 'Villa Cisneros under Spain'],
  [
    'MA/ElJadida',
    'city',
    'El Jadida|Mazagan',
    'مدينة الجديدة|old:مازاغان|old:مازكان',
    'الجدیده|old:مازاگان',
    'Atlantic port of Morocco, Portuguese Mazagan; the bare Arabic الجديدة, the new, is a word',
  ],
  // Africa: colonial names.
  ['GM/Banjul', 'city', 'Bathurst', 'old:باثورست|old:باتورست', 'old:باتورست|old:باثورست', 'Bathurst until 1973'],
  [
    'ZW/Harare',
    'city',
    'Salisbury',
    'old:سالزبوري|old:سالسبوري',
    'old:سالزبری|old:سالیسبری',
    'Salisbury until 1982, as the English town still is called',
  ],
  ['GQ/Malabo', 'city', 'Santa Isabel', 'old:سانتا إيزابيل', 'old:سانتا ایزابل', 'Santa Isabel until 1973'],
  [
    'ZA/Gqeberha',
    'city',
    'Gqeberha|Port Elizabeth',
    'غكيبيرها|old:بورت إليزابيث|old:بورت إليزابث',
    'گکبرها|old:پورت الیزابت',
    'city of South Africa, Port Elizabeth until 2021',
  ],
  ['CD/Kisangani', 'city', 'Stanleyville', 'old:ستانليفيل', 'old:استنلی‌ویل|old:استنلیویل', 'Stanleyville under Belgium'],
  ['CD/Lubumbashi', 'city', 'Elisabethville', 'old:إليزابيثفيل', 'old:الیزابت‌ویل', 'Élisabethville under Belgium'],
  ['TD/AouzouStrip', 'region', 'Aouzou Strip', 'قطاع أوزو|شريط أوزو', 'نوار آئوزو|نوار اوزو|نوار آوزو', 'strip Libya and Chad disputed'],
  // South Asia: renamed states and cities.
  ['IN/Odisha', 'region', 'Odisha|Orissa', 'أوديشا|old:أوريسا', 'اودیشا|old:اوریسا|old:اریسه', 'state of India, Orissa until 2011'],
  [
    'IN/Puducherry',
    'region',
    'Puducherry|Pondicherry',
    'بودوتشيري|old:بونديشيري',
    'پودوچری|old:پاندیچری|old:پوندیچری',
    'union territory of India, French Pondichéry, renamed in 2006',
  ],
  ['IN/Vadodara', 'city', 'Vadodara|Baroda', 'فادودارا|old:بارودا', 'وادودارا|old:بارودا', 'city of Gujarat, Baroda until 1974'],
  [
    'IN/Kozhikode',
    'city',
    'Kozhikode|Calicut',
    'كوزيكود|كاليكوت|old:قاليقوط',
    'کوژیکود|کالیکوت|old:کالیکات',
    'port of Kerala, Calicut until 1990; the medieval Arabic قاليقوط',
  ],
  ['BD/Chittagong', 'city', 'Chattogram', 'تشاتوغرام|شاتوغرام', 'چاتوگرام|چیتاگنگ|چیتاگانگ', 'Chattogram since 2018'],
  // Afghanistan: Pashto and Dari names of one feature.
  [
    'AF/SpinGhar',
    'landform',
    'Spin Ghar|Safed Koh|White Mountains',
    'سبين غر|جبال سبين غر|جبال سفيد كوه',
    'سپین‌غر|سپین غر|سفیدکوه|سفید کوه|کوه سفید',
    'range on the Afghan–Pakistani border: Pashto Spin Ghar and Dari Safed Koh both say "white mountain"',
  ],
  // Islands named by translation in one language and by the English name in the other.
  [
    'CL/EasterIsland',
    'region',
    'Easter Island|Rapa Nui',
    'جزيرة الفصح|رابا نوي',
    'جزیره ایستر|جزیره پاک|راپانویی',
    'Chilean island: Arabic translates Easter, Persian keeps the English name or translates it',
  ],
];
