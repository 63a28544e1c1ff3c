// The sounds of Latin letters as Arabic and Persian newsrooms write them (the data src/names/latin.ts reads
// names in Latin letters with): letter groups, silent finals, French readings, letters' names.

/** Latin units and the Arabic-script letters (folded: ي ك, Persian پ چ ژ گ kept) that write them, with costs. */
export const UNITS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  // Vowels: written with a vowel letter, a hamza seat, or not at all.
  a: [
    ['ا', 0],
    ['', 0],
    ['ى', 0.1],
    ['ه', 0.1],
    ['ة', 0.1],
    ['ي', 0.2],
    ['اي', 0.1],
    ['ع', 0.2],
    ['ء', 0.2],
    ['اء', 0.1],
  ],
  e: [
    ['', 0],
    ['ي', 0],
    ['ا', 0.6],
    ['ه', 0.1],
    ['ى', 0.1],
    ['ء', 0.15],
    ['ءي', 0.1],
    ['ع', 0.2],
    ['يه', 0.1],
    // The Russian ё after ch, sh, zh, shch, romanised e and said o (Gorbachev / غورباتشوف); only there (latin.ts).
    ['و', 0.1],
  ],
  i: [
    ['ي', 0],
    ['', 0],
    ['ا', 0.6],
    ['اي', 0.1],
    ['ء', 0.2],
    ['ءي', 0.1],
    ['يي', 0.1],
    ['ع', 0.2],
  ],
  o: [
    ['و', 0],
    ['', 0],
    ['ا', 0.1],
    ['او', 0.05],
    ['ءو', 0.1],
    ['ع', 0.2],
    // A long o after ع, which Latin letters do not write (Odeh / عودة, Aoun's neighbour Obeid / عويد).
    ['عو', 0.2],
    ['وو', 0.15],
  ],
  // A u may be the vowel of a hamza on its waw seat, which the romanisation leaves out (Fuad / فؤاد, Luay / لؤي), as a
  // and i may be a hamza's.
  u: [
    ['و', 0],
    ['', 0],
    ['ا', 0.2],
    ['يو', 0.1],
    ['او', 0.05],
    ['ءو', 0.1],
    ['ع', 0.2],
    ['ء', 0.2],
  ],
  y: [
    ['ي', 0],
    ['', 0.2],
    ['اي', 0.1],
    ['يا', 0.2],
  ],
  // A doubled a is a long a, or a (romanised) vowel beside ع, which Latin letters do not write (al-Sharaa / الشرع).
  aa: [
    ['ا', 0],
    ['ع', 0.15],
    ['اع', 0.1],
    ['عا', 0.1],
  ],
  // A doubled y is one consonant (Tayyip / طيب).
  yy: [
    ['ي', 0],
    ['يي', 0.1],
  ],
  // The English air and the French aire are said with a short e, which Persian leaves unwritten (Blair / بلر, Voltaire /
  // ولتر): before r only, not in an Arabic diminutive (latin.ts).
  ai: [
    ['اي', 0],
    ['ي', 0.1],
    ['ا', 0.15],
    ['اءي', 0.1],
    ['ايي', 0.1],
    ['', 0.25],
  ],
  ay: [
    ['اي', 0],
    ['ي', 0.1],
    ['يه', 0.1],
  ],
  // The ae of German, Danish and Dutch names is one vowel (Baerbock / بربوک, Maersk / مرسک), and the -ael of English
  // names (Michael / مایکل) is said without it: unwritten as one short vowel, which a and e each unwritten are not;
  // Korean ae is an open e, written ه (Jae / جه).
  ae: [
    ['ا', 0],
    ['ي', 0.1],
    ['ه', 0.1],
    ['', 0.1],
  ],
  // The English au of Paul and Saul is a short o, which Persian leaves unwritten (Paul / پل), as the French au.
  au: [
    ['او', 0],
    ['و', 0.1],
    ['اءو', 0.1],
    ['ا', 0.2],
    ['', 0.2],
  ],
  aw: [
    ['او', 0],
    ['و', 0.1],
    ['ا', 0.2],
  ],
  ea: [
    ['ي', 0],
    ['يا', 0.1],
    ['ا', 0.2],
  ],
  ee: [
    ['ي', 0],
    ['يي', 0.1],
  ],
  // A final ei is the Russian ending -ей, which Arabic writes يه as it writes -ey (Andrei / أندريه); only at the end (latin.ts).
  ei: [
    ['اي', 0],
    ['ي', 0],
    ['ءي', 0.1],
    ['ا', 0.2],
    ['يه', 0.1],
  ],
  ey: [
    ['اي', 0],
    ['ي', 0],
    ['يه', 0.1],
  ],
  // French romanisations of Arabic names write the short vowel eu, which Arabic leaves unwritten (Jabeur / جابر).
  eu: [
    ['و', 0],
    ['يو', 0.1],
    ['وي', 0.1],
    ['او', 0.2],
    ['', 0.2],
  ],
  ew: [
    ['يو', 0],
    ['و', 0],
  ],
  // Biblical names in -iel are written يال (Daniel / دانيال, Gabriel / جبرائيل).
  ie: [
    ['ي', 0],
    ['يه', 0.1],
    ['اي', 0.1],
    ['يا', 0.1],
    ['ائي', 0.1],
  ],
  oe: [
    ['و', 0],
    ['ي', 0.2],
  ],
  oi: [
    ['وي', 0],
    ['واي', 0.1],
    ['اوي', 0.1],
  ],
  oo: [
    ['و', 0],
    ['وو', 0.1],
  ],
  // A doubled i or u is a long vowel in Dinka, Burmese, Finnish or Estonian spelling (Kiir / كير, Suu / سو).
  // The Slavic endings -ej and -iy of a name Arabic writes in its Russian form (Andrej, Andriy / أندريه), at the end
  // only (latin.ts), as -ei and -ii.
  ej: [
    ['اي', 0.1],
    ['ي', 0.1],
    ['يه', 0.1],
  ],
  iy: [
    ['ي', 0],
    ['يه', 0.1],
  ],
  ii: [
    ['ي', 0],
    ['يي', 0.1],
    // The Ukrainian ending -ii (-ій), which Arabic writes يه as it writes the Russian -ei (Andrii / أندريه); at the end only (latin.ts).
    ['يه', 0.1],
  ],
  uu: [
    ['و', 0],
    ['وو', 0.1],
  ],
  // French romanisations write the short u ou, which Arabic leaves unwritten (Boutros / بطرس, Moubarak / مبارك).
  ou: [
    ['و', 0],
    ['او', 0.1],
    ['اءو', 0.1],
    ['', 0.2],
    // At the start of a word, the French romanisation of an Arabic u after ع or a hamza (Oumar / عمر, Oussama /
    // أسامة), which Arabic leaves unwritten as a short vowel; read only there (latin.ts).
    ['ع', 0.2],
    ['ا', 0.2],
    ['عو', 0.2],
  ],
  // English -tion is said shun (International / اینترنشنال).
  // Arabic writes the -tional of an English name شيونال, the i said (إنترناشيونال, ناشيونال جيوغرافيك).
  tion: [
    ['شن', 0],
    ['شون', 0.1],
    ['شيون', 0.1],
  ],
  // Polish ł is said w (Radosław / رادوسواف), and older spellings keep l.
  ł: [
    ['و', 0],
    ['ل', 0.1],
  ],
  ow: [
    ['و', 0],
    ['او', 0],
  ],
  ue: [
    ['و', 0],
    ['يو', 0.1],
  ],
  eau: [['و', 0]],
  // English gh after a vowel is not heard (Kavanaugh / كافانو, Wright / رايت, Leigh / لي).
  augh: [
    ['او', 0],
    ['و', 0.1],
    ['ا', 0.1],
  ],
  ough: [
    ['و', 0],
    ['او', 0.1],
  ],
  igh: [
    ['اي', 0],
    ['ي', 0.1],
  ],
  eigh: [
    ['اي', 0],
    ['ي', 0.1],
  ],
  // The apostrophe of a romanised Arabic name marks ع or the hamza (Dar'a / درعا, Sana'a / صنعاء); elsewhere it is
  // no sound (O'Neill, d'Estaing).
  "'": [
    ['', 0],
    ['ع', 0],
    ['ء', 0],
  ],
  // Consonants and consonant groups.
  // Mc and Mac (son of) of Scottish and Irish surnames, written ماك or مک whatever the vowel; at a word's start only
  // (latin.ts). With the next name's c doubled (McConnell-like names), one ك, or two in Persian (مک‌ک…).
  mc: [
    ['ماك', 0],
    ['مك', 0],
  ],
  mcc: [
    ['ماك', 0],
    ['مكك', 0],
    ['ماكك', 0.1],
  ],
  // The Russian щ romanised shch: تش in Arabic, شچ in Persian (Khrushchev / خروتشوف / خروشچف).
  shch: [
    ['تش', 0.05],
    ['شتش', 0.05],
    ['شچ', 0.05],
    ['ش', 0.1],
  ],
  b: [
    ['ب', 0],
    ['پ', 0.1],
  ],
  c: [
    ['ك', 0],
    ['س', 0.1],
    ['ق', 0.2],
    // Polish, Czech and Croatian c is ts (Nawrocki / ناوروتسکی).
    ['تس', 0.3],
    ['تش', 0.3],
    ['چ', 0.3],
    ['ج', 0.5],
    ['ش', 0.3],
    ['ص', 0.3],
  ],
  ch: [
    ['تش', 0],
    ['چ', 0],
    ['ش', 0.1],
    ['ك', 0.2],
    ['خ', 0.3],
    ['ج', 0.4],
  ],
  ck: [
    ['ك', 0],
    ['ق', 0.2],
  ],
  cz: [
    ['تش', 0.1],
    ['چ', 0.1],
  ],
  d: [
    ['د', 0],
    ['ض', 0.2],
    ['ت', 0.4],
    // The ذ that Egyptian, Levantine and Libyan Arabic say d, and romanisations after them write so (Gaddafi / القذافي).
    ['ذ', 0.3],
    // The ظ that Iraqi and Gulf Arabic say as ض, a d, and romanisations after them write so (Kadim / كاظم).
    ['ظ', 0.3],
  ],
  dj: [['ج', 0]],
  // Indonesian and Malay romanisations write ض dl (Nahdlatul Ulama / نهضة العلماء, Ridlwan).
  dl: [['ض', 0.1]],
  // A romanised Arabic dh is ذ, or the emphatic ظ and ض that Gulf and Maghrebi romanisations also write dh (Dhamar /
  // ذمار, Nouadhibou / نواذيبو, Dhofar / ظفار); the Indic aspirate (Dhaka / دكا) is d with its h unsaid.
  dh: [
    ['ذ', 0],
    ['ظ', 0.15],
    ['ض', 0.15],
  ],
  // Polish rz is zh, which Arabic writes ج, or sh after a voiceless consonant (Krzysztof / كشيشتوف); Czech ř (folded
  // to rz) is r and zh at once, which Persian writes رژ and Arabic often ر alone (Dvořák / دوورژاک, دفوراك).
  rz: [
    ['ژ', 0],
    ['ج', 0.1],
    ['ش', 0.1],
    ['رژ', 0.1],
    ['رز', 0.2],
    ['رج', 0.2],
    ['ر', 0.3],
  ],
  // Polish sz is sh, Hungarian sz is s (Szoboszlai / سوبوسلاي); Hungarian cs is ch and zs is zh.
  sz: [
    ['ش', 0],
    ['س', 0.1],
  ],
  cs: [
    ['تش', 0.1],
    ['چ', 0.1],
  ],
  zs: [
    ['ژ', 0.1],
    ['ج', 0.2],
  ],
  f: [['ف', 0]],
  g: [
    ['غ', 0],
    ['ج', 0],
    ['گ', 0],
    ['ق', 0.1],
    ['ك', 0.2],
    ['ژ', 0.3],
    // The Spanish g before e or i and the Dutch g, said kh (Sergio / سيرخيو, Gogh / غوخ).
    ['خ', 0.3],
    // The Maghreb's own letters for g (Guelma / ڨالمة, Gafsa / ڤفصة).
    ['ڨ', 0.1],
    ['ڤ', 0.1],
    ['ڭ', 0.1],
  ],
  // French and Spanish gu before e or i is a hard g, its u unsaid (Guelmim / كلميم, Guercif / جرسيف, Guerrero /
  // غيريرو): Maghrebi Arabic writes that g ك, ق or ج; only before e, i or y (latin.ts).
  gu: [
    ['غ', 0],
    ['گ', 0],
    ['ج', 0.1],
    ['ك', 0.1],
    ['ق', 0.1],
    ['ڨ', 0.1],
  ],
  // Persian says ق and غ alike, and its romanisations write both gh (Ghom / قم, Bagher-like names / باقر).
  gh: [
    ['غ', 0],
    ['گ', 0],
    ['ق', 0.1],
    ['ج', 0.3],
    ['خ', 0.3],
  ],
  gn: [
    ['ني', 0.2],
    ['ن', 0.3],
  ],
  // Italian gli is ly, its g unsaid (Guglielmo / غولييلمو, Cagliari / كالياري, Modigliani / مودیلیانی).
  gli: [
    ['لي', 0.05],
    ['ل', 0.2],
  ],
  h: [
    ['ه', 0],
    ['ح', 0],
    ['خ', 0.2],
    // The Ukrainian and Belarusian h (г, a voiced h), which Arabic writes غ (Sybiha-like names, Serhii); before a vowel only (latin.ts).
    ['غ', 0.2],
    // The ending ة romanised -ah or -eh, its h the letter it is written with (Hamzah / حمزة, Odeh / عودة).
    ['ة', 0.1],
  ],
  j: [
    ['ج', 0],
    ['ژ', 0.1],
    ['ي', 0.2],
    ['خ', 0.3],
    ['دج', 0.2],
  ],
  k: [
    ['ك', 0],
    ['ق', 0.1],
    ['خ', 0.3],
  ],
  kh: [
    ['خ', 0],
    ['ك', 0.2],
    ['ه', 0.3],
  ],
  l: [['ل', 0]],
  // Arabic and Persian say ن before ب as m (Jumblatt / جنبلاط, Istambuli-like forms), and romanisations write what
  // is said: m as ن before b only (latin.ts).
  m: [
    ['م', 0],
    ['ن', 0.1],
  ],
  n: [['ن', 0]],
  ng: [
    ['نغ', 0],
    ['نگ', 0],
    ['نج', 0],
    ['نك', 0.1],
    ['نق', 0.1],
    ['ن', 0.6],
  ],
  p: [
    ['ب', 0],
    ['پ', 0],
  ],
  // ph is f in Greek and English spelling, and an aspirated p in Thai, Khmer and Indic romanisations, which Arabic
  // writes ب and Persian پ (Phuket / بوكيت, Phnom Penh / بنوم بنه).
  ph: [
    ['ف', 0],
    ['ب', 0.2],
    ['پ', 0.2],
    // The ph of the English Stephen, said v, which Persian writes و (استیون).
    ['و', 0.2],
  ],
  // Portuguese lh and nh are ly and ny (Coelho / کوئلیو, Carvalho / كارفاليو, Ronaldinho / رونالدينيو).
  lh: [['لي', 0.05]],
  nh: [['ني', 0.05]],
  // Spanish ll is y (Vargas Llosa / بارغاس يوسا, Cuéllar / كوييار); other languages' double l is one l (the doubled
  // consonant of latin.ts).
  ll: [
    ['ي', 0.3],
    ['يي', 0.3],
  ],
  // The tsh of Bantu romanisations is ch (Tshisekedi / تشيسكيدي, چیسکدی).
  tsh: [
    ['تش', 0],
    ['چ', 0],
    ['ش', 0.1],
  ],
  // Letters not heard in English or German clusters: Pfizer / فايزر, Knight / نايت, Wright / رايت.
  pf: [
    ['ف', 0],
    ['بف', 0.1],
  ],
  kn: [
    ['كن', 0],
    ['ن', 0.1],
  ],
  ps: [
    ['بس', 0],
    ['پس', 0],
    ['س', 0.2],
  ],
  // Greek and German rh is r, its h unsaid (Rhodes / رودس, Rheinmetall / راينميتال).
  rh: [['ر', 0]],
  wr: [
    ['ر', 0.1],
    ['ور', 0.1],
  ],
  q: [
    ['ق', 0],
    ['ك', 0.1],
    ['تش', 0.2],
    ['چ', 0.2],
  ],
  qu: [
    ['كو', 0],
    ['قو', 0.1],
    ['ك', 0.1],
    ['كي', 0.3],
  ],
  r: [['ر', 0]],
  s: [
    ['س', 0],
    ['ص', 0.1],
    ['ز', 0.1],
    ['ث', 0.2],
    ['ش', 0.3],
  ],
  // Swedish and Norwegian skj, stj and sj are sh (Hammarskjöld / همرشولد, Sjöberg / شوبري).
  skj: [['ش', 0.05]],
  stj: [['ش', 0.05]],
  sj: [['ش', 0.1]],
  // Indonesian and Malay sy, their spelling of ش (Syarif / شريف, Syamsuddin), and Japanese Kunrei's (Syukuro), before a
  // vowel only (latin.ts).
  sy: [['ش', 0.1]],
  sch: [
    ['ش', 0],
    ['سك', 0.1],
  ],
  sh: [
    ['ش', 0],
    ['س', 0.3],
  ],
  t: [
    ['ت', 0],
    ['ط', 0.1],
    ['ث', 0.3],
    ['د', 0.4],
  ],
  tch: [
    ['تش', 0],
    ['چ', 0],
  ],
  th: [
    ['ث', 0],
    ['ت', 0],
    ['ذ', 0.1],
    ['ز', 0.3],
    ['س', 0.3],
  ],
  ts: [
    ['تس', 0],
    ['ز', 0.1],
    ['س', 0.3],
  ],
  tz: [
    ['تس', 0],
    ['ز', 0.1],
    ['تز', 0.1],
  ],
  v: [
    ['ف', 0],
    ['و', 0],
    ['ڤ', 0],
    ['ب', 0.4],
  ],
  w: [
    ['و', 0],
    ['ف', 0.2],
    ['ڤ', 0.1],
  ],
  wh: [
    ['و', 0],
    ['ه', 0.3],
  ],
  x: [
    ['كس', 0],
    ['اكس', 0],
    ['ايكس', 0],
    ['ش', 0.2],
    ['ز', 0.2],
    ['س', 0.2],
    ['گز', 0.1],
    // Basque, Catalan, Galician and Portuguese x is sh or ch (Xavi-like names): تش, or ژ as Persian hears it; before a vowel only (latin.ts).
    ['تش', 0.2],
    ['ژ', 0.3],
    // The kh of Uzbek and Azerbaijani Latin spelling, and of Mexican names (Xorazm / خوارزم, Naxçıvan / نخجوان).
    ['خ', 0.2],
  ],
  z: [
    ['ز', 0],
    // The South Slavic ž written without its mark (Gorazde / گوراژده).
    ['ژ', 0.3],
    ['ذ', 0.1],
    ['تس', 0.1],
    // The Italian z said ts (Lazio-like names, pizza / بيتزا).
    ['تز', 0.1],
    ['ظ', 0.2],
    ['ض', 0.2],
    ['س', 0.3],
    ['ث', 0.3],
  ],
  // South Slavic letters written without their marks (ž, dž, lj: Zeljko / ژلیکو, Karadzic / کاراجیچ) and the Albanian
  // xh (Hoxha / خوجه).
  dz: [
    ['دز', 0],
    ['ج', 0.2],
  ],
  // The Russian romanisation's dzh (дж), an English j (Dzhokhar / جوهر, Dzhambul / جامبول).
  dzh: [
    ['ج', 0],
    ['دج', 0.1],
    ['دژ', 0.1],
  ],
  lj: [['لي', 0.1]],
  // oa in a romanised Arabic or Persian name is a vowel beside ع (Shoaib / شعيب, Moayed / مؤيد), or two vowels.
  oa: [
    ['ع', 0.15],
    ['وا', 0.1],
    ['ؤ', 0.15],
  ],
  // An Indic doubled ch is one long ch (Bachchan-like names / باچان).
  chch: [
    ['چ', 0],
    ['تش', 0.1],
    ['ش', 0.2],
  ],
  xh: [['ج', 0.1]],
  zh: [
    ['ژ', 0],
    ['ج', 0],
    ['تش', 0.1],
    ['ز', 0.3],
  ],
};
/**
 * French word endings whose last consonants are not heard (Renault / رينو, Peugeot / بيجو, Margaux / مارغو,
 * Thibault / تيبو, Bernard / برنار), read only at the end of a word. Newsrooms write French names as they
 * are said.
 */
