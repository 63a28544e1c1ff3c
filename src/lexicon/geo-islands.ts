/**
 * The islands of the Gulf, the Strait of Hormuz, the Gulf of Oman and the Red Sea under their Arabic and Persian
 * names, which are often two names and not two spellings: Arabic names Qeshm the long island (جزيرة الطويلة) and Kish
 * by its medieval name Qays (جزيرة قيس); Lavan was Sheikh Shuaib. Written for the project from general knowledge, in
 * the format of geo-names.ts; a row whose id is already known adds its names to that place.
 *
 * An island whose bare name is a word or a given name is listed with its head only (الطويلة, the long; قيس, Qays;
 * هنگام, time; سترة, a jacket), which a Latin name may still be set against (spellingsOf in known-spelling.ts).
 */

import type { GeoRow } from './geo-names.js';

export const ISLAND_ROWS: readonly GeoRow[] = [
  // Iran's islands, with the Arabic names of the Gulf's Arab shore.
  [
    'IR/Qeshm',
    'city',
    'Qeshm|Qishm|Jazirat al-Tawila',
    'جزيرة الطويلة|جزيرة قشم|قشم',
    'جزیره قشم|قشم',
    'the largest island of the Gulf; Arabic also names it the long island (الطويلة, a word alone)',
  ],
  [
    'IR/Kish',
    'city',
    'Kish|Qays|Kais',
    'جزيرة قيس|جزيرة كيش',
    'جزیره کیش|جزیره قیس',
    'island of Iran, the medieval Qays of the Arabic geographers (قيس alone, a given name)',
  ],
  [
    'IR/Hengam',
    'region',
    'Hengam|Hengam Island|Henjam',
    'جزيرة هنجام|جزيرة هنغام|هنجام|هنغام',
    'جزیره هنگام',
    'island south of Qeshm; bare هنگام is a Persian word (time)',
  ],
  [
    'IR/Lavan',
    'region',
    'Lavan|Lavan Island|Sheikh Shuaib',
    'جزيرة لاوان|لاوان|old:جزيرة الشيخ شعيب',
    'جزیره لاوان|لاوان|old:جزیره شیخ شعیب',
    'oil island of Iran, Sheikh Shuaib until 1960s',
  ],
  ['IR/Hendurabi', 'region', 'Hendorabi|Hendurabi', 'جزيرة هندورابي|هندورابي', 'جزیره هندورابی|هندورابی', 'island of Iran west of Kish'],
  [
    'IR/Farur',
    'region',
    'Farur|Forur|Nabiyu Farur',
    'جزيرة فارور|فارور|جزيرة نابيو فارور',
    'جزیره فارور|فارور|فارورگان',
    'island of Iran west of the Tunbs',
  ],
  ['IR/Kharg', 'region', 'Kharg Island|Kharg|Khark', 'خارك|جزيرة خرج', 'جزیره خارک|خارک', 'Iran’s oil terminal island'],
  [
    'IR/Hormuz',
    'region',
    'Hormuz Island|Ormuz',
    'جزيرة هرمز',
    'جزیره هرمز',
    'island of the strait; bare هرمز is the strait and a given name',
  ],
  [
    'IR/AbuMusa',
    'region',
    'Abu Musa|Abu Musa Island',
    'جزيرة أبو موسى|جزيرة ابوموسى',
    'جزیره ابوموسی|ابوموسی',
    'island that Iran holds and the Emirates claim; bare أبو موسى is a name',
  ],
  ['IR/Shidvar', 'region', 'Shidvar|Shidvar Island', 'جزيرة شيدور|شيدور', 'جزیره شیدور|شیدور', 'wildlife island of Iran by Lavan'],
  ['IR/Kharku', 'region', 'Kharku|Kharku Island', 'جزيرة خاركو|خاركو', 'جزیره خارکو|خارکو', 'islet beside Kharg'],
  // The Arab shore.
  ['KW/Bubiyan', 'region', 'Bubiyan|Bubiyan Island', 'بوبيان|جزيرة بوبيان', 'بوبیان|جزیره بوبیان', 'Kuwait’s largest island'],
  ['KW/Warbah', 'region', 'Warbah|Warbah Island', 'جزيرة وربة', 'جزیره وربه', 'island of Kuwait by the Iraqi shore'],
  [
    'BH/Sitra',
    'region',
    'Sitra|Sitra Island',
    'جزيرة سترة',
    'جزیره ستره',
    'island and town of Bahrain; سترة is also a word (a jacket) in Arabic',
  ],
  [
    'BH/Hawar',
    'region',
    'Hawar Islands|Hawar',
    'جزر حوار|جزيرة حوار',
    'جزایر حوار|جزیره حوار',
    'islands of Bahrain that Qatar once claimed',
  ],
  ['AE/Das', 'region', 'Das Island', 'جزيرة داس', 'جزیره داس', 'oil island of Abu Dhabi'],
  ['AE/Dalma', 'region', 'Dalma|Dalma Island', 'جزيرة دلما|دلما', 'جزیره دلما|دلما', 'island of Abu Dhabi'],
  ['AE/SirBaniYas', 'region', 'Sir Bani Yas', 'صير بني ياس|جزيرة صير بني ياس', 'جزیره صیر بنی یاس|صیر بنی یاس', 'island of Abu Dhabi'],
  [
    'AE/SirAbuNuair',
    'region',
    'Sir Abu Nu’ayr|Sir Abu Nuair',
    'صير أبو نعير|جزيرة صير أبو نعير',
    'جزیره صیر ابونعیر|صیر ابونعیر',
    'island of Sharjah',
  ],
  ['OM/Masirah', 'region', 'Masirah|Masirah Island', 'جزيرة مصيرة', 'جزیره مصیره|مصیره', 'island of Oman in the Arabian Sea'],
  ['SA/Tarout', 'region', 'Tarout|Tarut', 'تاروت|جزيرة تاروت', 'تاروت|جزیره تاروت', 'island of the Saudi east coast, by Qatif'],
  [
    'SA/Farasan',
    'region',
    'Farasan Islands|Farasan',
    'جزر فرسان|جزيرة فرسان',
    'جزایر فرسان|جزیره فرسان',
    'islands of the Red Sea off Jizan; bare فرسان is a word (horsemen)',
  ],
  [
    'SanafirIsland',
    'region',
    'Sanafir|Sanafir Island',
    'صنافير|جزيرة صنافير',
    'صنافیر|جزیره صنافیر',
    'island of the Red Sea that Egypt ceded with Tiran',
  ],
  // The Red Sea's straits.
  [
    'Perim',
    'region',
    'Perim|Mayyun',
    'ميون|جزيرة ميون|بريم|جزيرة بريم',
    'جزیره میون|جزیره پریم|پریم',
    'island in the Bab el-Mandeb, Perim to the British, Mayyun in Arabic',
  ],
  [
    'HanishIslands',
    'region',
    'Hanish Islands|Greater Hanish|Hanish',
    'جزر حنيش|حنيش الكبرى|جزيرة حنيش',
    'جزایر حنیش|حنیش بزرگ',
    'islands of the Red Sea that Yemen and Eritrea disputed',
  ],
  ['YE/Zuqar', 'region', 'Zuqar|Zukur', 'جزيرة زقر|زقر', 'جزیره زقر', 'island of the Red Sea by the Hanish'],
];
