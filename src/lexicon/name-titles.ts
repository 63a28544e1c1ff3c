/**
 * Titles and honorifics written before a person's name that are no part of it: one report writes آیت‌الله
 * خامنه‌ای, another سید علی خامنه‌ای; one الملك سلمان, another سلمان بن عبد العزيز; one Pope Leo, another البابا
 * ليو. Written for the project. `monarch`: a title by which a king, a queen, an emir or a pope is named with
 * the given name alone (الملك سلمان), where a given name alone names nobody in particular.
 */

type Row = readonly [forms: string, monarch: boolean, alsoGiven?: 'given'];

const ROWS: readonly Row[] = [
  // Religious ranks of Shia clergy and their forms in each language.
  ['آية الله العظمى|آية الله|آیت‌الله‌العظمی|آیت‌الله العظمی|آیت الله العظمی|آیت‌الله|آیت الله|Grand Ayatollah|Ayatollah', false],
  ['حجة الإسلام والمسلمين|حجة الإسلام|حجت‌الاسلام والمسلمین|حجت‌الاسلام و المسلمین|حجت‌الاسلام|حجت الاسلام|Hojatoleslam', false],
  ['الإمام|امام|Imam', false],
  ['المرشد|رهبر|Supreme Leader', false],
  // Marja, a source of emulation, the rank of the grand ayatollahs by which Arabic news names them (المرجع السيستاني).
  ['المرجع الديني|المرجع الأعلى|المرجع|مرجع تقلید|Marja', false],
  ['الشيخ|شيخ|شیخ|Sheikh|Shaikh', false],
  ['السيد', false],
  // Its feminine, before a woman of the Prophet's house (السيدة زينب, السيدة معصومة, as Persian writes حضرت) and as Mrs.
  ['السيدة', false],
  // Without the article سيد is also a given name, an Egyptian one most (سيد قطب, Sayyid Qutb): a title only before
  // a full name (سید علی خامنه‌ای).
  ['سيد|سید|Sayyid|Sayyed|Seyed', false, 'given'],
  ['الحاج|حاج|حاجی|Haji|Hajji', false],
  ['الملا|ملا|مولوي|مولوی|Mullah|Mawlawi', false],
  // Arabic news abbreviates the doctor's title to د. (د. سمير جعجع), as English writes Dr.
  ['الدكتور|دكتور|د.|دکتر|داکتر|Dr|Doctor', false],
  // Professor, an academic's title before the full name (پروفسور …), as دکتر is.
  ['البروفيسور|البروفسور|بروفيسور|پروفسور|پرفسور|Professor|Prof', false],
  // Allameh, "most learned", the title of Shia scholars before the family name or the nisba (علامه …, العلامة …);
  // علامة after a name is a family name, which a title before the name never is.
  ['العلامة|علامة|علامه|Allameh|Allama', false],
  // Hakim, "sage", the title of Persian poets and physicians of the past (حکیم …); also a given name and a family name
  // (حكيم, الحكيم): a title only before a name of two words or more, and not with the article.
  ['حکیم|حكيم|Hakim', false, 'given'],
  // Mirza, before the given name of a Persian scholar, official or prince of the past (میرزا …); after it a prince's
  // title (… میرزا), which stays part of the name: a title only before a name of two words or more.
  ['میرزا|ميرزا|Mirza', false, 'given'],
  // Engineer, a title of address in Persian before the family name, as دکتر is (مهندس بازرگان).
  ['المهندس|مهندس|Engineer|Eng', false],
  // Teacher, the title of Afghan mujahideen leaders and scholars (استاد ربانی, استاد سیاف).
  ['الأستاذ|أستاذ|استاد|Ustad|Ustaz', false],
  ['الرئيس|رئیس‌جمهور|رئیس جمهور|President', false],
  ['آقای|خانم|Mr|Mrs|Ms', false],
  // Military ranks, by which officers are named before their surname (المشير حفتر, سردار سلیمانی). Left out:
  // الفريق (also "the team") and العميد (also "the dean") alone, which open ordinary phrases.
  ['المشير|المارشال|مارشال|Field Marshal|Marshal', false],
  ['اللواء|الفريق أول|الفريق الركن|العميد الركن|اللواء الركن', false],
  ['الجنرال|جنرال|ژنرال|General|Gen', false],
  ['سرلشکر|سرتیپ|سپهبد|سرهنگ|امیر سرتیپ|امیر دریادار|دریادار', false],
  // Pasdar, a member of the Revolutionary Guards, which Iranian news writes before a Guards officer's rank or name
  // (سرلشکر پاسدار …); also the word guard and a family name: a title only before a name of two words or more.
  ['پاسدار', false, 'given'],
  // Qari, a reciter of the Quran, the title of Afghan and Pakistani clerics and Taliban commanders (قاری …); also a family
  // name: a title only before a name of two words or more.
  ['قاري|قاری|Qari', false, 'given'],
  // سردار is also a Turkmen and Persian given name (سردار بردی‌محمداف): a title only before a full name.
  ['سردار', false, 'given'],
  // Honorifics of address before a name (سماحة السيد, فخامة الرئيس, معالي الوزير, حضرت آیت‌الله): no part of it, and a
  // name after them is no son's (see fatherInChain: سماحة حسن يوسف is حسن يوسف).
  ['سماحة|فضيلة|معالي|سمو|فخامة|سيادة|حضرة|حضرت', false],
  // The dead and the martyred (الشهيد, شهید, المرحوم, مرحوم), named so before the name.
  ['الشهيد|شهيد|شهید|المرحوم|مرحوم', false],
  // Religious and learned titles of Afghan, Iranian, Pakistani and Maghrebi news: Mufti, Qazi, Maulana, Khwaja, Akhund,
  // the Moroccan Moulay, the Dari engineer (not Pir: پیر is also Pierre, پیر ترودو). Qazi, Khwaja, Agha and Moulay open given names and family names too
  // (آقا محمد خان, مولاي هشام): a title only before a name of two words or more.
  ['المفتي|مفتي|مفتی|مولانا|آخوند|انجنیر|Mufti|Maulana', false],
  ['قاضي|قاضی|خواجه|آقا|مولاي|Qazi|Khwaja|Agha|Moulay', false, 'given'],
  // Mian, the Punjabi honorific before a full name (میان محمد نواز شریف), also a family name (میان‌داد): a title
  // only before a name of two words or more.
  ['میان|ميان|Mian', false, 'given'],
  // Monarchs and popes, named by the title and the given name.
  ['الملك|الملكة|پادشاه|ملکه|King|Queen', true],
  // An emperor, named by the title and the reign name (الإمبراطور ناروهيتو, امپراتور میجی).
  ['الإمبراطور|الإمبراطورة|امپراتور|امپراطور|امپراتریس|Emperor|Empress', true],
  // Persian ملک, king, before a king's name (ملک محمد ششم, ملک سلمان); also a given name (the Pashtun and Punjabi Malik:
  // ملک ریاض) and the word for a realm, so a title only before a name of its own.
  ['ملک', true, 'given'],
  ['السلطان|سلطان|Sultan', true],
  // The crown prince, named by the title and his given name (ولي العهد الأمير الحسين, ولیعهد عربستان).
  ['ولي العهد|ولی‌عهد|ولیعهد|ولی عهد|Crown Prince', true],
  ['الأمير|أمير|شاهزاده|Emir|Prince', true],
  ['البابا|پاپ|Pope', true],
];

/**
 * A title: its words (as written in the list), whether a monarch is named by it with the given name alone, and
 * whether it is also a given name (then it is taken for a title only before a name of two words or more).
 */
export interface NameTitle {
  readonly words: readonly string[];
  readonly monarch: boolean;
  readonly alsoGiven: boolean;
}

/** Every title form, each as its words (split at spaces), longest first. */
export function nameTitles(): readonly NameTitle[] {
  return ROWS.flatMap(([forms, monarch, given]) =>
    forms.split('|').map((f) => ({ words: f.split(' '), monarch, alsoGiven: !!given })),
  ).sort((x, y) => y.words.length - x.words.length);
}