/** The silent finals that are not French, with their language (the explanation names it). */
export const OTHER_FINALS: Readonly<Record<string, string>> = {
  cester: 'English',
  eicester: 'English',
  orcester: 'English',
  oucester: 'English',
  wich: 'English',
  ths: 'English',
  stle: 'English',
  dt: 'German',
};

export const SILENT_FINALS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  // English town names in -cester and -wich leave letters unsaid (Leicester / لستر, Worcester / ووستر, Norwich /
  // نوریچ, Greenwich / غرينتش).
  cester: [['ستر', 0.05]],
  eicester: [
    ['ستر', 0.05],
    ['يستر', 0.05],
  ],
  orcester: [['وستر', 0.05]],
  oucester: [
    ['استر', 0.05],
    ['ستر', 0.1],
  ],
  // English -ths (Welsh patronymics, Griffiths-like) said th, its s unwritten; -stle said sl, its t unsaid (castle).
  ths: [['ث', 0.1]],
  stle: [
    ['سل', 0.05],
    ['سيل', 0.1],
  ],
  // The French final s after a, unsaid (Nicolas / نيكولا, Dumas / دوما, Paribas).
  as: [['ا', 0.2]],
  wich: [
    ['يچ', 0.05],
    ['يتش', 0.05],
    ['يج', 0.1],
    ['تش', 0.1],
    ['چ', 0.1],
  ],
  ault: [['و', 0.1]],
  aut: [['و', 0.1]],
  aud: [['و', 0.1]],
  aux: [['و', 0.1]],
  eaux: [['و', 0.1]],
  ot: [['و', 0.15]],
  ots: [['و', 0.15]],
  oux: [['و', 0.1]],
  out: [['و', 0.15]],
  eux: [['و', 0.1]],
  ais: [
    ['ه', 0.15],
    ['ي', 0.15],
    ['يه', 0.15],
  ],
  ait: [
    ['ه', 0.15],
    ['ي', 0.15],
    ['يه', 0.15],
  ],
  ier: [
    ['يه', 0.15],
    ['ييه', 0.15],
  ],
  ard: [['ار', 0.15]],
  // German -dt is one t (Schmidt-like names / شميت).
  dt: [['ت', 0.05]],
  ert: [
    ['ير', 0.15],
    ['ر', 0.2],
  ],
  ez: [['يه', 0.2]],
  et: [
    ['يه', 0.2],
    ['ه', 0.2],
  ],
};
/**
 * French spelling said as French says it, which is how newsrooms write French names (Laurent / لوران, François /
 * فرانسوا, Jacques / جاك, Le Pen / لوبان, Villepin / فيلبان, Bouygues / بويغ): nasal vowels (an, en, in, on, un
 * before a consonant or at the end) written ان ون, oi as وا, ou and eu as و, qu as ك, gu as غ, ch as ش, tion as
 * سيون, h unheard, e of le and de as و, and the last letters of a word silent. Read as a second reading, which
 * must be close (see {@link readLatin}).
 */
export const FRENCH_UNITS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  an: [
    ['ان', 0],
    ['ن', 0.1],
  ],
  am: [
    ['ان', 0],
    ['ام', 0.1],
  ],
  en: [
    ['ان', 0],
    ['ن', 0.1],
  ],
  em: [['ان', 0]],
  in: [
    ['ان', 0.05],
    ['ين', 0.05],
    ['ن', 0.1],
  ],
  // Persian writes the nasal ain with its n alone too (Alain / آلن).
  ain: [
    ['ان', 0],
    ['ين', 0.1],
    ['ن', 0.1],
  ],
  ein: [
    ['ان', 0],
    ['ين', 0.1],
  ],
  ien: [
    ['يان', 0],
    ['ين', 0.1],
  ],
  on: [
    ['ون', 0],
    ['ن', 0.1],
  ],
  om: [
    ['ون', 0],
    ['وم', 0.1],
  ],
  un: [
    ['ان', 0.1],
    ['ون', 0.1],
  ],
  oi: [['وا', 0]],
  ou: [['و', 0]],
  // French au is a short o, which Persian may leave unwritten (Paul / پل, Jean-Paul / ژان‌پل).
  au: [
    ['و', 0],
    ['', 0.1],
  ],
  eu: [
    ['و', 0],
    ['ي', 0.2],
  ],
  e: [['و', 0.1]],
  qu: [
    ['ك', 0],
    ['ق', 0.1],
  ],
  gu: [
    ['غ', 0],
    ['ج', 0.1],
    ['گ', 0],
  ],
  ch: [['ش', 0]],
  tion: [
    ['سيون', 0],
    ['سيو', 0.1],
  ],
  h: [['', 0.05]],
  ill: [
    ['ي', 0.1],
    ['يل', 0],
  ],
  // The t of mont- and the c of -cques are not heard (Montpellier / مونبلييه, Jacques / جاك); -enne says an or en.
  ont: [['ون', 0.05]],
  cqu: [['ك', 0]],
  enne: [
    ['ان', 0.05],
    ['ين', 0.1],
  ],
};
/** Letters a French word does not say at its end: Jacques, Delors, Laurent, Rennes, Montpellier. */
export const FRENCH_FINALS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  e: [['', 0]],
  es: [['', 0.05]],
  s: [['', 0.1]],
  t: [['', 0.1]],
  ts: [['', 0.1]],
  d: [['', 0.1]],
  ds: [['', 0.1]],
  x: [['', 0.1]],
  z: [['', 0.1]],
  p: [['', 0.1]],
  // A final ps unsaid after a nasal (Deschamps / ديشان, Longchamps).
  ps: [['', 0.1]],
  er: [
    ['يه', 0.05],
    ['ي', 0.1],
  ],
  ier: [
    ['يه', 0],
    ['ييه', 0],
  ],
  ee: [
    ['يه', 0.05],
    ['ي', 0.05],
  ],
  ees: [
    ['يه', 0.05],
    ['ي', 0.05],
  ],
};
/**
 * Readings that a language's own convention gives, named so in explanations: a Latin unit and the Arabic-script
 * letters it is written with, against the phrase that says whose convention it is.
 */
export const CONVENTION_NOTES: Readonly<Record<string, string>> = {
  'ph ب': 'ph an aspirated p, as Thai, Khmer and Indic romanisations write it, as ب',
  'ph پ': 'ph an aspirated p, as Thai, Khmer and Indic romanisations write it, as پ',
  'lh لي': 'the Portuguese lh (ly) as لي',
  'oa ع': 'oa, the vowels a romanisation writes beside ع, as ع',
  'nh ني': 'the Portuguese nh (ny) as ني',
  'll ي': 'the Spanish ll (y) as ي',
  'll يي': 'the Spanish ll (y) as يي',
  'ei يه': 'the final ei of a Russian name (-ей) as يه',
  'ej يه': 'the final ej of a Slavic name (-ей) as يه',
  'iy يه': 'the final iy of a Ukrainian name (-ій) as يه',
  'ii يه': 'the final ii of a Ukrainian name (-ій) as يه',
  'gu غ': 'gu before e or i a hard g, its u unsaid, as غ',
  'sy ش': 'sy as ش, as Indonesian, Malay and Japanese Kunrei romanisations spell it',
  'gu گ': 'gu before e or i a hard g, its u unsaid, as گ',
  'gu ج': 'gu before e or i a hard g, its u unsaid, as ج',
  'gu ك': 'gu before e or i a hard g, its u unsaid, as ك (the Maghrebi g)',
  'gu ق': 'gu before e or i a hard g, its u unsaid, as ق',
  'gli لي': 'the Italian gli (ly), its g unsaid, as لي',
  'gli ل': 'the Italian gli (ly), its g unsaid, as ل',
  'skj ش': 'the Swedish skj (sh) as ش',
  'stj ش': 'the Swedish stj (sh) as ش',
  'sj ش': 'the Swedish sj (sh) as ش',
  'u ء': 'u the vowel of a hamza (ؤ), which Latin letters do not write',
  'mc ماك': 'Mc (Mac, son of) written ماك',
  'mc مك': 'Mc (Mac, son of) written مک',
  'mcc ماك': 'Mc (Mac, son of) written ماك, the c of the name after it one with its c',
  'mcc مكك': 'Mc (Mac, son of) written مک before the name after it',
  'mcc ماكك': 'Mc (Mac, son of) written ماك before the name after it',
  'shch تش': 'shch, the Russian щ, written تش',
  'shch شتش': 'shch, the Russian щ, written شتش',
  'shch شچ': 'shch, the Russian щ, written شچ',
  'shch ش': 'shch, the Russian щ, written ش',
  'e و': 'e after ch, sh or zh the Russian ё, said o, written و',
  'h غ': 'h the Ukrainian and Belarusian voiced h (г), written غ',
  'x تش': 'x the sh or ch of Basque, Catalan, Galician or Portuguese, written تش',
  'x ژ': 'x the sh of Basque, Catalan, Galician or Portuguese, written ژ',
  'x ش': 'x the sh of Chinese pinyin, Basque, Catalan or Portuguese, written ش',
  'z تز': 'the Italian z (ts) written تز',
  'z ژ': 'z the South Slavic ž, its mark left out, written ژ',
  'dz ج': 'dz the South Slavic dž, its mark left out, written ج',
  'lj لي': 'the South Slavic lj (ly) written لی',
  'xh ج': 'the Albanian xh (j) written ج',
  'd ذ': 'd the ذ that Egyptian, Levantine and Libyan Arabic say d, written ذ',
  'x خ': 'x, the kh of Uzbek and Azerbaijani Latin spelling, as خ',
  'ph و': 'ph said v, as in the English Stephen, written و',
  'd ظ': 'd the ظ that Iraqi and Gulf Arabic say as ض, written ظ',
  'dl ض': 'dl, as Indonesian and Malay romanisations write ض',
  'dd ذ': 'dd the ذ that Egyptian, Levantine and Libyan Arabic say d, written ذ',
  'g خ': 'g the kh of Spanish before e or i, or of Dutch, written خ',
  'gh خ': 'gh the kh of Dutch, written خ',
  'gh ق': 'gh as ق, which Persian says like غ',
  // A vowel beside ع, which Latin letters do not write (Ali / علي, Muallem / معلم).
  'a ع': 'a as ع, which Latin letters do not write',
  'e ع': 'e as ع, which Latin letters do not write',
  'i ع': 'i as ع, which Latin letters do not write',
  'o ع': 'o as ع, which Latin letters do not write',
  'u ع': 'u as ع, which Latin letters do not write',
  "' ع": 'the apostrophe for ع, as a romanisation marks it',
  "' ء": 'the apostrophe for the hamza ء, as a romanisation marks it',
  'm ن': 'm before b as ن, which Arabic and Persian say m before ب',
};
/** What the Latin units sound like, for explanations ("ph as ف"). */
export const SOUND_OF: Readonly<Record<string, string>> = {
  ph: 'f',
  th: 'th',
  ch: 'ch',
  sh: 'sh',
  kh: 'kh',
  gh: 'gh',
  zh: 'zh',
  tsh: 'ch',
  dzh: 'j',
  ng: 'ng',
  x: 'ks',
};
/** Latin letters' names as Arabic and Persian write them (folded), for acronyms read letter by letter. */
export const LETTER_NAMES: Readonly<Record<string, readonly string[]>> = {
  A: ['ايه', 'اي', 'ا', 'اى'],
  B: ['بي', 'پي', 'بى'],
  C: ['سي', 'سى'],
  D: ['دي', 'دى'],
  E: ['اي', 'ي', 'ءي'],
  F: ['اف', 'ايف'],
  G: ['جي', 'غي', 'جى'],
  H: ['اتش', 'اچ', 'ايتش', 'اش', 'هاش'],
  I: ['اي', 'اى', 'ءي'],
  J: ['جي', 'جاي', 'جيه'],
  K: ['كي', 'كاي', 'كيه'],
  L: ['ال', 'ايل'],
  M: ['ام', 'ايم'],
  N: ['ان', 'اين'],
  O: ['او', 'و'],
  P: ['بي', 'پي', 'بى'],
  Q: ['كيو'],
  R: ['ار'],
  S: ['اس', 'ايس'],
  T: ['تي', 'تى'],
  U: ['يو'],
  V: ['في', 'وي', 'ڤي', 'فى'],
  W: ['دبليو', 'دابليو', 'دبلیو'],
  X: ['اكس', 'ايكس'],
  Y: ['واي'],
  Z: ['زد', 'زي', 'زت'],
};
